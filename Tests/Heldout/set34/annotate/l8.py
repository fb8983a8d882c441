from lib import Doc
D = Doc("../l8-culture-tourism-bulletin-2022-chinalibs.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国新闻出版广电报 (余俊杰) on the 2022年文化和旅游发展统计公报, as stored by chinalibs.net (2023/7/19). The [摘要] repeats
# the first paragraph: both copies are annotated. `国内旅游总人次25.30亿` → count, unit 人次 (written before the number),
# value 2.53e9. The citation line (`…总藏量达135959万册[DB/OL].[2025-06-21]…id=578307`) → traps (title, access date, id).
date("2023/7/19", "2023-07-19", subject="收录日期")
t("近", "近日 (recently).", "approximator_lookalike")
t("近", "近日 (recently).", "approximator_lookalike")
def para(rep):
    date("2022年", "2022", subject="公报年度")
    date("2022年末", "2022", subject="统计时点")
    s("3303个", "全国公共图书馆")
    s("88个", "公共图书馆比上年末增加", d="up")
    s("135959万册", "全国公共图书馆总藏量")
    s("7.8%", "公共图书馆总藏量比上年末增长", d="up")
    s("155万个", "阅览室座席数")
    s("15.4%", "阅览室座席数增长", d="up", note=rep)
D.scope = "2022年末；全国"
para(None)
para("second copy: the [摘要] line repeats this paragraph.")
date("2022年末", "2022", subject="统计时点")
s("718个", "全国美术馆")
s("36个", "美术馆比上年末增加", d="up")
D.scope = "2022年；全国"
s("7544次", "美术馆举办展览")
s("0.2%", "美术馆展览次数比上年增长", d="up")
s("3588.92万人次", "美术馆参观人次")
s("2.1%", "美术馆参观人次增长", d="up")
date("2022年末", "2022", subject="统计时点")
s("19739个", "全国艺术表演团体", scope="2022年末；全国")
s("1369个", "艺术表演团体比上年末增加", d="up", scope="2022年末；全国")
s("166.07万场", "艺术表演团体演出", kind="count")
s("7.40亿人次", "艺术表演团体国内观众")
s("7.63万场次", "艺术表演团体线上演出展播", kind="count")
date("2022年末", "2022", subject="统计时点")
s("14917个", "全国A级景区", scope="2022年末；全国")
s("147万人", "A级景区直接从业人员", scope="2022年末；全国")
s("26.3亿人次", "A级景区接待总人数")
s("1818.5亿元", "A级景区旅游收入")
date("2022年全年", "2022", subject="统计期")
s("25.30亿", "国内旅游总人次", value=2530000000, unit="人次", kind="count", note="国内旅游总人次25.30亿: 人次 written before the number.")
s("2.04万亿元", "国内旅游收入（旅游总消费）")
# the title follows `余俊杰.`: lib's find() skips digits after a '.', so this trap is placed by hand
_i = D.text.find("余俊杰.2022年") + 4
D.traps.append({"_o": _i, "id": "t", "line": D.line_at(_i), "surface": "2022年全国公共图书馆总藏量达135959万册",
                "why": "citation of this article's title (引用本文).", "category": "title_embedded_count", "ambiguous": False})
D.tpos = _i + 1
t("2025-06-21", "citation access date.", "name_or_title")
t("578307", "article id in the citation address.", "name_or_title")
t("一", "一个小小的惊喜 (idiom).", "idiom_or_figurative")
D.write("../l8-culture-tourism-bulletin-2022-chinalibs")
