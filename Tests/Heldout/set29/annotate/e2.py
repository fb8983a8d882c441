from lib import Doc
D = Doc("../e2-nbs-pmi-2025-03-sohu-repost-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 国家统计局 monthly PMI release for 2025年3月 (一、制造业 PMI; 二、非制造业, cut at `比`), traditional, as reposted by a
# 搜狐 local channel (time 2025-03-31). PMI and 分项指数 written with % → percent levels (unit %; not index: the release
# writes %). `比上月上升/下降 N個百分點` → up/down. `中、小型企業PMI分別為49.9%和49.6%,比上月上升0.7和3.3個百分點`: 0.7
# takes 個百分點 from 3.3 (unit supplied, note). 臨界點 (50%) carries no figure. `5個分類指數` → count 5 個.
D.scope = "2025年3月；全國"
PP = "個百分點"
def up(surf, subj, **k): return s(surf, subj, unit=PP, kind="percent", d="up", **k)
def dn(surf, subj, **k): return s(surf, subj, unit=PP, kind="percent", d="down", **k)
YR = "year from the page's time line (2025-03-31)."
date("3月", "2025-03", subject="统计月份（标题）", note=YR)
s("50.5%", "制造業PMI（标题）")
up("0.3個百分點", "制造業PMI比上月上升（标题）")
date("2025-03-31 11:30:55", "2025-03-31", subject="发布时间")
t("一、", "section number 一、中國制造業采購經理指數運行情況.", "list_marker")
date("3月份", "2025-03", subject="统计月份", note=YR)
s("50.5%", "制造業采購經理指數(PMI)")
up("0.3個百分點", "制造業PMI比上月上升")
s("51.2%", "大型企業PMI")
dn("1.3個百分點", "大型企業PMI比上月下降")
s("49.9%", "中型企業PMI", note="中、小型企業PMI分別為49.9%和49.6%.")
s("49.6%", "小型企業PMI")
up("0.7", "中型企業PMI比上月上升", value=0.7, note="比上月上升0.7和3.3個百分點: 個百分點 written once, supplied for 0.7.")
up("3.3個百分點", "小型企業PMI比上月上升")
s("5個", "構成制造業PMI的分類指數個數", kind="count")
s("52.6%", "生產指數")
up("0.1個百分點", "生產指數比上月上升")
s("51.8%", "新訂單指數")
up("0.7個百分點", "新訂單指數比上月上升")
s("47.2%", "原材料庫存指數")
up("0.2個百分點", "原材料庫存指數比上月上升")
s("48.2%", "從業人員指數")
dn("0.4個百分點", "從業人員指數比上月下降")
s("50.3%", "供應商配送時間指數")
dn("0.7個百分點", "供應商配送時間指數比上月下降")
t("二、", "section number 二、中國非制造業采購經理指數運行情況.", "list_marker")
date("3月份", "2025-03", subject="统计月份", note=YR)
s("50.8%", "非制造業商務活動指數")
up("0.4個百分點", "非制造業商務活動指數比上月上升")
s("53.4%", "建筑業商務活動指數")
up("0.7個百分點", "建筑業商務活動指數比上月上升")
s("50.3%", "服務業商務活動指數", note="the store stops after `比`.")
D.write("../e2-nbs-pmi-2025-03-sohu-repost-trad")
