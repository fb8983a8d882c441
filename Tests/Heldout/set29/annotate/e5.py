from lib import Doc
D = Doc("../e5-nbs-pmi-2022-11-jiedu-beithealth-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# Short news item (traditional) on the November PMI and 赵庆河's 解读; year from the page address (2022/12-05) and the
# figures (48.0%, 46.7%). PMI levels → percent %; `比上月下降N個百分點` → down.
D.scope = "2022年11月；全國"
YR = "year from the page address (2022/12-05)."
PP = "個百分點"
date("11月30日", "2022-11-30", subject="发布日期", note=YR)
date("11月", "2022-11", subject="统计月份", note=YR)
s("48.0%", "制造業采購經理指數(PMI)")
s("1.2個百分點", "制造業PMI比上月下降", unit=PP, kind="percent", d="down")
s("46.7%", "非制造業商務活動指數")
s("2.0個百分點", "非制造業商務活動指數比上月下降", unit=PP, kind="percent", d="down")
date("11月", "2022-11", subject="统计月份（解读）", note=YR)
D.write("../e5-nbs-pmi-2022-11-jiedu-beithealth-trad")
