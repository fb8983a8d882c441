from lib import Doc
D = Doc("../d2-mof-state-enterprises-jan-may-2019-people-big5.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人民網 (ccnews.people.com.cn, BIG5 channel, traditional script) repost of 中國新聞網 2019-06-24 on the 財政部 monthly
# release 2019年1-5月全國國有及國有控股企業經濟運行情況 (the store stops at `負債總額683406.0`, before 億元).
# Flows of 1-5月 → scope `2019年1-5月；全國`; stocks at 5月末 → `2019年5月末；全國`. 中央企業 / 地方國有企業 are
# sub-populations (in the subject). 億元 → 元 ×10⁸. 同比增長 / 同比增 N% → up. The ASCII hyphen of 1-5月 is a range.
# `﹔` (U+FE54, small semicolon) separates the 資產/負債 clauses as printed.
F = "2019年1-5月；全國"
K = "2019年5月末；全國"
D.scope = F
date("1-5月", "2019-01/2019-05", subject="統計期（標題）", note="year from the body (2019年1-5月) and the date line.")
s("237730億元", "國有企業營業總收入（標題）", value=23773000000000, unit="元", kind="money")
s("7.7%", "國有企業營業總收入同比增長（標題）", d="up", note="同比增7.7%.")
date("2019年06月24日08:39", "2019-06-24", subject="發布時間")
date("1-5月", "2019-01/2019-05", subject="統計期（原標題）")
s("237730億元", "國有企業營業總收入（原標題）", value=23773000000000, unit="元", kind="money")
s("7.7%", "國有企業營業總收入同比增長（原標題）", d="up")
date("2019年1-5月", "2019-01/2019-05", subject="統計期")
# 營業總收入
D.seek("營業總收入方面")
date("1-5月", "2019-01/2019-05", subject="統計期")
s("237730.0億元", "國有企業營業總收入", value=23773000000000, unit="元", kind="money")
s("7.7%", "國有企業營業總收入同比增長", d="up")
s("138026.3億元", "中央企業營業總收入", value=13802630000000, unit="元", kind="money")
s("6.3%", "中央企業營業總收入同比增長", d="up")
s("99703.7億元", "地方國有企業營業總收入", value=9970370000000, unit="元", kind="money")
s("9.8%", "地方國有企業營業總收入同比增長", d="up")
# 營業總成本
D.seek("營業總成本方面")
date("1-5月", "2019-01/2019-05", subject="統計期")
s("229240.1億元", "國有企業營業總成本", value=22924010000000, unit="元", kind="money")
s("7.8%", "國有企業營業總成本同比增長", d="up")
s("131003.2億元", "中央企業營業總成本", value=13100320000000, unit="元", kind="money")
s("6.4%", "中央企業營業總成本同比增長", d="up")
s("98236.9億元", "地方國有企業營業總成本", value=9823690000000, unit="元", kind="money")
s("9.9%", "地方國有企業營業總成本同比增長", d="up")
# 利潤總額
D.seek("利潤總額方面")
date("1-5月", "2019-01/2019-05", subject="統計期")
s("13929.0億元", "國有企業利潤總額", value=1392900000000, unit="元", kind="money")
s("8.7%", "國有企業利潤總額同比增長", d="up")
s("9565.8億元", "中央企業利潤總額", value=956580000000, unit="元", kind="money")
s("9.2%", "中央企業利潤總額同比增長", d="up")
s("4363.2億元", "地方國有企業利潤總額", value=436320000000, unit="元", kind="money")
s("7.6%", "地方國有企業利潤總額同比增長", d="up")
# 稅后淨利潤
D.seek("稅后淨利潤方面")
date("1-5月", "2019-01/2019-05", subject="統計期")
s("10280.8億元", "國有企業稅后淨利潤", value=1028080000000, unit="元", kind="money")
s("9.3%", "國有企業稅后淨利潤同比增長", d="up")
s("6412.8億元", "國有企業歸屬於母公司所有者的淨利潤", value=641280000000, unit="元", kind="money")
s("7120.6億元", "中央企業稅后淨利潤", value=712060000000, unit="元", kind="money")
s("10.7%", "中央企業稅后淨利潤同比增長", d="up")
s("4640.3億元", "中央企業歸屬於母公司所有者的淨利潤", value=464030000000, unit="元", kind="money")
s("3160.2億元", "地方國有企業稅后淨利潤", value=316020000000, unit="元", kind="money")
s("6.2%", "地方國有企業稅后淨利潤同比增長", d="up")
s("1772.5億元", "地方國有企業歸屬於母公司所有者的淨利潤", value=177250000000, unit="元", kind="money")
# 應交稅費
D.seek("應交稅費方面")
date("1-5月", "2019-01/2019-05", subject="統計期")
s("19043.1億元", "國有企業應交稅費", value=1904310000000, unit="元", kind="money")
s("1.2%", "國有企業應交稅費同比增長", d="up")
s("13798.4億元", "中央企業應交稅費", value=1379840000000, unit="元", kind="money")
s("1.6%", "中央企業應交稅費同比增長", d="up")
s("5244.7億元", "地方國有企業應交稅費", value=524470000000, unit="元", kind="money")
s("0.1%", "地方國有企業應交稅費同比增長", d="up")
# 資產、負債和所有者權益 (5月末)
D.scope = K
date("5月末", "2019-05", subject="時點（5月末）", note="year from 2019年1-5月 and the date line.")
s("1928640.9億元", "國有企業資產總額", value=192864090000000, unit="元", kind="money")
s("8.8%", "國有企業資產總額同比增長", d="up")
s("1243637.8億元", "國有企業負債總額", value=124363780000000, unit="元", kind="money")
s("8.5%", "國有企業負債總額同比增長", d="up")
s("685003.1億元", "國有企業所有者權益合計", value=68500310000000, unit="元", kind="money")
s("9.3%", "國有企業所有者權益合計同比增長", d="up")
s("829685.4億元", "中央企業資產總額", value=82968540000000, unit="元", kind="money")
s("7.6%", "中央企業資產總額同比增長", d="up")
s("560231.8億元", "中央企業負債總額", value=56023180000000, unit="元", kind="money")
s("7.3%", "中央企業負債總額同比增長", d="up")
s("269453.6億元", "中央企業所有者權益合計", value=26945360000000, unit="元", kind="money")
s("8.3%", "中央企業所有者權益合計同比增長", d="up")
s("1098955.5億元", "地方國有企業資產總額", value=109895550000000, unit="元", kind="money")
s("9.6%", "地方國有企業資產總額同比增長", d="up")
s("683406.0", "地方國有企業負債總額", value=68340600000000, unit="元", kind="money",
  note="the store stops after 683406.0 (億元 cut): scale and unit supplied from the parallel 中央企業 clause (負債總額…億元); as set 24 u3 / set 26 b4.")
D.write("../d2-mof-state-enterprises-jan-may-2019-people-big5")
