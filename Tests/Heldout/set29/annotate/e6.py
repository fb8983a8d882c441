from lib import Doc
D = Doc("../e6-nbs-pmi-2016-05-annex-repost-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 国家统计局 manufacturing PMI for 2016年5月, traditional repost with the page's info bullets and `??` for lost
# full-width spaces at the start of paragraphs, up to the start of the 附注 (1.主要指標解釋). PMI levels → percent %.
# `與上月持平` has no figure. `連續三個月` → duration 3 個月 (twice). `比上月回落` → down; `上升/回升/微升/小幅回升` → up.
D.scope = "2016年5月；全國"
PP = "個百分點"
def up(surf, subj, **k): return s(surf, subj, unit=PP, kind="percent", d="up", **k)
def dn(surf, subj, **k): return s(surf, subj, unit=PP, kind="percent", d="down", **k)
date("5月", "2016-05", subject="统计月份（标题）", note="year from the release line (2016年5月份).")
s("50.1%", "制造業采購經理指數（标题）")
date("2016-06-13 13:50:45", "2016-06-13", subject="发布时间")
t("二", "掃描二維碼分享: 二維碼 (QR code), a word.", "name_or_title")
date("2016-06-13", "2016-06-13", subject="發布時間")
date("2016年5月份", "2016-05", subject="统计月份")
s("50.1%", "制造業采購經理指數(PMI)", note="與上月持平: no change figure.")
dur("三個月", 3, "位于擴張區間持續時間", unit="個月", note="連續三個月.")
s("50.3%", "大型企業PMI")
dn("0.7個百分點", "大型企業PMI比上月回落")
s("50.5%", "中型企業PMI")
up("0.5個百分點", "中型企業PMI比上月上升")
s("48.6%", "小型企業PMI")
up("1.7個百分點", "小型企業PMI比上月回升")
s("5個", "構成制造業PMI的分類指數個數", kind="count")
s("52.3%", "生產指數")
up("0.1個百分點", "生產指數比上月微升")
s("50.7%", "新訂單指數")
dn("0.3個百分點", "新訂單指數比上月回落")
dur("三個月", 3, "新訂單指數高于臨界點持續時間", unit="個月", note="連續三個月.")
s("48.2%", "從業人員指數")
up("0.4個百分點", "從業人員指數比上月回升")
s("47.6%", "原材料庫存指數")
up("0.2個百分點", "原材料庫存指數比上月小幅回升")
s("50.4%", "供應商配送時間指數")
up("0.3個百分點", "供應商配送時間指數比上月上升")
t("1.", "annex item number 1.主要指標解釋.", "list_marker", at="附注")
D.write("../e6-nbs-pmi-2016-05-annex-repost-trad")
