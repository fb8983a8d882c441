from lib import Doc
D = Doc("../o7-sichuan-npc-standing-committee-report-2008-scspc.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 四川省人大常委会工作报告 (席义方, 2008-01-24, at 省十一届人大一次会议), as stored on scspc.gov.cn (page date 2009-07-03):
# the five-year review of 省十届人大常委会 — 审议通过/修改/废止 法规 件, 立法解释 件, 批准 成都市 法规 件, 自治条例/单行条例 件,
# 2007年 立改废 件. 第十一届/第一次会议/第十届/十届 → name traps; 三个代表 → slogan; 一、 → list marker; 五年 → duration.
date("2009-07-03", "2009-07-03", subject="网页发布日期")
date("2008年1月24日", "2008-01-24", subject="报告日期")
t("第十一届", "人民代表大会届次 (name).", "name_or_title")
t("第一次会议", "会议次数 (name).", "name_or_title")
t("第十届", "人民代表大会届次 (name).", "name_or_title")
dur("五年", 5, "常委会任期（五年工作的回顾）")
t("十届", "省十届人大常委会 (name).", "name_or_title", at="省十届人大常委会任期的")
dur("五年", 5, "省十届人大常委会任期")
dur("五年", 5, "省十届人大常委会任期（取得巨大成就的五年）")
dur("五年", 5, "省十届人大常委会任期（取得重大进展的五年）")
dur("五年来", 5, "省十届人大常委会任期")
t("三个代表", "“三个代表”重要思想 (slogan).", "slogan_count")
t("第十届", "人民代表大会届次 (name).", "name_or_title")
t("一", "一、 (item number).", "list_marker")
dur("五年来", 5, "省十届人大常委会任期")
D.scope = "省十届人大常委会任期五年；四川省"
s("30件", "审议通过地方性法规")
s("56件", "修改法规")
s("10件", "废止法规")
s("1件", "立法解释")
s("39件", "批准成都市制定、修改和废止法规")
s("21件", "批准自治条例、单行条例")
date("2007年", "2007", subject="年度")
s("12件", "立、改、废地方性法规", scope="2007年；四川省")
tall("四川", "四川 (place name).", "name_or_title")
t("一", "进一步 (further), idiom.", "idiom_or_figurative", at="进一步")
D.write("../o7-sichuan-npc-standing-committee-report-2008-scspc")
