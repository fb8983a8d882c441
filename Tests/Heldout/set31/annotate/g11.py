from extra import Doc31
D = Doc31("../g11-fitness-figures-sport-gov.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 国家体育总局 site (sport.gov.cn/n20001280/…/c23445468): 数说全民健身, from 《中国体育报》 7月1日 03版 (year not written; the
# figures are to 2020年底/末). Each block opens with its figure alone on a line (`77.3岁`, `4.73万个`, `260万人`, `371.3万个`,
# `4亿人`) and repeats it in the text: both are annotated (as headline repeats in set 30). 岁 → measure; `每万人3个`,
# `每千人…1.86人` → counts per 10,000 / 1,000 people (the denominators 每万人/每千人 → traps); `超过4亿人` → approx_more
# (超过 outside), the headline `4亿人` without it; `90%以上` → approx_more. `03版` → page number trap.
P = "目前；全国"
E = "2020年末；全国"
s("77.3岁", "我国人均预期寿命", kind="measure", scope=P, note="the block's headline figure.")
s("35岁", "新中国成立初人均预期寿命", kind="measure", scope="新中国成立初；全国")
s("77.3岁", "我国人均预期寿命", kind="measure", scope=P)
s("4.73万个", "体育社会组织", scope=P, note="the block's headline figure.")
s("4.73万个", "体育社会组织", scope=P)
t("每万人", "每万人: the denominator of 每万人3个, not a quantity.", "vague_or_generic")
s("3个", "城市社区全民健身站点（每万人）", scope=P)
s("260万人", "社会体育指导员队伍", scope=E, note="the block's headline figure.")
date("2020年底", "2020-12", subject="时点")
s("260万人", "社会体育指导员队伍", scope=E)
t("每千人", "每千人: the denominator of 每千人拥有…1.86人.", "vague_or_generic")
s("1.86人", "社会体育指导员（每千人拥有）", scope=E)
s("371.3万个", "全国体育场地", scope=E, note="the block's headline figure.")
s("4982个", "新中国成立之初体育场地", scope="新中国成立之初；全国")
date("2020年末", "2020-12", subject="时点")
s("371.3万个", "全国体育场地", scope=E)
s("31亿平方米", "体育场地面积", scope=E)
s("2.20平方米", "人均体育场地面积", scope=E)
s("4亿人", "经常参与体育锻炼的人数", scope=P, note="the block's headline figure (超过 only in the text).")
s("4亿人", "经常参与体育锻炼的人数（超过）", scope=P, q="approx_more", note="超过4亿人: 超过 outside the surface.")
s("35%", "经常参与体育锻炼人数占总人数比例", scope=P)
s("90%以上", "城乡居民达到《国民体质测定标准》合格以上的人数比例", scope=P, q="approx_more")
date("7月1日", "07-01", subject="《中国体育报》刊发日期", note="the year is not written.")
t("03版", "newspaper page number (03版).", "name_or_title")
tall("且多集中", "且多集中在大城市 (mostly in big cities): 多 is an adverb, not an approximator.", "approximator_lookalike")
D.write("../g11-fitness-figures-sport-gov")
