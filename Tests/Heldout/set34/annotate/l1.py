from lib import Doc
D = Doc("../l1-quzhou-audit-work-report-2018-qz.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 衢州市审计局 2018年度 审计工作报告 (qz.gov.cn, 2019-11-26), opening part up to where the store stops (`逐`).
# The 全市审计系统 totals cover 2018年7月至2019年6月 (the audit year), not the 预算 year 2018.
# 份 (公告审计结果130份) → count. 违规/损失浪费/管理不规范/处理处罚 金额 → money. 1433/八大任务/三大攻坚战 → slogan traps.
t("11330800002618269G/2019-103308", "索引号 (document index number).", "name_or_title")
date("2019-11-26", "2019-11-26", subject="成文日期")
date("2018年度", "2018", subject="预算执行年度（标题）")
date("2018年度", "2018", subject="预算执行年度")
date("2018年度", "2018", subject="审计的预算执行年度")
t("近", "习近平 (a name).", "approximator_lookalike")
t("1433", "市委“1433”发展战略体系 (slogan name).", "slogan_count")
t("八", "“八大任务” (slogan).", "slogan_count")
t("三", "“打好三大攻坚战” (slogan).", "slogan_count")
date("2018年7月", "2018-07", subject="审计统计期起")
date("2019年6月", "2019-06", subject="审计统计期止")
D.scope = "2018年7月至2019年6月；衢州市全市审计系统"
s("108个", "完成审计和审计调查项目")
s("130份", "向社会公告审计结果", kind="count")
s("2.23亿元", "查出违规金额")
s("1800万元", "损失浪费金额")
s("141.48亿元", "管理不规范金额")
s("34.85亿元", "审计处理处罚金额")
s("27项", "促进完善制度", kind="count")
s("131条", "提出审计建议被采纳")
date("2018年", "2018", subject="审计结果所述年度")
t("一", "进一步增强 (idiom).", "idiom_or_figurative")
D.write("../l1-quzhou-audit-work-report-2018-qz")
