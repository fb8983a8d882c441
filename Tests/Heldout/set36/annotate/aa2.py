from lib import Doc
D = Doc("../aa2-fx-reserves-may-2016-glossed-spam-buttsets.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新华社 (姜琳) 2016-06-08 on the May 2016 外汇储备, reposted by a spam site: a spam keyword line at the top and traditional
# text with pinyin glosses (`儲(chǔ)備`). lib.parse maps 萬億/億 to 万亿/亿. 較上月下降279億美元 → down.
t("三", "spam keyword line (三级电影).", "name_or_title")
t("一区二区", "spam keyword line.", "name_or_title")
t("一", "spam keyword line (日韩一级).", "name_or_title")
t("1024", "spam keyword line (cl1024).", "name_or_title")
t("一", "spam keyword line (地址一).", "name_or_title")
t("二", "spam keyword line (地址二).", "name_or_title")
date("5月", "2016-05", subject="统计月份（标题）")
s("3.19萬億美元", "外汇储备余额", scope="2016年5月末；中国")
date("2016-06-08", "2016-06-08", subject="发布日期")
t("08:56:30", "clock time of the page.", "name_or_title")
date("7日", "2016-06-07", subject="数据发布日期", note="year and month from the dateline (2016-06-08).")
date("5月", "2016-05", subject="统计月份")
D.scope = "2016年5月；中国"
s("3.19萬億美元", "外汇储备余额")
s("279億美元", "外汇储备余额较上月下降", d="down")
date("2012年", "2012", subject="比较起点（以来）")
date("5月", "2016-05", subject="统计月份")
s("2.28萬億SDR", "外汇储备余额（按SDR计值）", value=2280000000000, unit="SDR", kind="money")
dur("兩個(gè)月", 2, "黄金储备连续保持时长", unit="月")
s("5814萬盎司", "黄金储备", value=58140000, unit="盎司", kind="measure")
date("4月1日", "2016-04-01", subject="按SDR公布起始日期", note="今年4月1日: year from the dateline.")
t("一", "一籃子貨幣 (idiom).", "idiom_or_figurative")
D.write("../aa2-fx-reserves-may-2016-glossed-spam-buttsets")
