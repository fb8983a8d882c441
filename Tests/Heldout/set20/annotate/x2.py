from lib import Doc
D = Doc("../x2-medical-security-bulletin-2023-news-repost-variant-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# News on the 2023年全国医疗保障事业发展统计公报 (国家医保局, published 25 July 2024), reposted in traditional script with
# variant characters (毉 for 醫, 蓡 for 參, 縂, 儅, 槼, 鄕, 搆) on a spam site. Classifiers and units as written (萬人 → 人 ×10⁴,
# 億元 → 元 ×10⁸). Stocks 截至2023年底 → 2023年末；全國; flows and rates of the year → 2023年；全國. 增長 → up; levels, rates
# (住院率, 支付比例) → no direction. `13億` (people, no classifier) → count, unit null, approx_more (超/超過 outside the surface).
Y, E = "2023年；全國", "2023年末；全國"
s("13億", "全國基本醫療保險參保人數（標題）", value=1300000000, unit=None, kind="count", q="approx_more", scope=E,
  note="headline: 蓡保人數超13億 (no classifier; 超 outside the surface).")
s("28千億", "基本醫療保險基金總支出（標題）", value=2800000000000, unit=None, kind="money", q="approx_more", scope=Y,
  note="headline: 支出超28千億 = over 2.8万亿 (元 not written; 28208.38億元 in the body). AMBIGUOUS: 千億 is an unusual scale.")
t("28千億", "headline 28千億 (元 not written, unusual scale 千億 = 10¹¹): extraction (2.8×10¹²) preferred, omission acceptable.",
  "vague_or_generic", ambiguous=True, gold_surface="28千億")
date("7月25日", "2024-07-25", subject="公報發佈日期", note="今天(7月25日) 發佈《2023年…公報》: the 2023 bulletin was released on 2024-07-25 (year from that fact, not stated).")
date("2023年", "2023", subject="公報年度")
s("13億", "全國基本醫療保險參保人數", value=1300000000, unit=None, kind="count", q="approx_more", scope=E,
  note="已經超過13億 (超過 outside the surface; no classifier).")
s("33501.36億元", "基本醫療保險基金總收入", scope=Y)
s("28208.38億元", "基本醫療保險基金總支出", scope=Y)
date("2023年底", "2023-12", subject="截至時點")
s("37095萬人", "職工醫保參保人數", scope=E)
s("22931.65億元", "職工醫保基金收入", scope=Y)
s("10.3%", "職工醫保基金收入較上年增長", d="up", scope=Y)
s("84.6%", "住院費用目錄內基金支付比例（職工醫保）", scope=Y)
s("20.2%", "職工醫保參保人員享受待遇人次增長", d="up", scope=Y)
s("21.86%", "職工醫保住院率", scope=Y)
s("12175元", "職工醫保次均住院費用", scope=Y)
s("84.6%", "職工醫保住院費用目錄內基金支付比例", scope=Y, note="repeats the 84.6% of the first paragraph.")
for v, n in (("83.5%", "一"), ("87.4%", "二"), ("89.4%", "三")):
    s(v, f"職工醫保住院費用支付比例（不同醫療機構之{n}）", scope=Y, note="分別爲 over three unnamed 醫療機構 levels (order as written).")
date("2023年底", "2023-12", subject="截至時點")
s("96294萬人", "城鄉居民基本醫療保險參保人數", scope=E)
s("10569.71億元", "居民醫保基金收入", scope=Y)
s("10457.65億元", "居民醫保基金支出", scope=Y)
s("112.06億元", "居民醫保基金當期結存", scope=Y)
s("7663.70億元", "居民醫保基金累計結存", scope=E)
s("21.1%", "居民醫保參保人員享受待遇人次增長", d="up", scope=Y)
s("20.7%", "居民醫保住院率", scope=Y)
s("7674元", "居民醫保次均住院費用", scope=Y)
s("68.1%", "居民醫保住院費用目錄內基金支付比例", scope=Y)
for v, n in (("63.2%", "一"), ("72.4%", "二"), ("80.8%", "三")):
    s(v, f"居民醫保住院費用支付比例（不同醫療機構之{n}）", scope=Y, note="分別爲 over three unnamed 醫療機構 levels (order as written).")
s("8.5個月", "居民醫保基金可支付月數", value=8.5, unit="個月", kind="measure", scope=E,
  note="months of payments the balance covers (a stock/flow ratio in months), not a time span; annotated as a measure.")
D.write("../x2-medical-security-bulletin-2023-news-repost-variant-trad")
