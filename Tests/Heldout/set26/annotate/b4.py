from lib import Doc
D = Doc("../b4-nhc-health-bulletin-2020-chinanews-qa-traditional-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中新網 (記者 張尼, 2021-07-14) question-and-answer summary of 《2020年我國衛生健康事業發展統計公報》, traditional-script repost
# (sqzimxl.cn), kept from the breadcrumb line; the store stops at `每千人口執業(助理)醫師2.90` (unit 人 cut: supplied, note).
# Scope `2020年末；全國` (時點 figures) and `2019年；全國`/`2020年；全國` for 每千人口 床位. Units as written (個, 張, 人; 萬 ×10⁴).
# 比上年增加 / 增長 → up; 由2019年6.30張增加到2020年6.46張 → two levels, no direction (as set 13). 總數超102萬 / 超1300萬人
# (sub-headlines) → approx_more, 超 outside the surface; 102萬 has no unit (機構 個 not written) → unit null.
tall("多少", "多少 (how many/how much, in a question): not an approximator.", "approximator_lookalike")
tall("每千人口", "每千人口 (per thousand population): the indicator's denominator, not a quantity (as 每万人口, set 15).", "vague_or_generic")
tall("百姓", "老百姓 (ordinary people): 百 is not a number.", "idiom_or_figurative")
date("7月14日", "2021-07-14", subject="發稿日期", note="year 2021 from the bulletin year (2020 bulletin published July 2021) and the page context.")
date("2020年", "2020", subject="公報年度（標題）")
date("2020年末", "2020", subject="統計時點", note="年末 = end of 2020.")
D.scope = "2020年末；全國"
s("102萬", "醫療衛生機構總數（小標題，超）", value=1020000, unit=None, kind="count", q="approx_more",
  note="——截至2020年末總數超102萬: 超 → approx_more; no unit written.")
date("2020年末", "2020", subject="統計時點")
s("1022922個", "全國醫療衛生機構總數", kind="count")
s("15377個", "醫療衛生機構比上年增加", kind="count", d="up")
date("2020年末", "2020", subject="統計時點")
s("910.1萬張", "全國醫療衛生機構床位", value=9101000, unit="張", kind="count")
s("713.1萬張", "醫院床位", value=7131000, unit="張", kind="count")
s("78.4%", "醫院床位占比")
s("164.9萬張", "基層醫療衛生機構床位", value=1649000, unit="張", kind="count")
s("18.1%", "基層醫療衛生機構床位占比")
s("29.6萬張", "專業公共衛生機構床位", value=296000, unit="張", kind="count")
s("3.3%", "專業公共衛生機構床位占比")
s("71.4%", "公立醫院床位占醫院床位比重")
s("28.6%", "民營醫院床位占醫院床位比重")
date("2019年", "2019", subject="比較年度")
s("6.30張", "每千人口醫療衛生機構床位數", value=6.3, unit="張", kind="count", scope="2019年；全國",
  note="由2019年6.30張增加到2020年6.46張: two levels, no direction; 每千人口 is the denominator (as set 15's 每万人口).")
date("2020年", "2020", subject="報告年度")
s("6.46張", "每千人口醫療衛生機構床位數", value=6.46, unit="張", kind="count", scope="2020年；全國")
s("1300萬人", "衛生人員總數（小標題，超）", value=13000000, unit="人", kind="count", q="approx_more",
  note="——總數超1300萬人: 超 → approx_more.")
t("近年", "近年來 (in recent years): not an approximator.", "approximator_lookalike")
date("2020年末", "2020", subject="統計時點")
s("1347.5萬人", "全國衛生人員總數", value=13475000, unit="人", kind="count")
s("54.7萬人", "衛生人員比上年增加", value=547000, unit="人", kind="count", d="up")
date("2020年末", "2020", subject="統計時點")
s("1067.8萬人", "衛生技術人員", value=10678000, unit="人", kind="count")
s("408.6萬人", "執業（助理）醫師", value=4086000, unit="人", kind="count")
s("470.9萬人", "注冊護士", value=4709000, unit="人", kind="count")
s("52.4萬人", "衛生技術人員比上年增加", value=524000, unit="人", kind="count", d="up")
s("5.2%", "衛生技術人員比上年增長", d="up")
date("2020年末", "2020", subject="統計時點")
s("42.0%", "衛生技術人員中本科及以上學歷占比", note="本科及以上 is the category (not a qualifier of 42.0%).")
date("2020年", "2020", subject="報告年度")
s("2.90", "每千人口執業（助理）醫師（截斷）", value=2.9, unit="人", kind="count", scope="2020年；全國",
  note="the stored text stops after 2.90: unit 人 supplied (the bulletin's 每千人口執業(助理)醫師2.90人).")
D.write("../b4-nhc-health-bulletin-2020-chinanews-qa-traditional-repost")
