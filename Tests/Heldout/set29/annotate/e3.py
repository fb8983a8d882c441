from lib import Doc
D = Doc("../e3-nbs-pmi-2015-08-chinadaily-repost-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中國日報網 2015-09-01: 国家统计局 manufacturing PMI for 2015年8月, traditional repost (the headline is printed twice, the
# second time where the page had a chart). PMI levels → percent %. `比上月回落/下降/微降 N個百分點` → down; `回升/上升` → up.
# `連續兩個月` → duration 2 個月. `年內首次` has no figure. The store stops at `原材料供應商`.
D.scope = "2015年8月；全國"
PP = "個百分點"
def up(surf, subj, **k): return s(surf, subj, unit=PP, kind="percent", d="up", **k)
def dn(surf, subj, **k): return s(surf, subj, unit=PP, kind="percent", d="down", **k)
date("8月", "2015-08", subject="统计月份（标题）", note="year from the date line (2015-09-01).")
s("49.7%", "制造業PMI（标题）")
date("2015-09-01 10:03:28", "2015-09-01", subject="发布时间")
date("9月1日", "2015-09-01", subject="电讯日期", note="中國日報網9月1日電: year from the date line.")
date("8月", "2015-08", subject="统计月份", note="year from the date line.")
date("2015年8月份", "2015-08", subject="统计月份")
s("49.7%", "制造業采購經理指數(PMI)")
dn("0.3個百分點", "制造業PMI比上月回落")
date("8月", "2015-08", subject="统计月份（重复标题）", note="year from the date line.")
s("49.7%", "制造業PMI（重复标题）")
s("49.9%", "大型企業PMI")
dn("0.7個百分點", "大型企業PMI比上月下降")
s("49.8%", "中型企業PMI")
dn("0.2個百分點", "中型企業PMI比上月下降")
s("48.1%", "小型企業PMI")
up("1.2個百分點", "小型企業PMI比上月回升")
s("5個", "構成制造業PMI的分類指數個數", kind="count")
s("51.7%", "生產指數")
dn("0.7個百分點", "生產指數比上月回落")
s("49.7%", "新訂單指數")
dn("0.2個百分點", "新訂單指數比上月下降")
dur("兩個月", 2, "新訂單指數位于臨界點下方持續時間", unit="個月", note="連續兩個月.")
s("47.9%", "從業人員指數")
dn("0.1個百分點", "從業人員指數比上月微降")
s("48.3%", "原材料庫存指數")
dn("0.1個百分點", "原材料庫存指數比上月下降")
s("50.6%", "供應商配送時間指數")
up("0.2個百分點", "供應商配送時間指數比上月上升")
D.write("../e3-nbs-pmi-2015-08-chinadaily-repost-trad")
