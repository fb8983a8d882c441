from lib import Doc
D = Doc("../b6-jiangsu-pboc-nanjing-q3-2022-financial-operation-news-site.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国人民银行南京分行's 2022 Q3 release on 江苏 金融运行, as a news site's text (ourjiangsu.com, 2022-11-04). The year is not
# written: 2022 from the page address (20221104). Scopes `2022年1—9月；江苏省` (1-9月), `2022年三季度；江苏省`,
# `2022年9月末；江苏省`, `2022年9月；江苏省` (9月份). 新增 (new loans in the period) → a flow amount, no direction (as set 17);
# 比上年同期多 / 同比多增 / 高于… / 比上年末上升 → up; 同比下降 → down; 余额 → level. The store stops at `3季度工`.
Y = "year 2022 not written: from the page address (20221104)."
PP = "个百分点"
tall("同期多", "比上年同期多N亿元 (N more than a year earlier): 多 is not an approximator.", "approximator_lookalike")
tall("一揽子", "一揽子 (a package of): 一 is not a number.", "idiom_or_figurative")
date("11月4日", "2022-11-04", subject="发布日期", note=Y)
date("三季度", "2022-Q3", subject="统计期", note=Y)
date("1-9月", "2022-01/2022-09", subject="统计期", note=Y)
D.scope = "2022年1—9月；江苏省"
s("2.25万亿元", "全省本外币贷款新增")
ordn("第一", 1, "贷款新增全国排名", unit=None)
t("26条", "货币金融26条 (the name of a policy package of 26 articles): a slogan-like title, not a reported quantity.", "slogan_count")
date("1-9月", "2022-01/2022-09", subject="统计期")
s("3.02万亿元", "全省社会融资规模增量")
s("158亿元", "社会融资规模增量比上年同期多", d="up")
date("三季度", "2022-Q3", subject="统计期")
s("6019亿元", "三季度社会融资规模增量", scope="2022年三季度；江苏省")
date("1-9月", "2022-01/2022-09", subject="统计期")
s("2.25万亿元", "全省本外币贷款新增", note="repeat of line 1.")
s("2495亿元", "本外币贷款新增比上年同期多", d="up")
ordn("第一", 1, "贷款新增全国排名", unit=None)
date("三季度", "2022-Q3", subject="统计期")
D.scope = "2022年三季度；江苏省"
s("4641亿元", "三季度本外币贷款新增")
s("271亿元", "三季度本外币贷款同比多增", d="up")
t("多增", "同比多增: 多 is not an approximator.", "approximator_lookalike")
date("9月末", "2022-09", subject="时点")
D.scope = "2022年9月末；江苏省"
s("20.3万亿元", "本外币贷款余额")
s("15%", "本外币贷款余额同比增速", d="up")
s("4.3个百分点", "贷款增速高于全国平均增速", d="up")
date("1-9月", "2022-01/2022-09", subject="统计期")
s("1983亿元", "全省政府债券净融资", scope="2022年1—9月；江苏省")
s("550亿元", "政府债券净融资比上年同期多", d="up", scope="2022年1—9月；江苏省")
date("9月末", "2022-09", subject="时点")
s("23.5%", "制造业贷款余额同比增速", d="up")
dur("24个月", 24, "制造业贷款连续保持两位数增长月数", unit="个月")
t("两位数", "两位数增长 (double-digit growth): a vague class, not a figure.", "vague_or_generic")
date("9月末", "2022-09", subject="时点")
s("30%", "普惠小微贷款余额同比增速", d="up")
s("15.2个百分点", "普惠小微贷款增速高于人民币贷款增速", d="up")
date("9月末", "2022-09", subject="时点")
s("16.3%", "涉农贷款余额同比增速", d="up")
s("3.8个百分点", "涉农贷款增速比上年末上升", d="up")
date("9月末", "2022-09", subject="时点")
s("48.1%", "绿色信贷余额同比增速", d="up")
s("8.1个百分点", "绿色信贷增速比上年末上升", d="up")
date("9月份", "2022-09", subject="月份")
s("4.2%", "企业贷款加权平均利率", scope="2022年9月；江苏省")
s("0.4个百分点", "企业贷款加权平均利率同比下降", d="down", scope="2022年9月；江苏省")
date("3季度", "2022-Q3", subject="工作期（截断）", note="人民银行南京分行3季度工… — the stored text stops here.")
D.write("../b6-jiangsu-pboc-nanjing-q3-2022-financial-operation-news-site")
