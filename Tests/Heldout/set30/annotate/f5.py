from lib import Doc
D = Doc("../f5-county-air-quality-2020-07-wei-gov-hard-breaks.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A county's air-quality note (wei.gov.cn, 2020; the county says 我县, ranked among 全市20个区县) as served: a
# two-column print with hard line breaks inside words (年\n累计, 全省排\n名) and between a number and its unit
# (`全市 20\n个区县`, line 14-15), spaces around every number (`1 月 1 日`, `58μg/m3`), `PM 2.5` / `PM 10` / `O 3` with a
# space. Surfaces keep the spaces and the break. Year 2020 from the page address (/a/2020/). 综合指数 → index, unit null.
# μg/m3 → measure, unit as written. `同比下降 14.99%` etc. → down/up (the % may open the next line: `同比下降\n15.94%`,
# the statement's line is where the number starts). `全市 20 个区县` → count 个 each time; `第 N` ranks → ordinals.
# 优良天数 127 天 → measure 天 (set 15); `去年同期为 89 天` → scope 2019; `距离年目标值差 85 天` → measure, no direction.
Y = "year 2020 from the page address (wei.gov.cn/a/2020/)."
A = "2020年1月1日-7月27日；本县"
B = "2020年7月1日-7月27日；本县"
date("1 月 1 日至 7 月 27 日", "2020-01-01/2020-07-27", subject="统计期（年累计）", note=Y)
D.scope = A
s("5.73", "综合指数年累计", value=5.73, unit=None, kind="index")
s("20 个", "全市区县", scope="全市")
ordn("第 4", 4, "综合指数全市排名")
ordn("第 87", 87, "综合指数全省排名（并列）")
s("14.99%", "综合指数同比下降", d="down")
s("58μg/m3", "PM2.5年均浓度", kind="measure")
s("20 个", "全市区县", scope="全市")
ordn("第 5", 5, "PM2.5浓度全市排名")
ordn("第 104", 104, "PM2.5浓度全省排名（并列）")
s("15.94%", "PM2.5年均浓度同比下降", d="down", note="同比下降 ends line 5; the figure opens line 6.")
s("20 个", "全市区县", scope="全市")
ordn("第 8", 8, "PM2.5改善幅度全市排名")
ordn("第 35", 35, "PM2.5改善幅度全省排名（并列）", note="全省排\\n名并列第 35: the word 排名 is broken by the line end.")
s("56μg/m3", "PM2.5年剩余日控制值", kind="measure")
s("127 天", "优良天数")
s("89 天", "优良天数（去年同期）", scope="2019年1月1日-7月27日；本县")
s("85 天", "优良天数距离年目标值差", scope="2020年；本县", note="差 85 天: the shortfall to the year's target, no direction.")
date("7 月 1 日至 7 月 27 日", "2020-07-01/2020-07-27", subject="统计期（7月）", note=Y)
D.scope = B
s("4.18", "7月综合指数", value=4.18, unit=None, kind="index")
s("20 个", "全市区县", scope="全市")
ordn("第 4", 4, "7月综合指数全市排名")
ordn("第 62", 62, "7月综合指数全省排名（并列）", note="全省排名并\\n列第 62: 并列 broken by the line end.")
s("3.46%", "7月综合指数同比下降", d="down")
s("42μg/m3", "7月PM2.5浓度", kind="measure")
s("20 个", "全市区县", scope="全市")
ordn("第 6", 6, "7月PM2.5浓度全市排名")
ordn("第 103", 103, "7月PM2.5浓度全省排名（并列）")
s("7.69%", "7月PM2.5浓度同比上升", d="up")
s("20\n个", "全市区县", value=20, unit="个", kind="count", scope="全市", note="全市 20\\n个区县: the line break falls between the number and its classifier.")
ordn("第 12", 12, "7月PM2.5改善幅度全市排名")
ordn("第 93", 93, "7月PM2.5改善幅度全省排名")
s("75μg/m3", "7月PM10浓度", kind="measure")
s("20 个", "全市区县", scope="全市")
ordn("第 8", 8, "7月PM10浓度全市排名")
s("1.35%", "7月PM10浓度同比上升", d="up")
s("183μg/m3", "7月O3浓度", kind="measure")
s("20 个", "全市区县", scope="全市", note="全\\n市 20 个区县: 全市 broken by the line end.")
ordn("第 3", 3, "7月O3浓度全市排名")
s("9.85%", "7月O3浓度同比下降", d="down")
tall("PM 2.5", "pollutant name PM2.5 (with a space), not a quantity.", "name_or_title")
tall("PM 10", "pollutant name PM10 (with a space), not a quantity.", "name_or_title")
tall("O 3", "pollutant name O3 (ozone, with a space), not a quantity.", "name_or_title")
D.write("../f5-county-air-quality-2020-07-wei-gov-hard-breaks")
