from lib import Doc
D = Doc("../f6-national-air-quality-jan-may-cmzhl.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A repost (cmzhl.cn) of 生态环境部's 前5个月 national air-quality figures; the year is not written (scope `今年1-5月；…`,
# date `01/05` without a year, as set 28 d5's `9月底` → `09`). Clauses run together without punctuation
# (`同比上升12.5%北京市…`). 优良天数比例 → share; `同比上升/下降 N个百分点` → up/down; concentrations → measure
# 微克/立方米; `同比上升/下降N%` → up/down (北京's 优良天数比例 `同比上升13.3%` kept as % as written). `2+26城市` → a
# name trap (the group's name, not 2 and 26). `339个`, `41个`, `11个`, `68个`, `20个` → counts.
N = "今年1-5月；全国"
J = "今年1-5月；京津冀及周边地区2+26城市"
BJ = "今年1-5月；北京市"
C = "今年1-5月；长三角41个城市"
F = "今年1-5月；汾渭平原11个城市"
W = "微克/立方米"
D.scope = N
date("前5个月", "01/05", subject="统计期", note="year not written (今年前5个月).")
s("339个", "地级及以上城市")
s("85.1%", "空气质量平均优良天数比例")
s("0.5个百分点", "平均优良天数比例同比上升", d="up")
s("35微克/立方米", "PM2.5平均浓度", kind="measure")
s("5.4%", "PM2.5平均浓度同比下降", d="down")
s("59微克/立方米", "PM10平均浓度", kind="measure")
s("9.2%", "PM10平均浓度同比下降", d="down")
D.scope = J
s("66.8%", "平均优良天数比例")
s("3.5个百分点", "平均优良天数比例同比上升", d="up")
s("51微克/立方米", "PM2.5浓度", kind="measure")
s("3.8%", "PM2.5浓度同比下降", d="down")
s("162微克/立方米", "臭氧平均浓度", kind="measure")
s("12.5%", "臭氧平均浓度同比上升", d="up")
D.scope = BJ
s("81.5%", "优良天数比例")
s("13.3%", "优良天数比例同比上升", d="up", note="written as % (not 个百分点); kept as written.")
s("33微克/立方米", "PM2.5浓度", kind="measure")
s("28.3%", "PM2.5浓度同比下降", d="down")
s("163微克/立方米", "臭氧平均浓度", kind="measure")
s("28.3%", "臭氧平均浓度同比上升", d="up")
D.scope = C
s("41个", "长三角城市")
s("80.8%", "平均优良天数比例")
s("7.0个百分点", "平均优良天数比例同比下降", d="down")
s("38微克/立方米", "PM2.5浓度", kind="measure")
s("5.6%", "PM2.5浓度同比上升", d="up")
s("156微克/立方米", "臭氧平均浓度", kind="measure")
s("13.9%", "臭氧平均浓度同比上升", d="up")
D.scope = F
s("11个", "汾渭平原城市")
s("61.8%", "平均优良天数比例")
s("4.5%", "平均优良天数比例同比下降", d="down", note="written as % (not 个百分点); kept as written.")
s("56微克/立方米", "PM2.5浓度", kind="measure")
s("7.7%", "PM2.5浓度同比上升", d="up")
s("151微克/立方米", "臭氧平均浓度", kind="measure")
s("12.7%", "臭氧平均浓度同比上升", d="up")
D.scope = N
s("68个", "重点城市")
s("20个", "空气质量相对较好的城市（海口、拉萨、舟山等）")
s("20个", "空气质量相对较差的城市（咸阳、Xi、乌鲁木齐等）")
t("近", "最近几天: 近 not an approximator", "approximator_lookalike")
tall("PM2.5", "pollutant name PM2.5, not a quantity.", "name_or_title")
tall("PM10", "pollutant name PM10, not a quantity.", "name_or_title")
t("2+26", "京津冀及周边地区2+26城市: the name of the group of 28 cities (大气污染传输通道城市), not two figures.", "name_or_title")
t("三", "长三角: region name (Yangtze River Delta)", "name_or_title", at="长三角")
D.write("../f6-national-air-quality-jan-may-cmzhl")
