from extra import Doc31
D = Doc31("../g5-national-capacity-jul-trad-aafn.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# AASTOCKS news (mirror at 122.112.187.102, traditional): 國家能源局 capacity to 7月底 and utilisation hours; one line ending
# with a related-headline link (`相關內容《盈警》協鑫新能源(00451.HK)估計中期虧損擴至2.5億人民幣`). The year is not written.
# 億千瓦 → measure, unit 千瓦 ×10⁸; 按年增長 → up; `1,806小時` (utilisation hours) → measure 小時 as written, comma group;
# `降低188小時` → down. `2.5億人民幣` → money 2.5e8, unit 元 (人民幣 written instead of 元). `00451.HK` → stock code trap.
NY = "the year is not written in the stored text."
date("7月底", "07", subject="時點", note=NY)
D.scope = "7月底；全國"
s("36.7億千瓦", "全國累計發電裝機容量", unit="千瓦", kind="measure")
s("18.2%", "發電裝機容量按年增長", d="up")
s("11.1億千瓦", "太陽能發電裝機容量", unit="千瓦", kind="measure")
s("50.8%", "太陽能發電裝機容量按年增長", d="up")
s("5.7億千瓦", "風電裝機容量", unit="千瓦", kind="measure")
s("22.1%", "風電裝機容量按年增長", d="up")
date("首七個月", "01/07", subject="統計期（今年首七個月）", note=NY)
D.scope = "1-7月；全國"
s("1,806小時", "全國發電設備累計平均利用小時", value=1806, unit="小時", kind="measure")
s("188小時", "發電設備平均利用小時比上年同期降低", unit="小時", kind="measure", d="down")
t("00451", "stock code 00451.HK, not a quantity.", "name_or_title")
s("2.5億人民幣", "協鑫新能源估計中期虧損（擴至）", value=250000000, unit="元", kind="money", scope="中期；協鑫新能源",
  note="a related-headline link at the end of the item; 人民幣 written in place of 元.")
D.write("../g5-national-capacity-jul-trad-aafn")
