from lib import Doc
D = Doc("../x4-quanzhou-customs-trade-q1-q3-2021-haidu-epaper-breaks.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 海都报 (福建日报 group) e-paper article on 泉州海关's 前三季度 trade figures; print line ends are kept as hard breaks inside
# words and between a verb and its figure (`成倍增\n长`, `同比增长\n28.3%`, `分别增长\n30.5%`). The year (2021) is not printed: it
# comes from the page address (/202110/21/) and `已超2020年全年`. Scope 2021年1-9月；泉州市 (前三季度), 2021年9月；泉州市 (9月份).
# 亿元 → 元 ×10⁸. 增长 → up; 分别比全国、全省高19.7、8.7个百分点 → two statements, up. 近七成 (growth of nearly 70%) → ratio 7 成,
# approx, 近 inside the surface (set 19 convention), AMBIGUOUS trap. 三大中心城市 / 两大商品 → counts (unit null), AMBIGUOUS traps.
Q, M = "2021年1-9月；泉州市", "2021年9月；泉州市"
def up(v, subj, sc=Q, **k): return s(v, subj, d="up", scope=sc, **k)
date("前三季度", "2021-01/2021-09", subject="累计期", note="year 2021 from the page address and 已超2020年全年.")
s("1957.7亿元", "泉州市外贸进出口总值", scope=Q)
up("42.4%", "外贸进出口总值同比增长")
s("1524.7亿元", "出口", scope=Q)
up("51.1%", "出口增长")
date("2020年", "2020", subject="比较年度")
s("1503.6亿元", "2020年全年出口", scope="2020年；泉州市", note="已超2020年全年的1503.6亿元.")
s("433.0亿元", "进口", scope=Q)
up("18.3%", "进口增长")
s("19.7", "进出口增速高于全国", value=19.7, unit="个百分点", kind="percent", d="up", scope=Q,
  note="分别比全国、全省高19.7、8.7个百分点: 个百分点 completed from the last item.")
s("8.7个百分点", "进出口增速高于全省", d="up", scope=Q)
s("三大", "全省中心城市（三大）", value=3, unit=None, kind="count", scope="2021年1-9月；福建省",
  note="全省三大中心城市 (泉州、厦门、福州, named in the sentence) → count 3, unit null. AMBIGUOUS (also in traps).")
t("三大", "三大中心城市: extraction (3) preferred, omission acceptable (as set 20's 三大城市).", "slogan_count",
  ambiguous=True, gold_surface="三大")
ordn("第三位", 3, "泉州外贸进出口总值福建省排位", unit="位")
ordn("第一位", 1, "泉州外贸进出口增速及出口增速排名", unit="位")
s("近七成", "民营企业进出口增长", value=7, unit="成", kind="ratio", q="approx", d="up", scope=Q,
  note="增长近七成 (nearly 70%) → ratio 7 成, approx (近 inside the surface). AMBIGUOUS (also in traps).")
t("七成", "近七成 (a tenths word, about 70%): extraction as ratio 7 成 preferred, omission acceptable.", "vague_or_generic",
  ambiguous=True, gold_surface="近七成")
date("9月份", "2021-09", subject="月份")
s("231.0亿元", "9月份泉州进出口总值", scope=M)
up("6.5%", "9月份进出口总值同比增长", M)
s("181.2亿元", "9月份出口", scope=M)
up("28.3%", "9月份出口同比增长", M, note="同比增长\\n28.3%: the figure starts the next print line.")
s("7大类", "劳动密集型产品类别", value=7, unit="类", kind="count", scope=Q,
  note="纺织、服装、鞋类、箱包、家具、玩具、塑料制品等7大类 (the seven are named) → count 7 类.")
s("两大", "增长平稳的进口大宗商品（原油、机电）", value=2, unit=None, kind="count", scope=Q,
  note="原油、机电两大商品 → count 2, unit null. AMBIGUOUS (also in traps).")
t("两大", "两大商品 (the two just named): extraction (2) preferred, omission acceptable.", "slogan_count",
  ambiguous=True, gold_surface="两大")
date("前三季度", "2021-01/2021-09", subject="累计期")
s("828.7亿元", "出口劳动密集型产品", scope=Q)
up("38.5%", "劳动密集型产品出口增长")
s("306.8亿元", "出口机电产品", scope=Q)
up("78.6%", "机电产品出口增长")
up("30.5%", "进口原油同比增长", note="同比分别增长\\n30.5%、25.3%: figures start the next print line.")
up("25.3%", "进口机电产品同比增长")
D.write("../x4-quanzhou-customs-trade-q1-q3-2021-haidu-epaper-breaks")
