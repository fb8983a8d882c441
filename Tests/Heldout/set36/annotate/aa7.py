from lib import Doc
D = Doc("../aa7-insurance-jan-may-2023-ptxw-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 莆田 e-paper (xyjb.ptxw.com, 2023-07-03), from 中国证券报: 国家金融监督管理总局 5月 保险业经营情况. Year from the
# address (2023-07). 分别为 … → in list order; 占比分别为 → percent, no direction.
t("近", "近日 (not an approximator).", "approximator_lookalike")
date("5月", "2023-05", subject="数据月份", note="year from the issue date in the address (2023-07-03).")
date("前5个月", "2023-01/2023-05", subject="统计期")
D.scope = "2023年1-5月；全国保险业"
s("26763亿元", "原保险保费收入")
s("7621亿元", "原保险赔付支出")
s("10.68%", "原保险保费收入同比增长", d="up")
s("16.31%", "原保险赔付支出增长", d="up")
s("5724亿元", "财产险业务原保费收入")
s("21040亿元", "人身险业务原保费收入")
s("3359亿元", "财产险赔付支出")
s("4262亿元", "人身险赔付支出")
s("3461亿元", "机动车辆保险保费收入")
s("602亿元", "责任险保费收入")
s("630亿元", "农业保险保费收入")
s("1167亿元", "健康险保费收入")
s("213亿元", "意外险保费收入")
s("48.72%", "机动车辆保险占比")
s("8.47%", "责任险占比")
s("8.87%", "农业保险占比")
s("16.43%", "健康险占比")
s("3.00%", "意外险占比")
D.write("../aa7-insurance-jan-may-2023-ptxw-epaper")
