from lib import Doc
D = Doc("../e19-sichuan-forestry-q1-2019-panzhihua-gov.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 四川省人民政府网 2019-03-22 (kept on 攀枝花市审计局's site): 一季度 forestry figures of 四川, all 预计 (estimates before the
# quarter's end) → qualifier target (预计 → target, earlier sets). 万亩 → 亩 ×10⁴, 万立方米 → 立方米, 万根 → 根, 万平方米 →
# 平方米, 万吨 → 吨. `分别同比增长42.8%和25%` → up. `一季度` → date 2019-Q1. `一二三产业` → sector-name trap.
D.scope = "2019年一季度；四川省"
Q = "今年 = 2019 (发布时间 2019-03-22)."
def m(surf, subj, v, unit, **k): return s(surf, subj, value=v, unit=unit, kind="measure", q="target", **k)
tall("四川", "place name 四川.", "name_or_title")
date("一季度", "2019-Q1", subject="统计期（标题）", note=Q)
date("2019-03-22", "2019-03-22", subject="发布时间")
t("次数: 0", "page furniture: 阅读次数: 0 (view counter).", "vague_or_generic")
date("一季度", "2019-Q1", subject="统计期", note=Q)
date("一季度", "2019-Q1", subject="统计期", note=Q)
s("500亿元", "全省林业总产值（预计）", q="target", note="预计实现: an estimate → target.")
s("3.1%", "林业总产值同比增长（预计）", d="up", q="target")
t("多", "多种形式 (many forms), not a number.", "approximator_lookalike")
date("一季度", "2019-Q1", subject="统计期", note=Q)
m("140万亩", "完成营造林（预计）", 1400000, "亩")
m("65万亩", "人工造林（预计）", 650000, "亩")
s("42.8%", "营造林同比增长（预计）", d="up", q="target", note="分别同比增长42.8%和25%.")
s("25%", "人工造林同比增长（预计）", d="up", q="target")
t("一二三", "一二三产业 (primary, secondary and tertiary industry), sector names.", "name_or_title")
t("进一步", "进一步 (further), 一 in a function word.", "idiom_or_figurative")
date("一季度", "2019-Q1", subject="统计期", note=Q)
m("35万亩", "新增现代林业产业基地（预计）", 350000, "亩")
m("12万立方米", "生产木材（预计）", 120000, "立方米")
s("300万根", "生产大径竹（预计）", value=3000000, unit="根", kind="count", q="target")
m("50万立方米", "生产人造板（预计）", 500000, "立方米")
m("120万平方米", "生产木竹地板（预计）", 1200000, "平方米")
m("55万吨", "采收林产品（预计）", 550000, "吨")
D.write("../e19-sichuan-forestry-q1-2019-panzhihua-gov")
