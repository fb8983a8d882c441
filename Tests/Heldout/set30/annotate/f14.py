from lib import Doc
D = Doc("../f14-jiangxi-environment-2021-07-jxnews-huaxia.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 江西日报 (记者陈化先) of 2021-08-23/25 via 华夏网: 江西省生态环境厅's July 2021 air and water figures. Scope
# `2021年7月；江西省`. PM2.5 月均浓度 → measure 微克/立方米; `同比下降15.8%` → down; 水质优良比例 / 达标率 → shares;
# `同比上升0.6个百分点` → up; `11个设区城市`, `其余10个城市`, `100个县(市、区)`, `11个经济技术开发区` → counts 个.
# `二级标准` (the national Grade II standard), `七一水库` (a name), `“五河”` (the name of 江西's five main rivers) → traps.
D.scope = "2021年7月；江西省"
date("7月", "2021-07", subject="统计月份（标题）", note="year from the date line (2021-08-25).")
s("15.8%", "PM2.5平均浓度同比下降（标题）", d="down")
date("2021-08-25 10:57:32", "2021-08-25", subject="发布时间")
date("8月23日", "2021-08-23", subject="获悉日期", note="year from the date line.")
date("7月", "2021-07", subject="统计月份（今年7月）", note="year from the date line.")
s("16微克/立方米", "全省细颗粒物(PM2.5)月均浓度", kind="measure")
s("15.8%", "PM2.5月均浓度同比下降", d="down")
s("93.4%", "地表水断面(点位)水质优良(Ⅰ~Ⅲ类)比例")
s("11个", "设区城市")
s("10个", "PM2.5月均浓度下降的城市（其余）")
s("100%", "全省空气质量优良天数比例")
s("0.6个百分点", "优良天数比例同比上升", d="up")
s("100个", "县(市、区)")
s("11个", "经济技术开发区")
s("93.3%", "国家考核断面(点位)水质优良比例")
s("100%", "设区城市饮用水源地水质达标率")
s("81.8%", "“五河”和东江源头保护区出水断面水质功能区达标率")
s("100%", "省界断面水质优良比例")
s("97.6%", "市界断面水质优良比例")
s("97.6%", "县界断面水质优良比例")
s("100%", "入鄱阳湖断面水质优良比例")
tall("PM2.5", "pollutant name PM2.5, not a quantity.", "name_or_title")
t("二级", "二级标准: the national Grade II air-quality standard (a name), not a count", "name_or_title")
t("七一", "七一水库: reservoir name", "name_or_title")
t("五", "“五河”: the name of 江西's five main rivers (赣、抚、信、饶、修), not a figure", "name_or_title", at="“五河”")
D.write("../f14-jiangxi-environment-2021-07-jxnews-huaxia")
