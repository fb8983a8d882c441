from lib import Doc
D = Doc("../e4-nbs-pmi-2025-01-jiedu-appqy.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# News item on 国家统计局服务业调查中心 高级统计师 赵庆河's 解读 of the January PMI (two lines). The year is not written:
# 2025 from the figures (制造业 49.1%, 非制造业 50.2%, 综合 50.1%, released 2025-01-27; Unsure list). PMI levels →
# percent %; `比上月下降N个百分点` → down; `分别为55.3%和56.7%` → two levels.
D.scope = "2025年1月；全国"
YR = "year not written: 2025 from the figures (release of 2025-01-27)."
date("1月27日", "2025-01-27", subject="发布日期", note=YR)
t("近", "临近 (approaching), not an approximator.", "approximator_lookalike")
date("1月份", "2025-01", subject="统计月份", note=YR)
s("49.1%", "制造业采购经理指数")
s("1.0个百分点", "制造业PMI比上月下降", d="down")
s("50.2%", "非制造业商务活动指数")
s("2.0个百分点", "非制造业商务活动指数比上月下降", d="down")
s("50.1%", "综合PMI产出指数")
s("55.3%", "制造业生产经营活动预期指数", note="分别为55.3%和56.7%.")
s("56.7%", "非制造业业务活动预期指数")
t("多", "多数企业: 多数 (most), not a number.", "approximator_lookalike")
D.write("../e4-nbs-pmi-2025-01-jiedu-appqy")
