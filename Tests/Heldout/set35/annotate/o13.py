from lib import Doc
D = Doc("../o13-city-local-tax-may-2017-hdtiffany.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A city 地税局 monthly revenue note for 5月份 and 1-5月 (hdtiffany.com mirror; year 2017 from the page address
# 201707…20170726; city not written). 各项收入/地方税收收入/其他收入/代征增值税 万元 with 同比增长/下降 % (up/down), 减收 万元
# (down), `原口径下降38%` (down), `剔除“营改增”累计增长16.4%` (up), `列全省第三位` → ordinal, `高出全省平均7.7个百分点` → a gap
# (no direction). 二手房 ×2 → traps.
date("5月份", "2017-05", subject="统计月份", note="year from the page address (2017-07-26).")
D.scope = "2017年5月；全市"
s("55060万元", "全市地税系统组织入库各项收入")
s("52577万元", "地方税收收入")
s("27%", "地方税收收入同比下降", d="down")
s("2483万元", "代征基金(费)等其他收入")
s("1.1%", "代征基金(费)等其他收入同比增长", d="up")
s("69万元", "代征二手房及自然人出租不动产增值税")
date("1-5月", "2017-01/2017-05", subject="统计期")
D.scope = "2017年1-5月；全市"
s("271696万元", "全市地税系统组织入库各项收入")
s("259961万元", "入库地方税收收入")
s("159257万元", "地方税收收入减收", d="down")
s("38%", "地方税收收入原口径下降", d="down")
s("16.4%", "剔除营改增后地方税收收入累计增长", d="up")
ordn("第三位", 3, "地方税收收入增长全省排位", unit="位")
s("7.7个百分点", "地方税收收入增速高出全省平均")
s("11735万元", "累计代征基金(费)等其他收入")
s("3295万元", "代征基金(费)等其他收入减收", d="down")
s("21.9%", "代征基金(费)等其他收入同比下降", d="down")
s("689万元", "代征二手房及自然人出租不动产增值税")
tall("二手房", "二手房 (second-hand housing), not a count.", "idiom_or_figurative")
D.write("../o13-city-local-tax-may-2017-hdtiffany")
