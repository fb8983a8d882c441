from lib import Doc
D = Doc("../f11-macau-industry-hard-breaks-trad-bcrsw.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A section on 澳門 industry (an economic survey text, traditional script with 壹 for 一 throughout), as served by a page
# that keeps the print's hard line breaks inside words (`本世\n紀`, `產\n值`, `增\n長`) and inside one number
# (`銷往10\n0多個國家`, lines 15-16 → 100多個, approx_more). Its figures describe 八十年代中期 (the mid-1980s): scope
# `20世紀80年代中期；澳門`. Decades (七十年代, 八十年代, 九十年代) → date ranges 1970/1979 etc. (本世紀 = the 20th century).
# `近二三十年` → duration range 20-30 年, approx (近 in the surface). `2700余間` → approx_more; `工人8萬` → count, no
# classifier written (unit null). `三分之壹` → ratio 1/3. `第壹大產業` → ordinal. `不足百人` → 100 人 at_most (不足
# outside). `500人以上`, `90%以上`, `70%以上` → approx_more with 以上 in the surface. `兩位數`/`壹位數` (growth in double /
# single digits) → AMBIGUOUS traps without gold_id. 壹些, 壹方面, 另壹方面 → idiom traps; `二、` → list marker.
M = "20世紀80年代中期；澳門"
D.scope = M
dur("近二三十年", 20, "澳門現代工業發展歷時", q="approx", note="近二三十年: twenty to thirty years (value 20, value_max 30); 近 in the surface.")
D.items[-1]["value_max"] = 30
date("七十年代", "1970/1979", subject="年代（本世紀七十年代）", note="本世\\n紀七十年代 = the 1970s; 本世紀 (this century) is broken by the line end.")
date("八十年代", "1980/1989", subject="年代（八十年代中期）")
s("2700余間", "澳門工廠", unit="間", kind="count", q="approx_more")
s("8萬", "澳門工業工人", value=80000, unit=None, kind="count", note="工人8萬: no classifier written (人 implied), unit null.")
s("37%", "工業產值占全澳總產值的比重", note="產\\n值占全澳總產值的37%: 產值 broken by the line end.")
ordn("第壹大", 1, "工業在澳門經濟中的位次", note="第壹大產業: the first (largest) industry; 壹 = 一.")
s("三分之壹", "工業提供就業崗位的澳門勞動人口比重", value=0.3333333333333333, unit=None, kind="ratio", note="三分之壹 = 1/3 (壹 = 一).")
s("70%", "制衣、毛紡毛織占工業總產值的比重", note="占\\n總產值的70%: the line breaks after 占.")
s("百人", "小廠規模上限（不足）", value=100, unit="人", kind="count", q="at_most", note="不足百人的小廠: 不足 outside the surface → at_most (set 28).")
s("500人以上", "只有幾家的較大工廠規模（以上）", q="approx_more", note="500人以上的工廠只有幾家: 以上 in the surface → approx_more.")
s("90%以上", "產品出口比重", q="approx_more")
s("10\n0多個", "工業產品銷往的國家和地區", value=100, unit="個", kind="count", q="approx_more",
  note="銷往10\\n0多個國家: the hard line break falls inside the number 100; 多 → approx_more.")
s("70%以上", "銷往美國和歐洲共同體國家的產品比重", q="approx_more", note="歐***體 (歐洲共同體) masked by the source.")
date("九十年代", "1990/1999", subject="年代（本世紀九十年代）")
date("八十年代", "1980/1989", subject="年代（增長幅度比較）")
t("多", "多數是不足百人的小廠: 多數 (most), not an approximator", "approximator_lookalike", at="多數")
t("多", "大多經營靈活: 大多 (mostly), not an approximator", "approximator_lookalike", at="大多")
t("壹", "東南亞壹\\n些國家: 壹些 (some), broken by the line end", "idiom_or_figurative", at="東南亞壹")
t("兩位數", "由八十年代的兩位數降為壹位數: growth 'in double digits' (≥10%), a range of rates; preferred not extracted.", "vague_or_generic", True)
t("壹位數", "降為壹位數: growth 'in single digits' (<10%); preferred not extracted.", "vague_or_generic", True)
t("壹些", "澳門的壹些: 壹些 (some)", "idiom_or_figurative", at="澳門的壹些")
t("壹方面", "壹方面: 'on the one hand'", "idiom_or_figurative", at="壹方面開發")
t("另壹方面", "另壹方面: 'on the other hand'", "idiom_or_figurative", at="另壹方面")
t("二、", "section number 二、 (博彩旅遊業)", "list_marker")
t("近", "鄰近 (neighbouring): 近 not an approximator", "approximator_lookalike", at="由於鄰近")
t("三", "珠江三角洲: place name (Pearl River Delta)", "name_or_title", at="珠江三角洲")
t("多", "許多 (many), not an approximator", "approximator_lookalike", at="許多")
t("近", "鄰近地區 (neighbouring areas): 近 not an approximator", "approximator_lookalike", at="的鄰近地區")
D.write("../f11-macau-industry-hard-breaks-trad-bcrsw")
