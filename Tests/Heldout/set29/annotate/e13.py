from lib import Doc
D = Doc("../e13-forest-inventory-2005-gmw-chinese-numerals.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 光明日报 2005-01-19 (据新华社): 国家林业局 on the 第六次全国森林资源清查, every figure in Chinese numerals with 点 for the
# decimal point: `一点七五亿公顷` → 1.75×10⁸ 公顷; `百分之十八点二一` → 18.21 %; `一千五百九十六点八三万公顷` → 1596.83×10⁴;
# `八点八九亿立方米`, `一点七八亿立方米` (年均净增) → up. `两次森林资源清查间隔期内` (between the two inventories) →
# AMBIGUOUS trap without gold_id (a reference to the 5th and 6th inventories, not a statement). Scope: the inventory.
D.scope = "第六次全国森林资源清查；全国"
date("2005-01-19", "2005-01-19", subject="发布日期")
date("一月十八日", "2005-01-18", subject="讲话日期", note="year from the date line (2005-01-19).")
t("近", "最近完成 (recently completed), not an approximator.", "approximator_lookalike")
ordn("第六次", 6, "全国森林资源清查次数", unit="次")
s("一点七五亿公顷", "全国森林面积", value=175000000, unit="公顷", kind="measure")
s("百分之十八点二一", "森林覆盖率", value=18.21, unit="%", kind="percent")
t("两次", "两次森林资源清查间隔期内: the interval between the 5th and 6th inventories, a reference, not a statement.",
  "vague_or_generic", ambiguous=True)
s("一千五百九十六点八三万公顷", "两次清查间隔期内全国森林面积增加", value=15968300, unit="公顷", kind="measure", d="up")
s("八点八九亿立方米", "森林蓄积量净增", value=889000000, unit="立方米", kind="measure", d="up")
s("一点七八亿立方米", "森林蓄积量年均净增", value=178000000, unit="立方米", kind="measure", d="up")
D.write("../e13-forest-inventory-2005-gmw-chinese-numerals")
