from lib import Doc
D = Doc("../o23-henan-transport-investment-jan-jul-2009-zzwb-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 郑州晚报 e-paper (zzwb.zynews.cn, 2009-08-05): 河南 (我省) 交通建设投资 1~7月 — 亿元 and 为年度(投资)计划的 % for 高速/农村/
# 干线公路. The headline is printed over two lines (`前7个月` / `我省交通投资达108亿`); `108亿` has no 元 (money in 元, as
# set 34's `1.21万亿`). `前7个月` → a period date (as `前9个月` in earlier gold). Year 2009 from the issue date.
date("前7个月", "2009-01/2009-07", subject="统计期", note="year from the issue date (2009-08-05).")
D.scope = "2009年1~7月；河南省"
s("108亿", "全省交通建设投资（标题）", value=10800000000, unit="元", kind="money", note="元 not written (headline).")
date("1~7月", "2009-01/2009-07", subject="统计期")
s("108.68亿元", "全省交通建设投资")
s("47.3%", "交通建设投资占年度投资计划比重")
s("43.62亿元", "高速公路建设累计完成投资")
s("29.5%", "高速公路投资占年度投资计划比重")
s("42.46亿元", "农村公路建设累计完成投资")
s("106.1%", "农村公路投资占年度计划比重")
s("16.85亿元", "干线公路建设累计完成投资")
s("56.2%", "干线公路投资占年度计划比重")
D.write("../o23-henan-transport-investment-jan-jul-2009-zzwb-epaper")
