from lib import Doc
D = Doc("../j12-ningde-12th-fyp-midterm-trad-glossed-zcjczz.txt")
K = dict(kind="count")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 寧德網 (記者 楊洋) 2013-11 on the 寧德市 “十二五” 規劃 中期評估 (a plan's 完成 vs 目標 report), traditional with pinyin
# glosses and the site's doubled commas. `分別高于全省平均水平2.1個和1.3個百分點` → two up-changes, the first with an
# elided 百分點 (surface `2.1個`, unit 個百分點). `兩年多來` → duration 2 年 approx_more. `第八位` → ordinal 位.
# `“十二五”`, `第十二個五年規劃` → name traps; `兩個力爭` → slogan trap; `約束性` → approximator look-alike.
tall("十二五", "“十二五” (the 12th Five-Year Plan), a name.", "name_or_title")
s("37項", "主要指標（標題）", kind="count", scope="“十二五”規劃；寧德市")
t("近日", "近日 (recently): 近 is not an approximator.", "approximator_lookalike", at="寧德網")
t("第十二個五年", "《…第十二個五年規劃綱要》: title of the plan, not a count.", "title_embedded_count", at="寧德網")
dur("兩年多", 2, "《綱要》實施時間", q="approx_more", note="實施兩年多來: duration 2 年, approx_more (多 in the surface).")
t("兩個", "“兩個力爭” (the two 'strive for' goals, a slogan).", "slogan_count")
date("2011~2012年", "2011/2012", subject="統計期")
s("13.9%", "寧德經濟平均年增速", d="up", scope="2011~2012年；寧德市")
date("2013年上半年", "2013-01/2013-06", subject="統計期")
s("12.6%", "寧德經濟增長", d="up", scope="2013年上半年；寧德市")
s("2.1個", "2011~2012年經濟平均年增速高于全省平均水平", value=2.1, unit="個百分點", kind="percent", d="up", scope="2011~2012年；寧德市", note="分別高于…2.1個和1.3個百分點: 百分點 elided after 2.1個.")
s("1.3個百分點", "2013年上半年經濟增速高于全省平均水平", value=1.3, unit="個百分點", kind="percent", d="up", scope="2013年上半年；寧德市")
date("2011年", "2011", subject="統計年份")
ordn("第八位", 8, "經濟總量和公共財政總收入全省位次", unit="位")
date("2012年", "2012", subject="統計年份")
date("2013年上半年", "2013-01/2013-06", subject="統計期")
t("多項", "多項主要經濟指標 (several indicators): 多 is not an approximator.", "approximator_lookalike")
D.scope = "“十二五”規劃；寧德市"
s("5個", "規劃《綱要》確定的指標方面", value=5, unit="個", kind="count")
s("37項", "規劃《綱要》確定的指標", kind="count")
s("12項", "約束性指標（已達到規劃控制目標要求）", kind="count")
t("約束", "約束性指標 (binding indicators): 約 is not an approximator.", "approximator_lookalike")
s("23項", "預期性指標", kind="count")
s("7項", "實施進度超過規劃目標要求的預期性指標", kind="count")
s("11項", "達到規劃目標要求的預期性指標", kind="count")
t("一步", "進一步 (further): 一 is not a number.", "idiom_or_figurative")
D.write("../j12-ningde-12th-fyp-midterm-trad-glossed-zcjczz")
