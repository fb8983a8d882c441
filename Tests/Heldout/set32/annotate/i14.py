from lib import Doc
D = Doc("../i14-bozhou-jan-oct-investment-spaced.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 亳州 (bozhou.cn, 记者 张珍): 1—10月 招商引资 figures. The year is not written (scope `1—10月；亳州市`). Spaces appear
# irregularly around numbers (`219 个`, ` 159个`, `1115.2 亿元`, `同比增长 131.1%`) and are kept in surfaces.
# `亿元以上` (bare 亿 size class of projects) → AMBIGUOUS traps without gold_id (earlier gold). `预计全市新建…222个,实际到位
# 省外资金 867.1 亿元、同比增长13.2%` → the sentence is governed by 预计 (an estimate) → target on its three figures.
# 沪苏浙 sub-scope in the subject. `占比`/`占全市到资的` → shares.
D.scope = "1—10月；亳州市"
date("1—10 月份", "01/10", subject="统计期", note="year not written.")
s("219 个", "新签约亿元以上工业项目")
s("1115.2 亿元", "新签约亿元以上工业项目总投资")
s("49.8%", "新签约项目总投资同比增长", d="up")
s("159个", "新落地亿元以上工业项目")
s("614.9 亿元", "新落地亿元以上工业项目总投资")
s("131.1%", "新落地项目总投资同比增长", d="up")
P = "预计 (estimate) governs the sentence → target."
s("222个", "新建亿元以上省外投资项目（预计）", q="target", note=P)
s("867.1 亿元", "实际到位省外资金（预计）", q="target", note=P)
s("13.2%", "实际到位省外资金同比增长（预计）", d="up", q="target", note=P)
s("58 个", "来自沪苏浙的新签约亿元以上工业项目")
s("26.5%", "沪苏浙新签约项目占比")
s("355.1 亿元", "沪苏浙新签约项目总投资")
s("31.8%", "沪苏浙新签约项目总投资占比")
s("41 个", "来自沪苏浙的新落地亿元以上工业项目")
s("25.8%", "沪苏浙新落地项目占比")
s("142.9 亿元", "沪苏浙新落地项目总投资")
s("23.2%", "沪苏浙新落地项目总投资占比")
s("97 个", "来自沪苏浙的在建亿元以上省外投资项目")
s("314.1 亿元", "沪苏浙在建项目当年实际到位资金")
s("36.2%", "沪苏浙在建项目到位资金占全市到资比重")
s("145个", "亳州籍成功人士返乡投资的招商引资项目", scope="今年以来；亳州市")
s("195.05 亿元", "返乡投资招商引资项目总投资", scope="今年以来；亳州市")
tall("亿元以上", "亿元以上项目: project size class with a bare 亿; preferred not extracted.", "vague_or_generic", True)
tall("签约", "签约 (sign a contract): 约 is not an approximator.", "approximator_lookalike")
D.write("../i14-bozhou-jan-oct-investment-spaced")
