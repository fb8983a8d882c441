from lib import Doc
D = Doc("../e20-xingwen-county-forestry-2014-hkcd-ratio.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 香港商报 2014-12 on 四川兴文县林业局's 2014 figures. 万株 → 株 (count), 万亩 → 亩, 万立方米 → 立方米, 亿元/万元 → 元.
# `森林面积增长1.4万亩`, `森林蓄积增长2.4万立方米` → up. `一、二、三产业产值比为43.5:18.7:37.8` → three structure ratios,
# unit null (as sets 21/24); 第一/第二/第三产业 and `一、二、三` → sector-name traps. `农民人均…收入达1235元` → money.
D.scope = "2014年；兴文县"
tall("四川", "place name 四川(兴文县).", "name_or_title")
date("2014年", "2014", subject="年度")
s("82.1万株", "全年完成义务植树", value=821000, unit="株", kind="count")
s("5.3万亩", "完成营造林", value=53000, unit="亩", kind="measure")
s("1.4万亩", "森林面积增长", value=14000, unit="亩", kind="measure", d="up")
s("2.4万立方米", "森林蓄积增长", value=24000, unit="立方米", kind="measure", d="up")
s("47.83%", "森林覆盖率")
s("9.086亿元", "全县林业总产值")
t("第一", "sector name 第一产业.", "name_or_title")
s("39490万元", "第一产业产值")
t("第二", "sector name 第二产业.", "name_or_title")
s("16992万元", "第二产业产值")
t("第三", "sector name 第三产业.", "name_or_title")
s("34382万元", "第三产业产值")
t("一、二、三", "一、二、三产业 (sector names), not numbers.", "name_or_title")
s("43.5", "林业一、二、三产业产值比（第一产业）", value=43.5, unit=None, kind="ratio", note="structure 43.5:18.7:37.8.")
s("18.7", "林业一、二、三产业产值比（第二产业）", value=18.7, unit=None, kind="ratio")
s("37.8", "林业一、二、三产业产值比（第三产业）", value=37.8, unit=None, kind="ratio")
s("1235元", "农民人均从林业上获得的收入")
D.write("../e20-xingwen-county-forestry-2014-hkcd-ratio")
