from lib import Doc
D = Doc("../aa20-chongqing-womens-federation-2012-cntv.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 央视网 2012-01-17 (from 重庆 media): 重庆市妇联 妇女小额担保贷款 — 2011 results and 2012 targets. 确保实现…达10亿元,
# 力争帮扶100户, 培塑创业典型100个 → target; 预计可争取贴息1.1亿元 → target (预计, gold README: 预期 → target).
# `10亿目标` (元 not written) → money in 元 (set 34 l6). 三届六次 → name trap; 三个差距 → slogan; “保8争10” → slogan
# (a target pair in 亿元, not written as figures); 十佳 → name trap; 万州区 → name trap.
date("2012年", "2012", subject="计划年度")
t("三届六次", "市妇联三届六次执委会议 (name).", "name_or_title")
s("10亿元", "2012年妇女小额担保贷款发放总额目标", q="target", scope="2012年；重庆市")
date("2011年", "2011", subject="统计年度")
t("三个", "“缩小三个差距” (slogan).", "slogan_count")
date("1-10月", "2011-01/2011-10", subject="统计期", note="year from the sentence (2011年).")
D.scope = "2011年1-10月；重庆市"
s("11.3亿元", "发放妇女小额担保贷款")
t("保8争10", "“保8争10” (slogan: a target pair 8/10亿元).", "slogan_count")
s("99.6%", "贷款回收率")
s("1.1亿元", "预计争取国家财政部贴息", q="target", note="预计可争取 → target.")
s("3.1万", "帮助破解资金瓶颈的妇女", unit=None, kind="count", note="3.1万妇女: no classifier, unit null.")
date("2012年", "2012", subject="计划年度")
D.scope = "2012年；重庆市"
t("一", "进一步 (idiom).", "idiom_or_figurative")
s("10亿", "妇女小额担保贷款发放总额目标", value=1000000000, unit="元", kind="money", q="target", note="元 not written (10亿目标): money in 元.")
s("100个", "培塑创业典型", q="target")
s("100户", "帮扶微型企业妇女", q="target", note="力争帮扶 → target.")
s("10个", "授牌“十佳妇女之家”")
t("十", "“十佳妇女之家” (title).", "name_or_title")
t("万", "万州区 (place name).", "name_or_title")
s("101个", "获评“优秀妇女之家”")
D.write("../aa20-chongqing-womens-federation-2012-cntv")
