from lib import Doc
D = Doc("../o6-jiangsu-cppcc-proposal-work-report-2019-abstract.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# Abstract (journal-site page) of the 提案工作情况报告 of 政协江苏省第十二届委员会常务委员会 (2019/2020 session): 大会提案/平时提案
# 件, 立案 件, 立案率 %, 集体/委员和界别提案 件, 承办单位 家, 办复率 %. 第十二届/二次会议 → name traps; 一、 → list marker;
# 70周年 → ordinal (earlier gold); 70华诞 → ordinal too (same anniversary); 一年来 → duration (earlier gold); 习近平 → trap.
t("第十二届", "委员会届次 (name).", "name_or_title")
t("二次会议", "会议次数 (name).", "name_or_title")
t("一", "一、 (item number).", "list_marker")
date("2019年", "2019", subject="年份")
ordn("70周年", 70, "中华人民共和国成立周年数", unit="周年")
ordn("70华诞", 70, "人民政协成立周年数", unit="华诞", note="喜迎70华诞: the 70th anniversary (as 70周年).")
dur("一年来", 1, "工作回顾期间")
t("近", "习近平 (a name).", "approximator_lookalike")
date("2019年11月", "2019-11", subject="统计截至时间")
D.scope = "截至2019年11月；政协江苏省第十二届委员会"
s("950件", "提交大会提案")
s("24件", "平时提案")
s("824件", "经审查立案提案")
s("84.6%", "提案立案率")
s("151件", "集体提案")
s("673件", "委员和界别提案")
s("95家", "承办单位")
s("99.8%", "提案办复率")
t("多", "许多 (many): not an approximator.", "approximator_lookalike")
D.write("../o6-jiangsu-cppcc-proposal-work-report-2019-abstract")
