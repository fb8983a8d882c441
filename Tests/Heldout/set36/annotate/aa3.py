from lib import Doc
D = Doc("../aa3-fx-reserves-jul-2017-mxgxt.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 外汇储备 news (July 2017; the year is from the text: 2014年6月以来首次六连升, 今年1月跌破3万亿美元 = January 2017).
# 增加 → up; 回落到 32.22亿美元 (到 = a level: no direction); 扩大到239.31亿美元 likewise. 3万亿美元 (a threshold
# crossed) is annotated. 连续第6个月 → ordinal 6 (unit 个月); 六连升 → slogan-like contraction → trap.
t("82", "数字文摘82 (a column number).", "name_or_title")
date("8月7日", "2017-08-07", subject="发布日期", note="year inferred (2017) from the figures; not written.")
date("7月末", "2017-07", subject="统计时点")
D.scope = "2017年7月末；中国"
s("30807.20亿美元", "外汇储备余额")
date("6月", "2017-06", subject="比较月份")
s("30567.89亿美元", "6月外汇储备余额", scope="2017年6月末；中国")
s("239.31亿美元", "外汇储备较6月增加", d="up")
ordn("第6个月", 6, "外汇储备连续回升的月次", unit="个月")
date("2014年6月", "2014-06", subject="比较起点（以来）")
t("六", "首次六连升 (a contraction: six rises in a row, the same 6 as 第6个月); extraction or omission acceptable.", "slogan_count", True)
date("1月", "2017-01", subject="跌破月份")
s("3万亿美元", "外汇储备跌破的关口", scope="2017年1月；中国")
date("2月", "2017-02", subject="统计月份")
s("69.2亿美元", "2月外汇储备增加", d="up", scope="2017年2月；中国")
t("一", "这一关键关口 (demonstrative).", "idiom_or_figurative")
date("6月", "2016-06", subject="比较月份（去年6月）")
date("3月", "2017-03", subject="统计月份")
s("39.64亿美元", "3月外汇储备增加", d="up", scope="2017年3月；中国")
date("4月", "2017-04", subject="统计月份")
s("204.45亿美元", "4月外汇储备增幅", d="up", scope="2017年4月；中国")
date("5月", "2017-05", subject="统计月份")
s("240.34亿美元", "5月外汇储备增加", d="up", scope="2017年5月；中国")
date("6月", "2017-06", subject="统计月份")
s("32.22亿美元", "6月外汇储备增幅", d="up", scope="2017年6月；中国", note="增幅回落到32.22亿美元: the size of an increase.")
date("7月", "2017-07", subject="统计月份")
s("239.31亿美元", "7月外汇储备增幅", d="up", scope="2017年7月；中国")
D.write("../aa3-fx-reserves-jul-2017-mxgxt")
