from lib import Doc
D = Doc("../e9-nbs-women-outline-final-2020-chinadevelopment-notes.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国发展网 2021-12 on 国家统计局's 终期统计监测报告 of 《中国妇女发展纲要(2011—2020年)》, with the report's footnote marks
# [1] [2] kept in the text; the summary paragraph is printed twice (中国发展网讯… and 为保障妇女权益…); the store stops at
# `突破`. `突破80岁` → approx_more (突破 outside the surface); `从…提高到…, …进一步提高到…` → levels, no direction;
# `比世界女性平均水平高4岁` → up. 岁 = years of life expectancy → measure. `184个国家中位列第62位` → count + ordinal.
# `十年间` → duration (间 in the surface, as 来 in 3年来). `七个领域` → count 7 个.
D.scope = "2020年；全国"
YR = "year from the page address (2021/12)."
tall("进一步", "进一步 (further), 一 in a function word.", "idiom_or_figurative")
tall("近期", "近期 (recently), not an approximator.", "approximator_lookalike")
date("2011—2020年", "2011/2020", subject="纲要期间（标题）")
s("80岁", "女性平均预期寿命（突破）", q="approx_more", note="突破80岁: approx_more (突破 outside the surface).")
date("2000年", "2000", subject="进入长寿国家年份")
t("[1]", "footnote mark [1].", "list_marker")
date("2010年", "2010", subject="年份")
s("77.37岁", "女性人均预期寿命", scope="2010年；全国", note="从2010年的77.37岁提高到2015年的79.43岁: levels, no direction.")
date("2015年", "2015", subject="年份")
s("79.43岁", "女性人均预期寿命", scope="2015年；全国")
date("2020年", "2020", subject="年份")
s("80.88岁", "女性人均预期寿命")
t("[2]", "footnote mark [2].", "list_marker")
date("2020年", "2020", subject="年份")
s("184个", "比较的国家数", kind="count")
ordn("第62位", 62, "我国女性人均预期寿命位次", unit="位")
s("4岁", "我国女性人均预期寿命比世界女性平均水平高", d="up")
date("12月21日", "2021-12-21", subject="发布日期", note=YR)
date("2011—2020年", "2011/2020", subject="纲要期间")
s("七个", "《纲要》监测领域数", value=7, unit="个", kind="count", scope=None)
dur("十年间", 10, "纲要实施期", note="十年间 (2011-2020).")
date("2011年", "2011", subject="颁布年份")
date("2011—2020年", "2011/2020", subject="纲要期间")
s("七个", "《纲要》监测领域数", value=7, unit="个", kind="count", scope=None, note="the summary paragraph is printed twice.")
dur("十年间", 10, "纲要实施期")
D.write("../e9-nbs-women-outline-final-2020-chinadevelopment-notes")
