from lib import Doc
D = Doc("../b1-anhui-pboc-hefei-loans-deposits-h1-2023-paper-site.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人民银行合肥中心支行 release on 安徽省 loans/deposits at the end of June 2023 (a newspaper site's mobile page, 2023-07-28).
# Scope `2023年6月末；安徽省` (the year is written on line 2: 2023年6月末; 今年 = 2023). 余额 → levels; 同比增长/较年初增加/
# 同比多增/较去年同期提升/高于全国平均 → up; 较去年同期下降/同比下降 → down. `32个基点` → kind percent, unit 个基点 (a basis point
# is 0.01 percentage point; value as written, like 个百分点). 同比多增: 多 is not an approximator (trap, as set 17).
PP = "个百分点"
D.scope = "2023年6月末；安徽省"
date("6月末", "2023-06", subject="时点", note="今年6月末; the year 2023 is written on line 2 (2023年6月末).")
s("15.8%", "人民币各项贷款余额同比增速", d="up")
s("4.4个百分点", "贷款余额增速高于全国平均", d="up")
dur("7个月", 7, "贷款增速连续位列全国第一的月数", unit="个月")
ordn("第一", 1, "人民币各项贷款余额增速全国排名", unit=None, note="位列全国第一 (连续7个月).")
date("6月末", "2023-06", subject="时点")
s("74539.7亿元", "人民币各项贷款余额")
s("15.8%", "人民币各项贷款余额同比增速", d="up", note="repeat of line 1.")
s("1.2个百分点", "贷款余额增速较去年同期提升", d="up")
s("7419.5亿元", "人民币各项贷款较年初增加", d="up")
s("1248.7亿元", "人民币各项贷款同比多增", d="up", note="同比多增 → up (as set 17).")
t("多增", "同比多增 (increased more than a year earlier): 多 is not an approximator.", "approximator_lookalike")
ordn("第7位", 7, "贷款年初增量全国排名", unit="位")
ordn("第1位", 1, "贷款增速全国排名", unit="位")
date("2023年6月末", "2023-06", subject="时点")
s("81999亿元", "人民币各项存款余额")
s("11.8%", "人民币各项存款余额同比增速", d="up")
s("0.5个百分点", "存款余额增速较去年同期下降", d="down")
s("7506.3亿元", "人民币各项存款较年初增加", d="up")
s("425.7亿元", "人民币各项存款同比多增", d="up")
t("多增", "同比多增: 多 is not an approximator.", "approximator_lookalike")
t("中部六省", "中部六省 (the six central provinces, a region's name): the rank 第1位 follows; preferred not extracted.", "name_or_title", ambiguous=True)
ordn("第1位", 1, "存款增速中部六省排名", unit="位")
t("长三角", "长三角 (Yangtze River Delta, a region's name).", "name_or_title")
ordn("第3位", 3, "存款增速长三角排名", unit="位")
date("6月", "2023-06", subject="月份", note="今年6月 = June 2023.")
t("一般贷款", "一般贷款 (ordinary loans, a category name): 一 is not a number.", "name_or_title")
s("4.49%", "金融机构一般贷款加权平均利率", scope="2023年6月；安徽省")
s("32个基点", "一般贷款加权平均利率同比下降", value=32, unit="个基点", kind="percent", d="down", scope="2023年6月；安徽省",
  note="个基点 (basis points, 0.01 percentage point): value as written, unit 个基点, kind percent (like 个百分点).")
s("3.96%", "新发放企业贷款加权平均利率", scope="2023年6月；安徽省")
s("27个基点", "新发放企业贷款加权平均利率同比下降", value=27, unit="个基点", kind="percent", d="down", scope="2023年6月；安徽省")
D.write("../b1-anhui-pboc-hefei-loans-deposits-h1-2023-paper-site")
