from lib import Doc
D = Doc("../j13-talent-2012-ningxia-mohrss-trad-glossed-jotpuree.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新華網 report (2012) of 人社部副部長何憲 at the 2012中國(寧夏) 高層次人才 洽談會, traditional with pinyin glosses.
# Names that look like numbers → traps: `百千萬人才工程`, `兩院`/`“兩院”` (院士), `“千人計劃”`, `三位一體`. `1400多人`,
# `160余家`, `2萬多`, `9萬多人` → approx_more with 多/余 in the surface; `超過18萬人`, `超過8000家` → approx_more (超過
# outside). `2萬多留學人員` has no classifier → count, unit null. `11日` has no month → `---11`.
tall("百千萬", "百千萬人才工程 (a programme name), not a number.", "name_or_title")
tall("兩院", "兩院院士 (members of the two academies), a name, not a count.", "name_or_title")
tall("千人計劃", "“千人計劃” (the Thousand Talents Plan), a programme name.", "name_or_title")
date("11日", "---11", subject="洽談會日期", note="month not written (新華網11日); year 2012 from the event name.")
date("2012", "2012", subject="洽談會年份", note="2012中國(寧夏)…洽談會: the event's year in its name.")
t("近年", "近年來 (in recent years): 近 is not an approximator.", "approximator_lookalike")
D.scope = "2012年；全國"
s("1400多人", "兩院院士", q="approx_more")
s("16.2萬人", "享受政府特殊津貼專家")
s("4113人", "百千萬人才工程國家級人選")
t("三位一體", "三位一體 (three-in-one policy system), idiom.", "idiom_or_figurative")
s("2793人", "“千人計劃”引進海外高層次人才")
s("80萬人", "留學回國人員總數")
date("2011年", "2011", subject="統計年份")
s("18萬人", "2011年回國留學人員", q="approx_more", scope="2011年；全國", note="就超過18萬人: 超過 outside the surface.")
s("160余家", "各級各類留學人員創業園", q="approx_more")
s("8000家", "入園企業", q="approx_more", note="超過8000家: 超過 outside the surface.")
s("2萬多", "在園內創業的留學人員", kind="count", q="approx_more", note="2萬多留學人員: no classifier after the number → count, unit null.")
s("4832家", "博士後科研流動站、工作站")
s("9萬多人", "培養博士後研究人員", q="approx_more")
D.scope = "2012年；寧夏"
s("21人", "柔性引進“兩院”院士")
s("73人", "柔性引進知名專家")
s("61人", "全職引進博士")
D.write("../j13-talent-2012-ningxia-mohrss-trad-glossed-jotpuree")
