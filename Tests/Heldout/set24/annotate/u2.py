from lib import Doc
D = Doc("../u2-industrial-profits-jan-oct-2023-nbs-interpretation-magazine.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# NBS interpretation (统计师于卫宁) of 1—10月份 2023 工业企业利润, on a magazine site; the stored text starts with an empty
# line. Second of two consecutive bulletins (u1 = 1—9月份): 1—9月 下降9.0% → 1—10月 下降7.8%, 收窄1.2个百分点 (9.0−7.8).
# The year is not written: 2023 from the figures (the 1—9月 −9.0% of u1, dated 2023-11-15). Scopes: `2023年1—10月；全国`
# (cumulative) and `2023年10月；全国` (当月). 降幅…收窄 → down; 增长/加快 → up; 产品销售率…97.0%以上 → a level, approx_more.
PP = "个百分点"
date("11月27日", "2023-11-27", subject="发布日期", note="year not written; 2023 from the figures (see header).")
date("1—10月份", "2023-01/2023-10", subject="统计期")
dur("3个月", 3, "利润连续正增长月数", unit="个月")
date("1—10月份", "2023-01/2023-10", subject="统计期")
D.scope = "2023年1—10月；全国"
s("7.8%", "规模以上工业企业利润同比降幅", d="down")
date("1—9月份", "2023-01/2023-09", subject="比较期")
s("1.2个百分点", "利润降幅较1—9月份收窄", d="down", note="降幅…收窄 → down; equals 9.0 − 7.8 (u1).")
date("3月份", "2023-03", subject="降幅收窄起始月")
date("10月份", "2023-10", subject="当月")
s("2.7%", "10月份规上工业企业利润同比增速", d="up", scope="2023年10月；全国")
dur("3个月", 3, "当月利润连续正增长月数", unit="个月")
dur("4个月", 4, "产品销售率连续保持月数", unit="个月")
s("97.0%以上", "产品销售率", q="approx_more", scope="2023年；全国", note="连续4个月保持在97.0%以上: a level with 以上 → approx_more.")
date("1—10月份", "2023-01/2023-10", subject="统计期")
s("0.3%", "规上工业企业营业收入同比增速", d="up")
date("1—9月份", "2023-01/2023-09", subject="比较期")
date("10月份", "2023-10", subject="当月")
s("2.5%", "10月份规上工业企业营业收入同比增速", d="up", scope="2023年10月；全国")
date("9月份", "2023-09", subject="比较月")
s("1.3个百分点", "10月份营业收入增速较9月份加快", d="up", scope="2023年10月；全国")
dur("4个月", 4, "营业收入增速连续回升月数", unit="个月")
date("1—10月份", "2023-01/2023-10", subject="统计期")
date("1—9月份", "2023-01/2023-09", subject="比较期")
N = "分别收窄1.6、1.3和0.3个百分点: the unit is written once, after the last value (as set 7/13)."
s("1.6", "国有控股企业利润降幅较1—9月份收窄", unit=PP, kind="percent", d="down", note=N)
s("1.3", "私营企业利润降幅较1—9月份收窄", unit=PP, kind="percent", d="down", note=N)
s("0.3个百分点", "外商及港澳台商投资企业利润降幅较1—9月份收窄", d="down")
N = "分别收窄1.0、1.2和1.9个百分点: the unit is written once, after the last value."
s("1.0", "大型企业利润降幅收窄", value=1.0, unit=PP, kind="percent", d="down", note=N)
s("1.2", "中型企业利润降幅收窄", unit=PP, kind="percent", d="down", note=N)
s("1.9个百分点", "小型企业利润降幅收窄", d="down")
D.write("../u2-industrial-profits-jan-oct-2023-nbs-interpretation-magazine")
