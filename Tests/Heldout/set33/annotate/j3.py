from lib import Doc
D = Doc("../j3-telecom-jan-oct-cctv-trad-glossed-xamsn.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 央视 (孫薊濰) repost, traditional with pinyin glosses (`業(yè)`, `網(wǎng)`): 工信部 前10個月. Year not written (今年);
# the figures (5G基站 414.1萬個 at 10月末, 5G用戶 9.95億戶) are those of 2024 as far as I can tell — see Unsure.
Y = "year not written (今年); 2024 inferred from the figures (see README Unsure)."
tall("5G", "5G (network generation), a name, not a count.", "name_or_title")
tall("千兆", "千兆 (gigabit), a technology name, not a number.", "name_or_title")
D.scope = "2024年10月末；全國"
s("9.95億戶", "5G用戶（標題）", value=995000000, unit="戶", kind="count")
D.scope = "2024年前10個月；全國"
date("前10個月", "2024-01/2024-10", subject="統計期（標題）", note=Y)
s("2.6%", "電信業務收入同比增長（標題）", d="up")
date("前10個月", "2024-01/2024-10", subject="統計期", note=Y)
date("前10個月", "2024-01/2024-10", subject="統計期", note=Y)
s("14535億元", "電信業務收入累計")
s("2.6%", "電信業務收入同比增長", d="up")
s("10.4%", "電信業務總量同比增長", d="up")
s("15.7%", "基礎電信企業互聯網寬帶收入占電信業務收入比重")
s("近四成", "移動數據流量收入占電信業務收入比重", value=4, unit="成", kind="ratio", q="approx", note="近四成 (about four tenths): ratio 4 成, approx (近 in the surface). AMBIGUOUS (also in traps).")
t("近四成", "近四成 (a tenths word): extraction as ratio 4 成 preferred, omission acceptable.", "vague_or_generic", True, gold_surface="近四成")
date("前10個月", "2024-01/2024-10", subject="統計期", note=Y)
s("近四分之一", "新興業務收入占電信業務收入比重", value=0.25, unit=None, kind="ratio", q="approx", note="近四分之一: a fraction → ratio 0.25, approx (近 in the surface). AMBIGUOUS (also in traps).")
t("近四分之一", "近四分之一 (a fraction): extraction as ratio 0.25 preferred, omission acceptable.", "vague_or_generic", True, gold_surface="近四分之一")
D.scope = "2024年10月末；全國"
date("10月末", "2024-10", subject="時點", note=Y)
s("414.1萬個", "5G基站總數", value=4141000, unit="個", kind="count")
s("12億個", "全國互聯網寬帶接入端口數量", value=1200000000, unit="個", kind="count")
date("10月末", "2024-10", subject="時點", note=Y)
s("6.68億戶", "互聯網寬帶接入用戶總數", value=668000000, unit="戶", kind="count")
s("三成", "千兆用戶占互聯網寬帶接入用戶比重", value=3, unit="成", kind="ratio", q="approx_more", note="占比超三成: ratio 3 成, approx_more (超 outside the surface). AMBIGUOUS (also in traps).")
t("三成", "超三成 (a tenths word): extraction as ratio 3 成 preferred, omission acceptable.", "vague_or_generic", True, gold_surface="三成")
s("9.95億戶", "5G移動電話用戶", value=995000000, unit="戶", kind="count")
D.write("../j3-telecom-jan-oct-cctv-trad-glossed-xamsn")
