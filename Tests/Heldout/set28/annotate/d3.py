from lib import Doc
D = Doc("../d3-jiangsu-hrss-employment-social-insurance-q1-q3-2015-cnfl.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国经济网 item of 2015-10-24 (as kept on cnfl.com.cn) on 江苏省人社厅 figures for 前三季度 2015: 城镇新增就业,
# 登记失业率, 再就业, 创业, 培训, five 参保人数 (万人), 养老金 (元). The print keeps a line break after
# `在推进社保扩面提质方面,` (line 5) before `9月末`. Flows of 前三季度 / 1-9月 → scope `2015年1-9月；江苏省`; 9月末
# figures → `2015年9月末；江苏省`. `完成全年目标的104.68%` → a share of the plan (percent, no direction).
# `同比下降0.02个百分点` → down. `转移率超过70%` → approx_more (超过 outside the surface). `提高到2460元` → a level (no
# direction); `比上年增长10%` → up. `由每人每月90元提高到105元` → two levels (unit 元 as written; 每人每月 is the basis).
F = "2015年1-9月；江苏省"
K = "2015年9月末；江苏省"
D.scope = F
YR = "year from the date line (2015-10-24)."
date("前三季度", "2015-01/2015-09", subject="统计期（标题）", note=YR)
s("104.68万人", "城镇新增就业（标题）")
date("2015-10-24 11:44:50", "2015-10-24", subject="发布时间")
date("23日", "2015-10-23", subject="获悉日期", note="记者23日从省人社厅获悉: month/year from the date line.")
date("前三季度", "2015-01/2015-09", subject="统计期", note=YR)
date("前三季度", "2015-01/2015-09", subject="统计期", note=YR)
s("104.68万人", "全省城镇新增就业")
s("104.68%", "城镇新增就业完成全年目标的比例", note="完成全年目标的104.68%: share of the annual target, no direction.")
date("9月末", "2015-09", subject="时点（9月末）", note=YR)
s("3.00%", "城镇登记失业率", scope=K)
s("0.02个百分点", "城镇登记失业率同比下降", d="down", scope=K)
s("58.11万人", "城镇失业人员再就业")
s("10.01万人", "帮扶就业困难人员就业")
date("前三季度", "2015-01/2015-09", subject="统计期", note=YR)
s("16.26万人", "新增转移农村劳动力")
s("70%", "农村劳动力转移率（超过）", q="approx_more", note="转移率超过70%: 超过 → approx_more (outside the surface).")
date("1-9月", "2015-01/2015-09", subject="统计期", note=YR)
s("11.78万人", "全省创业培训")
s("4.21万人", "培训后成功创业")
s("15.48万人", "创业带动就业")
s("1.71万人", "扶持大学生创业", note="扶持大学生、农民创业分别达1.71万人、3.73万人.")
s("3.73万人", "扶持农民创业")
date("1-9月", "2015-01/2015-09", subject="统计期", note=YR)
s("164.29万人", "全省培训城乡劳动者")
D.scope = K
date("9月末", "2015-09", subject="时点（9月末）", note=YR)
NB = "参保人数分别达到…: 企业职工基本养老、城镇基本医疗、失业、工伤和生育保险, in that order."
s("1997.54万人", "企业职工基本养老保险参保人数", note=NB)
s("3906.05万人", "城镇基本医疗保险参保人数", note=NB)
s("1477.11万人", "失业保险参保人数", note=NB)
s("1578.28万人", "工伤保险参保人数", note=NB)
s("1447.76万人", "生育保险参保人数", note=NB)
s("2460元", "企业退休人员月人均基本养老金（提高到）", scope="2015年；江苏省", note="提高到2460元: the level reached, no direction.")
s("10%", "企业退休人员月人均基本养老金比上年增长", d="up", scope="2015年；江苏省")
s("90元", "城乡居保基础养老金最低标准（每人每月，提高前）", scope="2015年；江苏省",
  note="由每人每月90元提高到105元: two levels, no direction; 每人每月 is the basis (元/人·月), unit 元 as written.")
s("105元", "城乡居保基础养老金最低标准（每人每月）", scope="2015年；江苏省")
date("前三季度", "2015-01/2015-09", subject="统计期（原标题）", note=YR)
s("104.68万人", "城镇新增就业（原标题）", scope=F)
D.write("../d3-jiangsu-hrss-employment-social-insurance-q1-q3-2015-cnfl")
