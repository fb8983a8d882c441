from lib import Doc
D = Doc("../f3-hk-ipo-2025-chinanews-macau-vakiodaily-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 香港中通社 item of 9月28日 (2025: 陳茂波's blog; 自去年9月以來 H股; the year is not written), reposted by 澳門 華僑報
# (vakiodaily), traditional script. 今年 → scope `2025年；香港`. `千五百億元` (colloquial 1500億) in the headline →
# 150000000000 元, approx (近 in the surface). `接近1500億港元`, `接近3倍` → approx with 接近 in the surface (as 约/近).
# `超30%`, `超過2500億港元` → approx_more (超/超過 outside the surface, as set 28). `超過其GDP的兩倍` → ratio 2 倍,
# approx_more. `三地`, `兩大股市` → counts with AMBIGUOUS traps (gold_id), as 两大/三大 (sets 20/26/28).
Y = "year 2025 not written (中通社 9月28日; 自去年9月以來 H股 listings)."
H = "2025年；香港"
D.scope = H
s("近千五百億元", "今年香港IPO集資（標題）", value=150000000000, unit="元", kind="money", q="approx",
  note="千五百億元: colloquial 一千五百億 = 1500億; 近 in the surface → approx.")
date("9月28日", "2025-09-28", subject="电讯日期", note=Y)
date("28日", "2025-09-28", subject="发表网誌日期", note=Y)
s("接近1500億港元", "今年新股集資(IPO)總額", value=150000000000, unit="港元", kind="money", q="approx",
  note="接近 (nearly) kept in the surface as 近/约 are.")
s("30%", "恒生指數今年來累計上升（超）", d="up", q="approx_more", note="累計上升超30%: 超 outside the surface → approx_more.")
s("2500億港元", "每日平均成交額（超過）", kind="money", q="approx_more", note="超過 outside the surface → approx_more.")
date("首八個月", "2025-01/2025-08", subject="统计期", note=Y)
s("接近3倍", "上市公司再融資額相當於IPO集資額的倍數", value=3, unit="倍", kind="ratio", q="approx", scope="2025年1-8月；香港")
date("去年9月", "2024-09", subject="起始月份", note=Y)
s("14家", "在港上市H股", scope="2024年9月以來；香港")
s("28%", "相關A股日均成交額整體漲幅", d="up", scope="2024年9月以來；內地A股")
s("15%", "相關A股股價平均上升", d="up", scope="2024年9月以來；內地A股")
s("三地", "股市（香港、上海和深圳）", value=3, unit="地", kind="count", scope="香港、上海、深圳",
  note="AMBIGUOUS: 三地股市 names the three markets just listed; count preferred (as 四個民族, set 28).")
s("兩大", "美國股市", value=2, unit=None, kind="count", scope="美國", note="AMBIGUOUS: 兩大股市, as 两大行业 (set 28).")
s("兩倍", "美國兩大股市總市值相當於GDP的倍數（超過）", value=2, unit="倍", kind="ratio", q="approx_more", scope="美國",
  note="超過其GDP的兩倍: 超過 outside the surface → approx_more.")
t("三地", "香港、上海和深圳三地: a count of the places just named; extraction as 3 preferred.", "vague_or_generic", True, gold_surface="三地")
t("兩大", "美國兩大股市: 'the two big' markets, as 两大行业 (set 28).", "vague_or_generic", True, gold_surface="兩大")
t("多", "多元拓展: 多元 (diversified), not an approximator", "approximator_lookalike")
D.write("../f3-hk-ipo-2025-chinanews-macau-vakiodaily-trad")
