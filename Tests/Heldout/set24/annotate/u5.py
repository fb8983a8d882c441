from lib import Doc
D = Doc("../u5-agriculture-outlook-2017-2026-ranges-traditional-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中國科技網 2017-04-21 (traditional-script repost): 《中國農業展望報告(2017―2026)》 projections. Every projected figure
# (將/預計/未來10年) → target; 2026 figures scoped `2026年；全国`, 2020 `2020年；全国`, the 10-year averages `2017—2026年；全国`.
# Ranges `0.5%-1%`, `1.2%-2.0%` → value = lower bound, value_max = upper bound. `約6000萬畝`/`約4300萬畝` → [approx, target]
# with 約 kept in the surface (set 13). 提高/減少/增加/增長 → direction; 年均增速…/年均增長率為… → a rate stated as a level, no
# direction (see README). Units as written (千克/畝, 畝, 千克); 億/萬 scaled.
T, AT = "target", ["approx", "target"]
date("4月21日", "2017-04-21", subject="电讯日期", note="year from 2017中國農業展望大會 on the same line.")
date("21日", "2017-04-21", subject="大会闭幕日")
date("2017", "2017", subject="大会年份", note="2017中國農業展望大會 (the conference's year in its name).")
date("2017―2026", "2017/2026", subject="报告展望期", note="U+2015 between the years, as stored.")
dur("10年", 10, "展望期（未來10年）")
date("2026年", "2026", subject="目标年")
date("2016年", "2016", subject="基期年")
D.scope = "2026年；全国"
for surf, what in (("29千克/畝", "稻谷"), ("12千克/畝", "小麥"), ("27千克/畝", "玉米"), ("20千克/畝", "大豆")):
    s(surf, f"{what}单产比2016年提高", value=int(surf.split("千")[0]), unit="千克/畝", kind="measure", q=T, d="up",
      note="分別比2016年提高…: a projected change → target, up.")
D.scope = "2017—2026年；全国"
dur("10年", 10, "展望期（未來10年）")
s("0.5%-1%", "糧食、蔬菜、禽蛋、水產品產量年均增速", value=0.5, vmax=1, unit="%", q=T,
  note="range 0.5%-1% → lower bound, value_max 1; 年均增速 stated as a level: no direction.")
s("1.2%-2.0%", "水果、肉類和奶制品產量年均增速", value=1.2, vmax=2.0, unit="%", q=T,
  note="range 1.2%-2.0% → lower bound, value_max 2.0.")
date("2020年", "2020", subject="调减目标年")
s("5.13億畝", "玉米種植面積（調減至）", value=513000000, unit="畝", kind="measure", q=T, scope="2020年；全国")
date("2015年", "2015", subject="基期年")
s("約6000萬畝", "玉米種植面積比2015年減少", value=60000000, unit="畝", kind="measure", q=AT, d="down", scope="2020年；全国")
date("2026年", "2026", subject="目标年")
s("1.41億畝", "大豆種植面積（恢復到）", value=141000000, unit="畝", kind="measure", q=T, scope="2026年；全国")
date("2015年", "2015", subject="基期年")
s("約4300萬畝", "大豆種植面積比2015年增加", value=43000000, unit="畝", kind="measure", q=AT, d="up", scope="2026年；全国")
t("一步", "進一步 (further): not a number.", "idiom_or_figurative")
dur("10年", 10, "展望期（未來10年）")
s("0.5%", "大米消費總量年均增長率", q=T, note="年均增長率分別為0.5%和0.7%: 為 → a level, no direction.")
s("0.7%", "小麥消費總量年均增長率", q=T)
s("2.8%", "玉米消費總量年均增速", q=T)
date("2026年", "2026", subject="目标年")
D.scope = "2026年；全国"
for surf, what in (("102千克", "水果"), ("56千克", "肉類"), ("40千克", "奶制品"), ("23千克", "水產品")):
    s(surf, f"城鄉居民{what}人均食用消費量", value=int(surf.split("千")[0]), unit="千克", kind="measure", q=T)
date("2016年", "2016", subject="基期年")
for surf, what in (("12%", "水果"), ("36%", "肉類"), ("23%", "奶制品"), ("20%", "水產品")):
    s(surf, f"{what}人均食用消費量比2016年增長", q=T, d="up")
D.write("../u5-agriculture-outlook-2017-2026-ranges-traditional-repost")
