from lib import Doc
D = Doc("../i11-guolian-annual-report-2023-summary-sohu-hard-breaks.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 国联股份 (603613) 2023年年度报告摘要 as served by 搜狐证券's announcement page: a PDF text layer with a blank line
# after every printed line and hard breaks inside words (`发展规\n\n划`, `派发现金\n\n红利`, `资\n\n本公积`, `相\n\n应`).
# The dividend: `每10股派发现金\n\n红利2.13元(含税)` → money 2.13 元 per 10 shares (subject says so); the base `10股` →
# AMBIGUOUS trap without gold_id (the divisor of a per-share rate, not a count of shares); `153,092,112.67元` → money.
# `第八届董事会第二十五次会议` → ordinals 届 and 次. Stock code, section numbers (第一节/第二节) and item numbers 1–5 →
# traps. Only the front page is stored (the store stops at `股票种类`).
date("2023年", "2023", note="年度报告 year in the announcement title")
date("2024-04-29", "2024-04-29", subject="公告日期")
t("603613", "stock code (公司代码)", "name_or_title")
date("2023 年", "2023", note="report title")
t("第一节", "section number", "list_marker")
t("1", "item number 1", "list_marker", at="1   本年度")
t("2", "item number 2", "list_marker", at="2   本公司")
t("3", "item number 3", "list_marker", at="3    公司全体")
t("4", "item number 4", "list_marker", at="4    立信")
t("5", "item number 5", "list_marker", at="5   董事会决议")
ordn("第八届", 8, "董事会届次", unit="届")
ordn("第二十五次", 25, "董事会会议次序", unit="次")
date("2023年度", "2023")
t("10股", "每10股: the divisor of the per-10-share dividend rate, not a count of shares; preferred not extracted.", "vague_or_generic", True)
s("2.13元", "每10股派发现金红利（含税）", scope="2023年度；国联股份", note="rate per 10 shares: 每10股派发现金\\n\\n红利2.13元 (the phrase spans a blank line).")
s("153,092,112.67元", "共计派发现金红利（含税）", value=153092112.67, scope="2023年度；国联股份")
date("2023年度", "2023")
date("2023年", "2023")
t("第二节", "section number", "list_marker")
t("1", "item number 1", "list_marker", at="1   公司简介")
D.write("../i11-guolian-annual-report-2023-summary-sohu-hard-breaks")
