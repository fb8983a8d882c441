from lib import Doc
D = Doc("../e14-forestry-40-years-2018-shifen-doubled.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A 2018 summary item (原标题:林业生态建设成就显著, a front-page teaser: 详见第十二版) stored twice in a row by the repost
# site; both copies are annotated. `改革开放40年来` → duration (来 in the surface). 亿公顷 → 公顷 ×10⁸. `提高到21.63%` → a
# level; `与第一次全国森林资源清查(1973年—1976年)相比,森林面积增加0.86亿公顷,森林覆盖率提高8.93个百分点` → up.
D.scope = "2018年；全国"
for copy in (1, 2):
    n = "" if copy == 1 else "（重复）"
    dur("40年来", 40, "改革开放以来" + n)
    s("2.08亿公顷", "全国森林面积" + n, value=208000000, unit="公顷", kind="measure",
      note="目前: year from the page address (201810)." if copy == 1 else "the item is stored twice.")
    s("21.63%", "森林覆盖率（提高到）" + n)
    ordn("第一次", 1, "全国森林资源清查次数" + n, unit="次")
    date("1973年—1976年", "1973/1976", subject="第一次全国森林资源清查期间" + n)
    s("0.86亿公顷", "森林面积比第一次清查增加" + n, value=86000000, unit="公顷", kind="measure", d="up")
    s("8.93个百分点", "森林覆盖率比第一次清查提高" + n, d="up")
    ordn("第十二版", 12, "详见版次" + n, unit="版")
D.write("../e14-forestry-40-years-2018-shifen-doubled")
