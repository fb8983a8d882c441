from lib import Doc
D = Doc("../x4-mohrss-q1-2023-employment-tongchuan-hrss-site.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人力资源社会保障部 2023年一季度新闻发布会 — section 一、就业, as posted on 铜川市人社局's site (rs.tongchuan.gov.cn); the
# store stops inside a sentence (`印发加强重点企`). Flows of 1-3月/一季度 → 2023年1-3月；全国 (新增就业 → no direction, as
# earlier sets' 新增); the 3月份 rate → 2023年3月；全国; stocks 截至3月底 → 2023年3月底；全国; 截至4月中旬 → 2023年4月中旬；全国.
# 预计年均…减负 → target. `超过261万张` → approx_more (超过 outside the surface). 10部门 → count, unit null (no classifier).
Q, M, E, A = "2023年1-3月；全国", "2023年3月；全国", "2023年3月底；全国", "2023年4月中旬；全国"
date("4月24日", "2023-04-24", subject="发布会日期", note="year from 2023年一季度新闻发布会 in the same sentence.")
date("2023年一季度", "2023-Q1", subject="发布会所涉季度")
date("2023年一季度", "2023-Q1", subject="工作进展季度")
t("一、", "section number 一、就业.", "list_marker")
date("1-3月", "2023-01/2023-03", subject="累计期")
s("297万人", "城镇新增就业", scope=Q)
date("3月份", "2023-03", subject="月份")
s("5.3%", "全国城镇调查失业率", scope=M)
t("一是", "list marker 一是.", "list_marker")
date("2024年底", "2024-12", subject="阶段性降费政策延续至", note="延续实施至2024年底 (end of the extension).")
s("1800亿元", "预计年均为企业减负", q="target", scope="年均；全国", note="预计 (estimate) → target, as earlier sets.")
t("二是", "list marker 二是.", "list_marker")
s("十项", "高校毕业生等青年就业创业推进计划专项行动", value=10, unit="项", kind="count", scope="2023年；全国")
date("4月中旬", "2023-04", subject="截至时点", note="截至4月中旬; year 2023 from the lead.")
s("420万人次", "大中城市联合招聘春季专场提供岗位", scope=A)
s("197场", "活动主会场推出特色服务活动", scope=A)
s("16场", "重点推出跨区域巡回招聘会", scope=A)
t("三是", "list marker 三是.", "list_marker")
s("10部门", "联合开展春风行动暨就业援助月活动的部门", value=10, unit=None, kind="count", scope=Q,
  note="联合10部门: no classifier (部门 is the noun).")
s("5.8万场", "累计举办各类招聘活动", scope=Q)
s("3800万个", "发布岗位", scope=Q)
date("2023年", "2023", subject="春节期间（年份）")
s("202.5万人次", "“点对点”运送农民工返岗复工", scope="2023年春节期间；全国")
t("一步", "进一步 (further), not a quantity.", "idiom_or_figurative")
date("3月底", "2023-03", subject="截至时点")
s("3074万人", "脱贫人口务工规模", scope=E)
t("四是", "list marker 四是.", "list_marker")
date("一季度", "2023-Q1", subject="季度")
s("261万张", "发放职业培训券", q="approx_more", scope=Q, note="超过261万张 (超过 outside the surface).")
s("350万人次", "全国开展补贴性职业技能培训", scope=Q)
t("零工", "零工市场 (gig-work market): 零 of 零工, not a number.", "name_or_title")
D.write("../x4-mohrss-q1-2023-employment-tongchuan-hrss-site")
