from lib import Doc
D = Doc("../f17-baoding-housing-fund-annual-report-2020-governance.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 保定市住房公积金2020年年度报告, part 一、机构概况 ((一) 管理委员会, (二) 管理中心), as quoted whole in one string of a
# public repository's Python file (one line). Three bodies: 保定市, 定州市 and 东方物探 (a company's own fund). Scope
# `2020年；<body>`. `N名委员` → count 名; `召开N次会议`, `召开一次会议` → count 次; `N个处室/管理部/分中心/科室` → count 个;
# `从业人员N人，其中在编N人，非在编N人` → counts 人. Years inside document titles (《2019年…》, 《…2019年年度报告》) →
# name traps; years of the meetings and plans (`2020年召开`, `听取2019年…汇报`, `2020年重点工作`) → dates. `零补助` → 零 trap.
B, Z, O = "2020年；保定市住房公积金管理委员会", "2020年；定州市住房公积金管理委员会", "2020年；东方物探住房公积金管理委员会"
BC, ZC, OC = "2020年；保定市住房公积金管理中心", "2020年；定州市住房公积金管理中心", "2020年；东方物探住房公积金管理中心"
s("19名", "保定市住房公积金管理委员会委员", scope=B)
date("2020年", "2020", subject="会议年份")
s("1次", "保定市管委会召开会议", scope=B)
s("20名", "定州市住房公积金管理委员会委员", scope=Z)
date("2020年", "2020", subject="会议年份")
s("4次", "定州市管委会召开会议", scope=Z)
s("12名", "东方物探住房公积金管理委员会委员", scope=O)
date("2020年", "2020", subject="会议年份")
s("一次", "东方物探管委会召开会议", value=1, unit="次", kind="count", scope=O)
date("2019年", "2019", subject="工作汇报年份（听取2019年…汇报）")
date("2020年", "2020", subject="重点工作安排年份")
date("2020年", "2020", subject="归集使用计划年份")
s("11个", "保定市公积金中心处室", scope=BC)
s("21个", "保定市公积金中心管理部", scope=BC)
s("4个", "保定市公积金中心分中心", scope=BC)
s("286人", "保定市公积金中心从业人员", scope=BC)
s("151人", "保定市公积金中心在编人员", scope=BC)
s("135人", "保定市公积金中心非在编人员", scope=BC)
s("7个", "定州市公积金中心内设科室", scope=ZC)
s("24人", "定州市公积金中心从业人员", scope=ZC)
s("24人", "定州市公积金中心在编人员", scope=ZC)
s("3个", "东方物探公积金中心科室", scope=OC)
s("10人", "东方物探公积金中心从业人员", scope=OC)
s("10人", "东方物探公积金中心在编人员", scope=OC)
t("（一）", "section marker (一)", "list_marker")
TY = "a year inside a document title (《…》), not a statement"
t("2019年", TY, "name_or_title", at="《2019年住房公积金财务决算说明》")
t("2020年", TY, "name_or_title", at="《2020年住房公积金财务收支预算编制说明》")
t("2019年", TY, "name_or_title", at="《定州市2019年")
t("2019年", TY, "name_or_title", at="《2019年住房公积金财务决算报告》")
t("2020年", TY, "name_or_title", at="《2020年住房公积金财务收支预算编制说明》、市财政局")
t("2019年", TY, "name_or_title", at="管理中心2019年财务决算")
t("2020年", TY, "name_or_title", at="及2020年收支预算")
t("2019年", TY, "name_or_title", at="《定州市住房公积金2019年年度报告》")
t("（二）", "section marker (二)", "list_marker")
t("零", "财政性资金零补助: 'no subsidy' (a funding category), not a figure", "vague_or_generic")
D.write("../f17-baoding-housing-fund-annual-report-2020-governance")
