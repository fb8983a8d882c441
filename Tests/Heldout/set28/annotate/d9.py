from lib import Doc
D = Doc("../d9-sasac-central-enterprises-q1-q3-2004-xinhua-trad-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新華網 2004-09-29 (記者 齊中熙) on 國務院國資委 figures for 中央企業, 前三季度 2004 / 前8個月, traditional script, as
# reposted on whmsebhyy.com (address g/20040929/…); the repost ends with a table-cell `|`. Year 2004 from the address.
# Forecast `全年…將分別突破5.3萬億和4000億` → money with unit 元 supplied (not written), qualifiers target (預計…將) and
# approx_more (突破, outside the surface). `五大特色` → count 5, unit null, AMBIGUOUS trap with gold_id (as 三大, sets 20/26).
# 一是…五是 → list markers. Flows of 前8個月 → scope `2004年1-8月；中央企業`. `增幅低于…1.2個百分點` → down;
# `比上年全年利潤總額還高出200億元` → up. `計劃10月1日全線投產,年輸氣量達到120億立方米` → target (a planned capacity).
YR = "year 2004 from the page address (g/20040929/…)."
E = "2004年1-8月；中央企業"
D.scope = E
date("9月29日", "2004-09-29", subject="電頭日期", note=YR)
date("前三季度", "2004-01/2004-09", subject="統計期（前三季度）", note=YR)
FC = "全年主營業務收入和利潤總額將分別突破5.3萬億和4000億: a forecast (預計…將 → target), 突破 → approx_more; unit 元 not written (supplied)."
s("5.3萬億", "中央企業全年主營業務收入（預計突破）", value=5300000000000, unit="元", kind="money", q=["target", "approx_more"],
  scope="2004年；中央企業", note=FC)
s("4000億", "中央企業全年利潤總額（預計突破）", value=400000000000, unit="元", kind="money", q=["target", "approx_more"],
  scope="2004年；中央企業", note=FC)
date("前三季度", "2004-01/2004-09", subject="統計期（前三季度）", note=YR)
s("五大", "中央企業前三季度經濟運行特色", value=5, unit=None, kind="count", scope="2004年前三季度；中央企業",
  note="AMBIGUOUS 顯現五大特色 (five features, enumerated 一是…五是): count 5, unit null.")
t("五大", "五大特色 (enumerated as 一是…五是): extraction preferred (count 5, unit null), omission acceptable.", "vague_or_generic",
  ambiguous=True, gold_surface="五大")
t("一是", "一是 (first,): list marker.", "list_marker")
t("千方百計", "千方百計 (by every possible means): idiom, not a quantity.", "idiom_or_figurative")
date("前8個月", "2004-01/2004-08", subject="統計期（前8個月）", note=YR)
s("100%", "神華集團和中國中煤集團電煤合同兌現率（超過）", q="approx_more", note="均超過100%: 超過 → approx_more (outside the surface).")
t("二是", "二是 (second,): list marker.", "list_marker")
t("一步", "進一步 (further): 一 is not a number.", "idiom_or_figurative")
t("三是", "三是 (third,): list marker.", "list_marker")
date("前8個月", "2004-01/2004-08", subject="統計期（前8個月）", note=YR)
s("4414.4億元", "中央企業累計完成固定資產投資", value=441440000000, unit="元", kind="money")
s("32.5%", "中央企業固定資產投資增長", d="up")
date("10月1日", "2004-10-01", subject="西氣東輸計劃全線投產日期", note=YR + " 計劃 → planned.")
s("120億立方米", "西氣東輸年輸氣量（計劃達到）", value=12000000000, unit="立方米", kind="measure", q="target", scope="西氣東輸工程",
  note="計劃…全線投產,年輸氣量達到120億立方米: planned capacity → target.")
t("四是", "四是 (fourth,): list marker.", "list_marker")
date("前8個月", "2004-01/2004-08", subject="統計期（前8個月）", note=YR)
s("650.4億元", "中央企業出口交貨值", value=65040000000, unit="元", kind="money")
s("19.1%", "中央企業出口交貨值增長", d="up")
t("五是", "五是 (fifth,): list marker.", "list_marker")
date("前8個月", "2004-01/2004-08", subject="統計期（前8個月）", note=YR)
s("34594.6億元", "中央企業累計實現主營業務收入", value=3459460000000, unit="元", kind="money")
s("28%", "中央企業主營業務收入增長", d="up")
s("26.8%", "中央企業成本費用總額增長", d="up")
s("1.2個百分點", "成本費用增幅低於銷售收入增幅", kind="percent", d="down", note="增幅低于銷售收入增長1.2個百分點 → down.")
s("3203.2億元", "中央企業累計實現利潤", value=320320000000, unit="元", kind="money")
s("45.6%", "中央企業利潤增長", d="up")
s("200億元", "前8個月利潤比上年全年利潤總額高出", value=20000000000, unit="元", kind="money", d="up",
  note="比上年全年利潤總額還高出200億元: a difference → up.")
D.write("../d9-sasac-central-enterprises-q1-q3-2004-xinhua-trad-repost")
