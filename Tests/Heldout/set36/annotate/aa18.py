from lib import Doc
D = Doc("../aa18-guangzhou-youth-league-congress-2016-cssn.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 羊城晚报 (李静) via 中国社会科学网 (2016-03): 共青团广州市代表大会 figures (代表 名, shares %, 注册志愿者 万人, 服务 万小时,
# 驿站 间/服务站 个). The abstract repeats the first sentence. `131.2万` (title, 人 not written) → count, unit null
# (earlier gold `2.12万`). `25岁(含)以下` (an age bound of the group) → AMBIGUOUS trap (earlier gold `7岁以下`).
# 基层一线/上一届/进一步/一站式 → idiom traps; 更多地/增多/多少 → 多 traps; “两新” → slogan trap. The store stops at `27个社`.
t("多", "更多地 (not an approximator).", "approximator_lookalike")
t("一线", "基层一线 (idiom).", "idiom_or_figurative")
D.scope = "2016年；广州市"
s("131.2万", "广州注册志愿者（标题）", unit=None, kind="count", note="人 not written: unit null.")
t("多", "更多地 (not an approximator).", "approximator_lookalike")
t("一线", "基层一线 (idiom).", "idiom_or_figurative")
D.scope = "2016年；共青团广州市代表大会"
t("一线", "基层一线 (idiom).", "idiom_or_figurative")
s("309名", "来自基层一线的团干部和团员代表")
s("85.83%", "基层一线代表占代表总数比例")
t("一", "上一届 (the previous congress).", "idiom_or_figurative")
s("46.39%", "男代表比例")
s("53.61%", "女代表比例")
t("多", "增多 (not an approximator).", "approximator_lookalike")
s("14.72%", "研究生以上学历代表比例")
t("一", "进一步 (idiom).", "idiom_or_figurative")
t("两新", "“两新”组织 (slogan).", "slogan_count")
s("27.83岁", "代表平均年龄")
t("25岁(含)以下", "age bound of the group (25岁(含)以下代表), not a statement.", "vague_or_generic", True)
s("153名", "25岁(含)以下代表")
s("42.50%", "25岁以下代表占代表总数比例")
dur("未来5年", 5, "规划期", note="未来5年: a forward-looking period.")
t("一", "一站式 (idiom).", "idiom_or_figurative")
date("2016-2020年", "2016/2020", subject="规划期（标题内）", note="in the title 《广州市青少年发展规划(2016-2020年)》; kept as a date range.")
t("多", "多少 (interrogative).", "approximator_lookalike")
D.scope = "2016年；广州市"
s("131.2万人", "广州“志愿时”注册志愿者")
s("2013.8万小时", "累计提供志愿服务", unit="小时", kind="measure")
s("126间", "志愿驿站", unit="间", kind="count")
s("166个", "“志愿在康园”服务站")
s("27个", "社区服务站（截断）", note="the store stops at `27个社`.")
D.write("../aa18-guangzhou-youth-league-congress-2016-cssn")
