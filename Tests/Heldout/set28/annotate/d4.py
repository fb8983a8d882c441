from lib import Doc
D = Doc("../d4-mofcom-spring-festival-2015-retail-catering-chinanews.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国新闻网 2015-02-24 (chinanews.com.cn/gn/2015/02-24/7075902.shtml) on 商务部 figures for 春节黄金周 2015 (除夕至正月初六 =
# 2015-02-18…24): 零售和餐饮企业销售额, then 促销 (四川, 沈阳) and per-province 重点监测企业 growth. The store stops inside
# `西安人人乐超`. Scope `2015年春节黄金周；全国` (sub-regions in the subject: 四川, 沈阳, 甘肃…). 约/近 in the surface → approx
# (as sets 13/16); 余 after the number → approx_more (gold README). `增逾一成` → ratio 1 成 (as 四成/六成, sets 15/21),
# approx_more (逾 = more than, in the surface), up. `近万人` → count 10,000 人, approx. `分别增长14.2%、14%…` → each up.
D.scope = "2015年春节黄金周；全国"
s("逾一成", "零售和餐饮企业销售额同比增长（标题）", value=1, unit="成", kind="ratio", q="approx_more", d="up",
  note="增逾一成: more than one tenth; 逾 (exceeding) in the surface → approx_more.")
date("2015年02月24日 20:30", "2015-02-24", subject="发布时间")
date("2月24日", "2015-02-24", subject="电头日期", note="中新网2月24日电: year from the date line.")
date("除夕至正月初六", "2015-02-18/2015-02-24", subject="统计期（春节黄金周）",
  note="lunar 除夕 to 正月初六 of the 2015 spring festival = 2015-02-18…2015-02-24 (the release date is 2015-02-24).")
s("约6780亿元", "全国零售和餐饮企业销售额", value=678000000000, unit="元", kind="money", q="approx")
s("11%", "全国零售和餐饮企业销售额比去年春节黄金周增长", d="up")
date("2015年", "2015", subject="年度（春节黄金周）")
t("节约", "勤俭节约 (thrift): 约 is not an approximator.", "approximator_lookalike")
tall("零售", "零售 (retail): 零 is not a number.", "idiom_or_figurative")
tall("多", "多 in 丰富多彩 / 形式多样 (varied) and 许多 (many): not an approximator.", "approximator_lookalike")
t("四川", "四川 (a province's name): 四 is not a number.", "name_or_title")
s("2000余家", "四川新春年货购物节参展企业", kind="count", q="approx_more")
s("近20万种", "四川新春年货购物节展出商品", value=200000, unit="种", kind="count", q="approx")
t("三羊开泰", "“三羊开泰闹新春” (a slogan of the year of the goat): 三 is not a quantity.", "slogan_count")
t("一系列", "一系列 (a series of): 一 is not a number.", "vague_or_generic")
s("350余家", "沈阳年货大集参展企业", kind="count", q="approx_more")
s("近万人", "沈阳年货大集日均客流", value=10000, unit="人", kind="count", q="approx")
s("1200余万元", "沈阳年货大集日均交易额", value=12000000, unit="元", kind="money", q="approx_more",
  note="1200余万元: 余 between the number and 万 → approx_more.")
PR = "分别增长14.2%、14%、13.2%和12.9% (甘肃、湖南、辽宁、湖北, in that order)."
s("14.2%", "甘肃重点监测商贸企业销售额同比增长", d="up", note=PR)
s("14%", "湖南重点监测商贸企业销售额同比增长", d="up", note=PR)
s("13.2%", "辽宁重点监测商贸企业销售额同比增长", d="up", note=PR)
s("12.9%", "湖北重点监测商贸企业销售额同比增长", d="up", note=PR)
PR2 = "分别增长12.8%、12.6%、12.4%和12.4% (青海、上海、广西、重庆, in that order)."
s("12.8%", "青海重点监测企业销售额增长", d="up", note=PR2)
s("12.6%", "上海重点监测企业销售额增长", d="up", note=PR2)
s("12.4%", "广西重点监测企业销售额增长", d="up", note=PR2)
s("12.4%", "重庆重点监测企业销售额增长", d="up", note=PR2)
t("百货", "重庆百货大楼 (a department store's name): 百 is not a number.", "name_or_title")
D.write("../d4-mofcom-spring-festival-2015-retail-catering-chinanews")
