from lib import Doc
D = Doc("../i13-laixi-q1-2014-projects-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 莱西 e-paper (laixinews.com/epaper, 二版 综合新闻, 总第1343期, 2014-04-29): 市招商局 figures on 内资 projects in 一季度
# 2014. Page furniture: `二版`, `总第1343期` → traps. `投资5000万元以上在建内资项目` → a size-class threshold with a
# number: money approx_more + AMBIGUOUS trap with gold_id (as `30亿元以上项目`, set 2x); `投资亿元以上` (bare 亿) →
# AMBIGUOUS trap without gold_id. `同比增加11个` → count up. `分别占…25%和23.4%` → shares in order (项目数, 投资总额).
S = "2014年一季度；莱西市"
t("二", "二版: page number of the e-paper", "list_marker")
t("第1343期", "issue number of the newspaper (总第1343期)", "name_or_title")
date("2014-04-29", "2014-04-29", subject="编印日期")
date("一季度", "2014-Q1", subject="统计期（标题）", note="year from the issue date 2014-04-29.")
date("2014-04-29", "2014-04-29", subject="刊发日期")
date("一季度", "2014-Q1", subject="统计期", note="year from the issue date 2014-04-29.")
D.scope = S
s("5000万元以上", "在建内资项目投资额门槛", q="approx_more", note="size-class threshold with an explicit number (as 30亿元以上项目): money approx_more; also an AMBIGUOUS trap.")
t("5000万元以上", "size-class threshold of 投资5000万元以上项目; extraction preferred (gold), omission acceptable.", "vague_or_generic", True, gold_surface="5000万元以上")
s("80个", "投资5000万元以上在建内资项目")
s("11个", "5000万元以上在建内资项目同比增加", d="up")
s("415.9亿元", "5000万元以上在建内资项目投资总额")
t("亿元以上", "投资亿元以上在建项目: size class with a bare 亿; preferred not extracted.", "vague_or_generic", True)
s("77个", "投资亿元以上在建项目")
s("13个", "亿元以上在建项目同比增加", d="up")
s("414亿元", "亿元以上在建项目投资总额")
s("80个", "在建项目（总数）")
s("20个", "战略新兴产业项目")
s("97.3亿元", "战略新兴产业项目投资总额")
s("25%", "战略新兴产业项目占在建项目总数比重")
s("23.4%", "战略新兴产业项目投资总额占比", note="分别占在建项目总数的25%和23.4%: the second share is of 投资总额.")
s("24个", "机械制造业项目")
s("132.8亿元", "机械制造业项目投资总额")
s("30%", "机械制造业项目占在建项目总数比重")
s("31.9%", "机械制造业项目投资总额占比")
s("14个", "现代服务业项目")
s("126.4亿元", "现代服务业项目投资总额")
s("17.5%", "现代服务业项目占在建项目总数比重")
s("30.4%", "现代服务业项目投资总额占比")
D.write("../i13-laixi-q1-2014-projects-epaper")
