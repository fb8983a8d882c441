from lib import Doc
D = Doc("../d7-youyu-huangjiayao-village-three-accounts-2017-xinhua.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新华社 feature 2017-01-31 (news.xinhuanet.com/politics/2017-01/31/c_1120396901.htm), 记者陈忠华、王井怀: 右玉县黄家窑村
# (山西), a 扶贫 village, the "三本账" of the past year. Approximate figures in the reporter's style: 3万多斤, 3000多斤,
# 3万多元, 40多岁, 10多斤, 1300多元, 170多户 (多 after the number → approx_more, in the surface), `上万元` (→ money 10,000
# approx_more, 上 = reaching/over), `3000元左右` (approx), `五六亩` (a range 5–6 亩, value 5, value_max 6), `上百年` (a
# duration). 一 in idioms (一直, 一本…账, 不一样, 一样, 头一次, 一算, 一下子) and 第一书记 (a title) are traps; 多 in 多年来 too.
# Scope `2016年；右玉县黄家窑村`: the article (2017-01-31, before the 2017 spring festival) reviews 过去一年 = 2016; 今年 there
# means that year (note). Chinese-numeral dates: 腊月二十三 (小年) = 2017-01-20.
D.scope = "2016年；右玉县黄家窑村"
TY = "今年 in the article (2017-01-31, before the spring festival) = the past year 2016 (过去一年)."
t("三本账", "headline “三本账” (three accounts: 家账、村账、国账, named in the body): a title count; not extracted here (the body's 三本账 is the gold).",
  "title_embedded_count", ambiguous=True)
date("2017-01-31 19:45:44", "2017-01-31", subject="发布时间")
date("1月31日", "2017-01-31", subject="电头日期")
dur("一年", 1, "回顾期（过去一年）")
dur("一年", 1, "筹划期（新的一年）")
s("三本账", "为记者算的账（家账、村账、国账）", value=3, unit="本", kind="count",
  note="AMBIGUOUS 算了三本账:家账、村账和国账 — an enumerated count (3, classifier 本).")
t("三本账", "三本账 (enumerated: 家账、村账和国账): extraction preferred (count 3 本), omission acceptable.", "vague_or_generic",
  ambiguous=True, gold_surface="三本账")
dur("一个小时", 1, "开车到村所需时间", unit="小时")
t("多年", "多年来 (for many years): 多 is not an approximator here.", "approximator_lookalike")
t("一直", "一直 (all along): 一 is not a number.", "idiom_or_figurative")
t("一本", "家账是一本“经济账” (is an 'economy account'): 一 is the article, not a count.", "idiom_or_figurative")
t("一年", "这一年的收成 (this year's harvest): 一年 names the year, not a duration statement.", "vague_or_generic")
t("一样", "今年就不一样了 (different this year): 一 is not a number.", "idiom_or_figurative")
s("3万多斤", "张建平家土豆收成", value=30000, unit="斤", kind="measure", q="approx_more", note=TY)
s("3000多斤", "张建平家板蓝根收成", value=3000, unit="斤", kind="measure", q="approx_more")
s("3万多元", "张建平家今年收入", value=30000, unit="元", kind="money", q="approx_more")
s("40多岁", "张建平年龄", value=40, unit="岁", kind="measure", q="approx_more", scope="2017年；右玉县黄家窑村",
  note="前几天 (days before the 2017-01-31 report).")
t("多年", "这么多年来 (in all these years): 多 is not an approximator.", "approximator_lookalike")
t("一次", "头一次 (for the first time): 一 is not a count of purchases.", "idiom_or_figurative")
s("10多斤", "张建平买鱼", value=10, unit="斤", kind="measure", q="approx_more", scope="2017年；右玉县黄家窑村")
t("第一书记", "村第一书记 (a post's title): 一 is not a number.", "name_or_title")
ordn("第一年", 1, "板蓝根种植年次", unit="年")
s("五六亩", "有的农户拿出种板蓝根的地", value=5, vmax=6, unit="亩", kind="measure",
  note="五六亩 = five or six mu: a range, value 5, value_max 6.")
t("一算", "到了年底一算 (once reckoned up): 一 is not a number.", "idiom_or_figurative")
s("1300多元", "板蓝根每亩平均纯收入", kind="money", q="approx_more")
s("45户", "黄家窑村（住村）村民户数", kind="count")
s("37户", "贫困户", kind="count")
t("一样", "像张建平家一样 (just like): 一 is not a number.", "idiom_or_figurative")
s("上万元", "好几户种板蓝根增收", value=10000, unit="元", kind="money", q="approx_more", d="up",
  note="增收了上万元: reaching ten thousand yuan or more → approx_more; 增收 → up.")
s("3000元左右", "贫困线标准（人均年收入）", q="approx", note="左右 in the surface → approx.")
t("一本", "村账是一本“人气账”: 一 is the article, not a count.", "idiom_or_figurative")
t("一下子", "一下子有钱了 (all of a sudden): 一 is not a number.", "idiom_or_figurative")
s("170多户", "黄家窑村户籍户数", kind="count", q="approx_more", note="按户口算 (by household registration).")
s("45户", "现住在村里的户数", kind="count")
dur("上百年", 100, "右玉人走西口的时长", q="approx_more", note="走了上百年 (for a hundred years and more).")
date("腊月二十三", "2017-01-20", subject="小年", note="lunar 12th month, day 23 of the year ending at the 2017 spring festival = 2017-01-20.")
D.write("../d7-youyu-huangjiayao-village-three-accounts-2017-xinhua")
