from lib import Doc
D = Doc("../a3-high-standard-farmland-plan-2020-ranges-industry-bulletin.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 《全国高标准农田建设总体规划》 news item (cpfia.org, 来源 全国石化行业信息要报; published by 国家发改委 on 12月9日;
# the year is not written). Plan figures (到2020年, 将达, 可新增/可提高/可节约) → target; 初步估算/据测算 figures → target too
# (projections of the plan). Ranges `1000—2000元`, `8000亿—1.6万亿元` → value + value_max. 以上 → approx_more; 约 → approx.
tall("节约", "可节约/节肥 (save): 约 in 节约 is not an approximator.", "approximator_lookalike")
date("12月9日", "12-09", subject="公布日期", note="the year is not written in the stored text (not inferred); left as month-day.")
date("2020年", "2020", subject="规划目标年")
D.scope = "2020年；全国"
s("8亿亩", "建成高标准农田", q="target")
s("100公斤以上", "亩均粮食综合生产能力提高", kind="measure", q=["approx_more", "target"], d="up")
t("十二五", "“十二五”期间 (plan name).", "name_or_title")
s("4亿亩", "“十二五”期间建成高标准农田", q="target", scope="“十二五”期间；全国")
s("1000—2000元", "高标准农田建设每亩所需投资", value=1000, unit="元", kind="money", vmax=2000, q="target",
  note="a range written with U+2014; preceded by a space in the store text.")
s("8000亿—1.6万亿元", "高标准农田建设总投资", value=800000000000, unit="元", kind="money", vmax=1600000000000,
  q="target", note="range: the lower bound 8000亿 carries 元 from the upper bound.")
s("8亿亩", "建成高标准农田", q="target")
s("800亿公斤", "新增粮食综合生产能力", kind="measure", q="target", d="up")
s("约 10%以上", "灌溉水有效利用系数可提高", value=10, unit="%", kind="percent", q=["approx", "approx_more", "target"], d="up",
  note="约 and 以上 both written (约 10%以上, a space after 约).")
s("200亿立方米以上", "可节约灌溉用水", kind="measure", q=["approx_more", "target"])
t("约提高", "约提高10%: the approximator belongs to the 10% (qualifier approx) but stands before the verb 提高, outside the figure's surface (as 约占 in earlier sets).", "approximator_lookalike", ambiguous=True, at="肥料利用率")
s("10%", "肥料利用率提高", q=["approx", "target"], d="up", note="约提高10%: 约 before the verb, kept out of the surface (trap 约提高).")
s("120万吨以上", "每年可节肥", kind="measure", q=["approx_more", "target"])
D.write("../a3-high-standard-farmland-plan-2020-ranges-industry-bulletin")
