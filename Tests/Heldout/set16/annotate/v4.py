from lib import Doc
D = Doc("../v4-yibin-gov-work-report-2022-five-year-review.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 宜宾市 政府工作报告 (2022, to the 市人大; the stored page starts at 各位代表 and holds 一、过去五年工作回顾 up to
# where the store stops, …是2016). 过去五年 = the government's term 2017—2021; 预计 (estimated 2021 figures) →
# qualifier target (as 预计 in earlier sets), for every figure of the sentence that 预计 opens (up to its 。) and for
# the two later 预计 clauses. 年均增长 → percent, up, scope 2017—2021年；宜宾市. Ranks 第N位 → ordinals (unscored).
P, Y21 = "2017—2021年；宜宾市", "2021年；宜宾市"
PN = "过去五年 = the term of the 五届 government, 2017—2021 (the report is given early in 2022 and estimates 2021)."
t("一、", "section number 一、过去五年工作回顾.", "list_marker")
dur("五年", 5, "回顾期（标题：过去五年工作回顾）", note=PN)
dur("五年", 5, "回顾期（过去五年）", note=PN)
t("五年", "是…具有里程碑意义的五年: 五年 names the period itself (figurative, as 极不平凡的一年 in set 14); the period is annotated at 过去五年.",
  "idiom_or_figurative", at="意义的五年")
t("6.0级", "长宁6.0级地震: the earthquake's magnitude inside the name of the event; either reading acceptable, gold does not extract it.",
  "name_or_title", ambiguous=True)
D.seek("过去五年,我们")
dur("五年", 5, "回顾期（过去五年）", note=PN)
t("“一带一路”", "“一带一路” (Belt and Road), name.", "name_or_title")
t("一干多支", "“一干多支、五区协同” (provincial strategy slogan): 一/多 are not numbers.", "slogan_count")
t("五区", "“五区协同” (slogan): a count inside a slogan, not a quantity.", "slogan_count")
t("四向", "“四向拓展” (slogan): a count inside a slogan, not a quantity.", "slogan_count")
date("2021年", "2021", subject="预计年度")
D.scope = Y21
s("3000亿元", "全市地区生产总值（突破）", q=["target", "approx_more"], note="预计…突破3000亿元: 预计 → target, 突破 → approx_more (outside the surface).")
s("8.1%", "地区生产总值年均增长", d="up", q="target", scope=P)
ordn("第4位", 4, "地区生产总值总量全省位次（五年前）", unit="位")
ordn("第3位", 3, "地区生产总值总量全省位次（2021年）", unit="位")
B = "百强 (a top-100 list's name: 中国城市GDP百强 …), not a quantity."
t("百强", B, "name_or_title")
t("百强", B, "name_or_title")
t("百强", B, "name_or_title")
s("14.9%", "一般公共预算收入年均增长", d="up", q="target", scope=P)
ordn("第3位", 3, "一般公共预算收入总量全省位次（五年前）", unit="位")
ordn("第2位", 2, "一般公共预算收入总量全省位次（2021年）", unit="位")
s("9.7%", "规上工业增加值年均增长", d="up", q="target", scope=P)
s("8.9%", "服务业增加值年均增长", d="up", q="target", scope=P)
s("13%", "全社会固定资产投资年均增长", d="up", q="target", scope=P)
s("9.7%", "社会消费品零售总额年均增长", d="up", q="target", scope=P)
t("百强", "翠屏区全国百强区 (a top-100 list's name), not a quantity.", "name_or_title")
t("10亿元", "一般公共预算收入超10亿元的县(区): a threshold defining the class counted (2个 → 8个), not a stated amount; either reading acceptable, gold does not extract it.",
  "vague_or_generic", ambiguous=True)
s("2个", "一般公共预算收入超10亿元的县（区）（五年前）", scope="2016年；宜宾市",
  note="由2个增加到8个: two levels, no direction; 2个 is the level at the start of the five years (2016).")
s("8个", "一般公共预算收入超10亿元的县（区）", q="target",
  note="预计…由2个增加到8个: 预计 → target; a level, no direction.")
t("一道", "一道风景线 (a scenic line, figurative): 一 is not a count.", "idiom_or_figurative")
date("2021年", "2021", subject="预计年度")
s("305亿元", "竹产业综合产值", q="target", note="预计2021年实现…305亿元: 预计 → target.")
ordn("第1位", 1, "竹产业综合产值全省位次", unit="位")
t("2016", "…是2016 (the store stops inside the clause, probably 是2016年的X倍): an unfinished year/figure; either reading acceptable, gold does not extract it.",
  "vague_or_generic", ambiguous=True)
tall("近", "习近平 (name): 近 is not an approximator.", "approximator_lookalike")
tall("一般", "一般公共预算 (budget name), not 1.", "name_or_title")
tall("零售", "社会消费品零售总额: 零 in 零售 (retail) is not a number.", "vague_or_generic")
tall("四川", "四川 (province name).", "name_or_title")
D.write("../v4-yibin-gov-work-report-2022-five-year-review")
