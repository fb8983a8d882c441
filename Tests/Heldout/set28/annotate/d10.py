from lib import Doc
D = Doc("../d10-mofcom-spring-festival-2018-retail-tourism-foodwifi.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# News item (foodwifi.net, address news/201803/…) on 商务部 and 国家旅游局 figures for the 2018 春节黄金周 (除夕至正月初六 =
# 2018-02-15…21), with the 2017 comparison figures and 2017 社会消费品零售总额 growth. Year 2018 from the address and the
# dates (2月15日 = 除夕 2018). Scopes `2018年春节黄金周；全国`, `2017年春节黄金周；全国`, `2017年；全国`, `2017年12月；全国`.
# `约人民币9260亿元` → approx (约 in the surface, as sets 13/16, with 人民币 between). 同比增长 / 增长 /
# 同比增 → up; `回落至9.4%` → the level reached (no direction).
N = "2018年春节黄金周；全国"
O = "2017年春节黄金周；全国"
D.scope = N
date("除夕至正月初六", "2018-02-15/2018-02-21", subject="统计期（春节黄金周）", note="lunar 除夕…正月初六 of 2018 = 2018-02-15…21 (given in brackets).")
date("2月15日至21日", "2018-02-15/2018-02-21", subject="统计期（春节黄金周）", note="year 2018 from the page address (201803).")
s("约人民币9260亿元", "全国零售和餐饮企业销售额", value=926000000000, unit="元", kind="money", q="approx",
  note="约人民币9260亿元: 约 → approx; 约 kept in the surface (as sets 13/16) although 人民币 stands between it and the number.")
s("10.2%", "零售和餐饮企业销售额比去年春节黄金周增长", d="up")
date("2017", "2017", subject="比较年度（2017春节）")
s("8400亿元", "全国零售与餐饮企业销售额（2017春节）", value=840000000000, unit="元", kind="money", scope=O)
s("11.4%", "零售与餐饮企业销售额同比增长（2017春节）", d="up", scope=O)
date("2017年", "2017", subject="年度")
s("10.2%", "社会消费品零售总额同比增长", d="up", scope="2017年；全国")
date("12月份", "2017-12", subject="月份", note="当年12月份 = 2017-12.")
s("9.4%", "12月份零售额同比增速（回落至）", scope="2017年12月；全国", note="回落至9.4%: the growth rate reached (a level, no direction).")
tall("零售", "零售 (retail): 零 is not a number.", "idiom_or_figurative")
t("多样", "供给丰富多样 (varied): 多 is not an approximator.", "approximator_lookalike")
s("3.86亿人次", "春节全国接待游客", value=386000000, unit="人次", kind="count")
s("12.1%", "春节接待游客同比增长", d="up")
s("4750亿元", "春节旅游收入", value=475000000000, unit="元", kind="money")
s("12.6%", "春节旅游收入同比增长", d="up", note="同比增12.6%.")
date("2017年", "2017", subject="比较年度（2017年春节）")
s("3.44亿人次", "春节全国接待游客（2017年）", value=344000000, unit="人次", kind="count", scope=O)
s("13.8%", "春节接待游客同比增长（2017年）", d="up", scope=O)
s("4233亿元", "春节旅游总收入（2017年）", value=423300000000, unit="元", kind="money", scope=O)
s("15.9%", "春节旅游总收入同比增长（2017年）", d="up", scope=O)
D.write("../d10-mofcom-spring-festival-2018-retail-tourism-foodwifi")
