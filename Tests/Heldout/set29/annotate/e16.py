from lib import Doc
D = Doc("../e16-ocean-economy-bulletin-2016-soa.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 国家海洋局 2017-03-16: 《2016年中国海洋经济统计公报》 news (the whole stored text). 亿元 → 元 ×10⁸, 万人 → 人.
# `比上年增长6.8%` → up; shares → levels. 第一/第二/第三产业 → sector-name traps. `将在2020年前设立10至20个海洋经济
# 示范区` → a plan: range 10–20 个 with qualifier target; `2020年前` → date 2020 (target). `多项` → 多 trap.
D.scope = "2016年；全国"
tall("第一", "sector name 海洋第一产业.", "name_or_title")
tall("第二", "sector name 第二产业.", "name_or_title")
tall("第三", "sector name 第三产业.", "name_or_title")
date("2016年", "2016", subject="公报年度（标题）")
date("2017-03-16 11:30PM", "2017-03-16", subject="发表日期")
date("3月16日", "2017-03-16", subject="发布日期", note="year from the date line.")
date("2016年", "2016", subject="公报年度")
date("2016年", "2016", subject="核算年度")
s("70507亿元", "全国海洋生产总值")
s("6.8%", "海洋生产总值比上年增长", d="up")
s("9.5%", "海洋生产总值占国内生产总值的比重")
s("43283亿元", "海洋产业增加值")
s("27224亿元", "海洋相关产业增加值")
s("3566亿元", "海洋第一产业增加值")
s("28488亿元", "海洋第二产业增加值")
s("38453亿元", "海洋第三产业增加值")
s("5.1%", "海洋第一产业增加值占海洋生产总值的比重", note="比重分别为5.1%、40.4%和54.5%.")
s("40.4%", "海洋第二产业增加值占海洋生产总值的比重")
s("54.5%", "海洋第三产业增加值占海洋生产总值的比重")
date("2016年", "2016", subject="测算年度")
s("3624万人", "全国涉海就业人员")
date("2016年", "2016", subject="年度")
t("多", "多项重大海洋工程 (several projects), not a number.", "approximator_lookalike")
date("2020年前", "2020", subject="设立示范区期限", q="target", note="在2020年前: a deadline (target).")
s("10至20个", "拟设立的海洋经济示范区", value=10, vmax=20, unit="个", kind="count", q="target", scope="2020年前；全国",
  note="将…设立10至20个: a plan, range 10–20.")
D.write("../e16-ocean-economy-bulletin-2016-soa")
