from lib import Doc
D = Doc("../l18-old-compounds-jan-sep-2023-chinanews-spam-xywbxg.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中新社 (庞无忌) on 城镇老旧小区改造 1-9月 2023, reposted by a gambling site that injected `《万博最新ManBetX全站》` inside the
# dateline (`北京11《…》月1日电`, kept) and a line of football-player ages. The dateline date keeps the injected run in its
# surface (11月1日 = 2023-11-01). `计划新开工…5.3万个、…865万户` → target. `约97%` → approx. `21个省份` → count.
# The injected ages (`21岁`, `23岁`, `22 ♈岁`) and 万博 → traps.
date("11《万博最新ManBetX全站》月1日", "2023-11-01", subject="电头日期", note="an injected spam run splits 11月1日; year from 2023 in the text.")
date("1日", "2023-11-01", subject="公布日期")
date("1-9月份", "2023-01/2023-09", subject="统计期")
D.scope = "2023年1-9月；全国"
s("5.13万个", "新开工改造城镇老旧小区")
s("851万户", "老旧小区改造惠及居民")
date("2000年底", "2000", subject="建成时间界限")
date("2023年", "2023", subject="计划年度")
s("5.3万个", "计划新开工改造城镇老旧小区", q="target", scope="2023年；全国")
s("865万户", "计划改造涉及居民", q="target", scope="2023年；全国")
date("前9个月", "2023-01/2023-09", subject="统计期")
s("约97%", "城镇老旧小区开工率", value=97, unit="%", kind="percent", q="approx")
date("1-9月份", "2023-01/2023-09", subject="统计期")
s("21个", "全部开工的省份")
t("21岁", "injected spam (football players' ages), not part of the news.", "vague_or_generic")
t("23岁", "injected spam.", "vague_or_generic")
t("22 ♈岁", "injected spam.", "vague_or_generic")
t("万博", "injected spam (site name 万博).", "name_or_title")
t("一", "杨一 (a person's name).", "name_or_title")
D.write("../l18-old-compounds-jan-sep-2023-chinanews-spam-xywbxg")
