from lib import Doc
D = Doc("../j19-thousand-talents-five-years-xinhua-trad-spun-hopetrip.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新華網 feature on five years of the “千人計劃” (2008–2013), reposted on a study-abroad site that word-spins the text
# (籌劃=計劃, 人材=人才, 高條理=高層次, 蓬勃=發達, 正傳授=正教授, 跨越=超過, 增加=增長, 如下=以下) in traditional script.
# Subjects use the real words. Programme names → traps (`千人籌劃`, `百人籌劃`); `40歲如下` (40歲以下, an age class) →
# AMBIGUOUS trap, not extracted. `4180余名`, `1430余名`, `50余` → approx_more with 余 in the surface; `76.32萬` has
# no classifier (人數) → count, unit null. The store stops at `論文50余`.
tall("千人籌劃", "“千人籌劃” (= 千人計劃, the Thousand Talents Plan), a programme name.", "name_or_title")
dur("五年", 5, "千人計劃實施期（回眸）", note="實行五年回眸 (2008–2013).")
D.scope = "截至2013年；千人計劃"
s("10批", "千人計劃引進批次")
s("4180余名", "千人計劃引進高層次創新創業人才", q="approx_more")
t("許多", "許多人 (many people): 多 is not an approximator.", "approximator_lookalike")
t("40歲如下", "40歲如下 (= 40歲以下, an age class of young talent): preferred not extracted, extraction acceptable.", "vague_or_generic", True)
s("3名", "引進的諾貝爾獎獲得者")
s("46名", "引進的發達國家科學院或工程院院士")
s("1430余名", "引進的正教授", q="approx_more")
date("1978年至2008年", "1978/2008", subject="比較期")
dur("30年", 30, "比較期（1978年至2008年）")
t("百人籌劃", "中科院“百人籌劃” (= 百人計劃), a programme name.", "name_or_title")
t("一路", "一路 (= 一道, together): not a number.", "idiom_or_figurative")
t("多條理", "多條理 (= 多層次, multi-level): 多 is not an approximator.", "approximator_lookalike")
t("多渠道", "多渠道 (multi-channel): 多 is not an approximator.", "approximator_lookalike")
D.scope = "2008年至2013年；全國"
date("2008年", "2008", subject="起始年份", note="2008年至今.")
s("76.32萬", "留學回國人數", kind="count", note="人數到達76.32萬: no classifier after the number → count, unit null.")
s("30%以上", "留學回國人數年均增長", q="approx_more", d="up", note="年均增加 (= 年均增長) 30%以上.")
date("2013年", "2013", subject="《全球創新指數報告》年份")
dur("5年多", 5, "千人計劃實施期", q="approx_more")
t("一流", "一流 (first-class): not a number.", "idiom_or_figurative")
t("一批", "一批原創性科學成就 (a batch of): 一 is not a count.", "idiom_or_figurative")
D.scope = "截至2013年；千人計劃專家"
s("4416篇", "千人計劃專家回國後發表重要文章和專著", kind="count")
s("50余", "千人計劃專家在《自然》和《科學》發表論文", kind="count", q="approx_more", note="the store stops at 論文50余 (the classifier 篇 is cut off): count, unit null.")
D.write("../j19-thousand-talents-five-years-xinhua-trad-spun-hopetrip")
