from lib import Doc
D = Doc("../c6-typhoon-rammasun-2014-disaster-by-province-news-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国网 7月22日 repost of the 民政部 disaster toll of typhoon 威马逊 (Rammasun, 今年第9号台风) by province. The year is not written
# anywhere on the page: 2014 (the year of 威马逊, No. 9 of 2014), stated in the scope and noted. Scopes `截至2014年7月22日；<area>`.
# 万人 → 人 ×10⁴; 万间 → 间 ×10⁴ (count, unit 间); 千公顷 stays a unit (measure); 亿元 → 元 ×10⁸. `7800余间` → approx_more with 余 in
# the surface; `近100人`, `近200间` → approx with 近 in the surface. `144个县(市、区)`, `11市`, `2市`, `8个区`, `16个省直辖县`,
# `8市(自治州)` → counts (units 个/市). Title `46死25失踪` → counts with unit null (死/失踪 are verbs); `直接损失达336亿元` → money.
# 三亚 → a trap (place name).
Y = "year 2014 not written: 威马逊 is typhoon No. 9 of 2014."
C = lambda u: dict(kind="count", unit=u)
def toll(scope, pre):
    D.scope = scope
    for surf, subj, kw in pre:
        s(surf, subj, **kw)
A4 = "广东、广西、海南、云南"
D.scope = f"截至2014年7月22日；{A4}"
s("46", "台风威马逊致死亡人数", value=46, unit=None, kind="count", note="title 46死: no classifier written (死 is a verb).")
s("25", "台风威马逊致失踪人数", value=25, unit=None, kind="count", note="title 25失踪: no classifier written.")
s("336亿元", "台风威马逊直接经济损失", note="title 直接损失达336亿元 (the text has 336.5亿元).")
date("7月22日", "2014-07-22", subject="发稿日期", note=Y)
ordn("第9号", 9, "台风编号", unit="号", note="今年第9号台风.")
s("144个", "受灾县(市、区)")
s("996.6万人", "受灾人口")
s("46人", "死亡人数")
s("25人", "失踪人数")
s("62.8万人", "紧急转移安置人口")
s("25.2万人", "需紧急生活救助人口")
s("3.7万间", "倒塌房屋", kind="count")
s("18.7万间", "不同程度损坏房屋", kind="count")
s("1898.7千公顷", "农作物受灾面积")
s("250.3千公顷", "农作物绝收面积")
s("336.5亿元", "直接经济损失")
date("7月22日9时", "2014-07-22", subject="统计时点", note=Y + " 截至7月22日9时 → one date.")
D.scope = "截至2014年7月22日；广东省"
s("24个", "受灾县(市、区)")
s("263.3万人", "受灾人口")
s("15.7万人", "紧急转移安置人口")
s("4.2万人", "需紧急生活救助人口")
s("7800余间", "倒塌房屋", kind="count", q="approx_more")
s("5.2万间", "不同程度损坏房屋", kind="count")
s("226.4千公顷", "农作物受灾面积")
s("109.4千公顷", "农作物绝收面积")
s("130.2亿元", "直接经济损失")
D.scope = "截至2014年7月22日；广西壮族自治区"
s("11市", "受灾市", kind="count")
s("55个", "受灾县(市、区)")
s("368.5万人", "受灾人口")
s("9人", "死亡人数")
s("29万人", "紧急转移安置人口")
s("18.5万人", "需紧急生活救助人口")
s("7100余间", "倒塌房屋", kind="count", q="approx_more")
s("11.4万间", "不同程度损坏房屋", kind="count")
s("1465.1千公顷", "农作物受灾面积")
s("30.5千公顷", "农作物绝收面积")
s("93.9亿元", "直接经济损失")
D.scope = "截至2014年7月22日；海南省"
t("三", "三亚 (a city's name).", "name_or_title")
s("2市", "受灾市(海口、三亚)", kind="count")
s("8个", "受灾区")
s("16个", "受灾省直辖县")
s("360万人", "受灾人口")
s("19人", "死亡人数")
s("5人", "失踪人数")
s("18万人", "紧急转移安置人口")
s("2.5万人", "需紧急生活救助人口")
s("2.3万间", "倒塌房屋", kind="count")
s("1.6万间", "不同程度损坏房屋", kind="count")
s("163千公顷", "农作物受灾面积")
s("105.2千公顷", "农作物绝收面积")
s("109亿元", "直接经济损失")
D.scope = "截至2014年7月22日；云南省"
s("8市", "受灾市(自治州)", kind="count")
s("41个", "受灾县(市、区)")
s("44.8万人", "受灾人口")
s("18人", "死亡人数")
s("20人", "失踪人数")
s("1500余人", "紧急转移安置人口", q="approx_more")
s("近100人", "需紧急生活救助人口", value=100, unit="人", kind="count", q="approx")
s("近200间", "倒塌房屋", value=200, unit="间", kind="count", q="approx")
s("4500余间", "不同程度损坏房屋", kind="count", q="approx_more")
s("44.2千公顷", "农作物受灾面积")
s("5.2千公顷", "农作物绝收面积")
s("3.4亿元", "直接经济损失")
D.write("../c6-typhoon-rammasun-2014-disaster-by-province-news-repost")
