from lib import Doc
D = Doc("../z1-yuanling-county-gov-work-report-2018-review-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 沅陵县 政府工作报告 of 2018-12-25 (县长 周重颜), a repost (guanchang.qwyd.net); the store keeps the title block, the
# opening and 一、2018年工作回顾 up to inside (一). Scope `2018年；沅陵县`. The first sentence of the review is
# introduced by 全年预计实现 (the year's estimated outcome, the report being given on 25 December) → qualifier target on
# every figure of that sentence (预计 as set 16 v4 / set 13 t4); later figures are facts (no qualifier).
date("2018年12月25日", "2018-12-25", subject="报告日期")
ordn("第十七届", 17, "人民代表大会届次", unit="届")
ordn("第三次", 3, "会议次序", unit="次")
t("一、", "section number 一、2018年工作回顾.", "list_marker")
date("2018年", "2018", subject="回顾年度")
date("2018年", "2018", subject="回顾年度")
t("一年", "是…谋篇布局、克难奋进的一年 (rhetorical 'a year of'), not a quantity.", "idiom_or_figurative")
t("十七届", "县十七届人大二次会议 (the congress's title).", "name_or_title")
t("二次", "县十七届人大二次会议 (the session's title).", "name_or_title")
D.scope = "2018年；沅陵县"
P = "target"
s("170.98亿元", "地区生产总值", q=P, note="全年预计实现 (estimate) → target.")
s("8%", "地区生产总值增长", q=P, d="up")
s("16.5%", "全社会固定资产投资增长", q=P, d="up")
s("7.5%", "规模工业增加值增长", q=P, d="up")
s("14.5亿元", "公共财政收入", q=P)
s("10%", "公共财政收入增长", q=P, d="up")
s("8.06亿元", "地方公共财政收入", q=P)
s("8%", "地方公共财政收入增长", q=P, d="up")
s("65.94亿元", "社会消费品零售总额", q=P)
s("10.8%", "社会消费品零售总额增长", q=P, d="up")
s("22694元", "城镇居民人均可支配收入", q=P)
s("9527元", "农村居民人均可支配收入", q=P)
s("8.5%", "城镇居民人均可支配收入增长", q=P, d="up")
s("11%", "农村居民人均可支配收入增长", q=P, d="up")
t("(一)", "list marker (一).", "list_marker")
t("三大攻坚战", "“三大攻坚战” (a slogan name, the three tough battles).", "slogan_count")
s("6.53亿元", "减少政府支出债务", d="down", note="减少政府支出债务6.53亿元: a reduction (direction down).")
s("13个", "信用乡", note="信用乡增加到13个: the level reached (增加到 = a level), no direction.")
s("318个", "信用村", note="增加到318个: a level.")
s("3起", "安全生产事故")
s("4人", "安全生产事故死亡人数")
s("50%", "安全生产事故起数同比下降", d="down")
s("42.9%", "安全生产事故死亡人数同比下降", d="down")
t("三年", "扫黑除恶和禁毒三年大行动 (a campaign's name).", "name_or_title", ambiguous=True)
s("1489万", "发放产业扶贫奖补资金", value=14890000, unit=None, kind="money",
  note="the store stops after 1489万 (元 cut off); value 14890000, unit null (not written).")
tall("零售", "零售 (retail): 零 is not zero.", "vague_or_generic")
tall("一步", "进一步: 一 is not a number.", "vague_or_generic")
D.write("../z1-yuanling-county-gov-work-report-2018-review-repost")
