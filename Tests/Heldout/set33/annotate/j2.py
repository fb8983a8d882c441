from lib import Doc
D = Doc("../j2-telecom-jan-nov-2025-jjckb-big5.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 经济参考报 2025-12-23 (page address jjckb.xinhuanet.com/20251223, big5 gateway): 工信部 12月22日 figures, 前11個月.
# Traditional script. Year 2025 from the page address.
Y = "year 2025 from the page address (jjckb 20251223)."
tall("5G", "5G (network generation), a name, not a count.", "name_or_title")
tall("千兆", "千兆 (gigabit), a technology name, not a number.", "name_or_title")
date("12月22日", "2025-12-22", subject="发布日期", note=Y)
D.scope = "2025年11月末；全国"
date("11月末", "2025-11", subject="时点", note=Y)
s("三家", "基礎電信企業", value=3, unit="家", note="三家基礎電信企業: a count written in a CJK numeral.")
s("18.28億戶", "移動電話用戶總數（三家基礎電信企業及中國廣電）", value=1828000000, unit="戶", kind="count")
s("3854萬戶", "移動電話用戶比上年末凈增", value=38540000, unit="戶", kind="count", d="up")
s("11.93億戶", "5G移動電話用戶", value=1193000000, unit="戶", kind="count")
s("1.79億戶", "5G移動電話用戶比上年末凈增", value=179000000, unit="戶", kind="count", d="up")
s("65.3%", "5G移動電話用戶佔移動電話用戶比重")
D.scope = "2025年前11個月；全國"
date("前11個月", "2025-01/2025-11", subject="統計期", note=Y)
s("16096億元", "電信業務收入累計")
s("0.9%", "電信業務收入同比增長", d="up")
s("9.1%", "電信業務總量同比增長（上年不變價）", d="up")
D.scope = "2025年11月末；全國"
date("11月末", "2025-11", subject="時點", note=Y)
t("10G PON", "10G PON (a passive optical network standard), a name, not a count.", "name_or_title")
s("3134萬個", "具備千兆網絡服務能力的10G PON端口數", value=31340000, unit="個", kind="count")
s("313.3萬個", "10G PON端口比上年末凈增", value=3133000, unit="個", kind="count", d="up")
s("483萬個", "5G基站總數", value=4830000, unit="個", kind="count")
s("57.9萬個", "5G基站比上年末凈增", value=579000, unit="個", kind="count", d="up")
s("37.4%", "5G基站佔移動基站總數比重")
date("前10個月", "2025-01/2025-10", subject="比較期", note="佔比較前10個月提高: the reference period; " + Y)
s("0.4個百分點", "5G基站佔比較前10個月提高", value=0.4, unit="個百分點", kind="percent", d="up")
D.write("../j2-telecom-jan-nov-2025-jjckb-big5")
