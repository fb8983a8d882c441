from lib import Doc
D = Doc("../l4-guangxi-audit-results-2023-sjt-gxzf.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 广西审计厅 (sjt.gxzf.gov.cn) 全区审计机关 totals for 2023年1至12月. `(含历年审计项目在2023年的整改金额)` → a date.
date("2023年1至12月", "2023-01/2023-12", subject="统计期")
D.scope = "2023年1至12月；广西全区审计机关"
s("1790个", "完成审计项目")
s("3114.93亿元", "查出问题金额")
s("752.17亿元", "审计促进整改落实有关问题金额")
date("2023年", "2023", subject="整改金额所属年度")
s("7206条", "提出建议")
s("6680条", "被采纳的建议")
s("1664项", "建立健全规章制度和制定整改措施", kind="count")
D.write("../l4-guangxi-audit-results-2023-sjt-gxzf")
