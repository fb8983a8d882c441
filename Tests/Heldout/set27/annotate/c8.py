from lib import Doc
D = Doc("../c8-dongguan-intermediate-court-work-report-2022-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 东莞市中级人民法院工作报告 to the 东莞市第十七届人民代表大会第三次会议 (2023-02-09), on a local portal (dg165.com). Scope
# `2022年；东莞市` (全市法院; 市中院 figures carry 市中院 in the subject). 25.4万件 → 254000 件. `同比分别上升3.6%和3.1%` → two ups
# in order (受理, 办结). `分别提高到99.4%和83.1%` → levels reached (提高到), no direction (as set 15's 提升到). `同比下降0.9%` → down.
# 一审 (first instance), 一大批, 二十大, 近 (习近平) → traps; `十大典型案例` (a named list of cases) → AMBIGUOUS trap, preferred
# not extracted. The store stops at `跨境走私冻品`.
date("2023年2月9日", "2023-02-09", subject="会议日期")
ordn("第十七届", 17, "市人民代表大会届次", unit="届")
ordn("第三次", 3, "人民代表大会会议次序", unit="次")
date("2022年", "2022", subject="报告年度")
date("2022年", "2022", subject="报告年度")
t("近", "近 inside 习近平.", "approximator_lookalike")
t("二十大", "党的二十大 (the 20th Party Congress, a name).", "name_or_title")
t("二十大", "党的二十大 (second).", "name_or_title")
D.scope = "2022年；东莞市"
s("25.4万件", "全市法院受理各类案件")
s("23.1万件", "全市法院办结案件")
s("3.6%", "全市法院受理案件同比上升", d="up")
s("3.1%", "全市法院办结案件同比上升", d="up")
s("2.8万件", "市中院受理案件")
s("2.4万件", "市中院办结案件")
t("一审", "一审服判息诉率 (first-instance): 一 is not a number.", "name_or_title")
s("99.4%", "法定审限内结案率", note="提高到 = the level reached: no direction.")
s("83.1%", "一审服判息诉率", note="提高到 = the level reached: no direction.")
s("125个", "获市级以上表彰的集体和个人")
t("一大批", "一大批 (a large number of): 一 is not a number.", "idiom_or_figurative")
t("一、", "section number 一、建设更高水平的平安东莞.", "list_marker")
s("36件", "办结非法吸收公众存款、集资诈骗等涉众型经济犯罪案件")
t("一审", "一审宣判 (first-instance verdict): 一 is not a number.", "name_or_title")
t("十大", "全国法院依法惩治金融犯罪十大典型案例 (a named list of ten typical cases): preferred not extracted.",
  "title_embedded_count", ambiguous=True)
s("11件", "实质化解信访积案")
s("691件", "办结严重暴力犯罪案件")
s("0.9%", "办结严重暴力犯罪案件同比下降", d="down")
D.write("../c8-dongguan-intermediate-court-work-report-2022-repost")
