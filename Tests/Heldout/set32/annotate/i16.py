from lib import Doc
D = Doc("../i16-jinping-county-jan-oct-2011-investment-qdn.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 黔东南 news site (3g.qdn.cn/news/jp/201111): 锦屏县 招商引资 1—10月 2011 (year from the page address). Headline `近12亿元`
# → approx, 近 in the surface; `前10个月` → date 2011-01/2011-10 (10 in the surface); `是去年同期的18倍` → ratio 倍
# (a multiple, no direction); `完成工作任务的98.7%` → share; `开工率47.4%` → percent. `亿元以上` → AMBIGUOUS trap.
# `“走出去、请进来”` has no numeral; `多个方面` → 多 vague trap.
Y = "year 2011 from the page address (/201111/)."
D.scope = "2011年1—10月；锦屏县"
s("近12亿元", "招商引资到位资金（标题）", value=1200000000, unit="元", kind="money", q="approx")
date("前10个月", "2011-01/2011-10", subject="统计期", note=Y)
s("76个", "签约招商引资项目")
s("147.97亿元", "协议资金")
s("11.91亿元", "实际到位资金")
date("1-10月", "2011-01/2011-10", subject="统计期", note=Y)
s("76个", "全县签约项目")
t("亿元以上", "亿元以上项目: project size class with a bare 亿; preferred not extracted.", "vague_or_generic", True)
s("18个", "亿元以上签约项目")
s("147.97亿元", "总协议资金")
s("98.7%", "协议资金完成工作任务比例")
s("11.91亿元", "到位资金")
s("79.4%", "到位资金完成工作任务比例")
s("18倍", "到位资金为去年同期的倍数", note="是去年同期的18倍: a multiple of last year's level, no direction.")
s("36个", "新开工项目")
s("47.4%", "项目开工率")
t("多", "多个方面: vague plural, not a figure.", "vague_or_generic")
tall("签约", "签约 (sign a contract): 约 is not an approximator.", "approximator_lookalike")
D.write("../i16-jinping-county-jan-oct-2011-investment-qdn")
