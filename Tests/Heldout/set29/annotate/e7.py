from lib import Doc
D = Doc("../e7-shanxi-women-children-monitoring-2007-chinagate.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 山西省 2007年妇女儿童事业发展监测统计公报, section 五 (卫生保健) as stored on 中国发展门户网 (2009-03-19); the store
# stops at `5岁以下儿童死`. 亿元 → 元 ×10⁸, 万元 → 元 ×10⁴. `比2006年增加N` / `增长N%` → up. Age bounds `7岁以下`,
# `5岁以下` and the garbled `04个月` (0-4个月 with its dash lost: `99.34%04个月纯母乳喂养率`) → AMBIGUOUS traps without
# gold_id (set 14). `07年` → 2007.
D.scope = "2007年；山西省"
date("07年", "2007", subject="公报年度（标题）", note="07年 = 2007 (two-digit year).")
date("2009 年 03 月 19 日", "2009-03-19", subject="发布日期")
t("五、", "section number 五、妇女儿童卫生保健情况.", "list_marker")
t("(一)", "list marker (一).", "list_marker")
date("2007年", "2007", subject="统计年度")
s("52.10亿元", "全省财政性卫生经费")
date("2006年", "2006", subject="比较年份")
s("15.94亿元", "财政性卫生经费比2006年增加", d="up")
s("44.08%", "财政性卫生经费增长", d="up")
s("17009万元", "妇幼卫生经费")
date("2006年", "2006", subject="比较年份")
s("3001万元", "妇幼卫生经费比2006年增加", d="up")
s("21.43%", "妇幼卫生经费增长", d="up")
s("86200万元", "计划生育事业费")
date("2006年", "2006", subject="比较年份")
s("18044万元", "计划生育事业费比2006年增加", d="up")
s("26.47%", "计划生育事业费增长", d="up")
t("(二)", "list marker (二).", "list_marker")
t("7岁以下", "age bound of the population (7岁以下儿童保健管理率), not a statement.", "vague_or_generic", ambiguous=True)
s("71.83%", "7岁以下儿童保健管理率")
s("99.34%", "儿童乙肝疫苗接种率")
t("04个月", "age bound 0-4个月 (the dash lost in the store: `99.34%04个月`) of 纯母乳喂养率, not a statement.",
  "vague_or_generic", ambiguous=True)
s("90.54%", "0-4个月纯母乳喂养率", note="the store prints `99.34%04个月纯母乳喂养率90.54%`: 04个月 = the age bound 0-4个月.")
t("5岁以下", "age bound (5岁以下儿童死亡率), the line is cut in the store.", "vague_or_generic", ambiguous=True)
D.write("../e7-shanxi-women-children-monitoring-2007-chinagate")
