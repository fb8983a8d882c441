from lib import Doc
D = Doc("../aa12-chongqing-procuratorate-2020-cqcb.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 重庆晨报 (上游新闻, 王梓涵) 2021-01-23 on the 重庆市人民检察院工作报告: 2020 figures. `受理民事行政监督案件 4777件`
# has a stray space before the number (kept).
date("2020年", "2020", subject="统计年度")
D.scope = "2020年；重庆市"
s("13987人", "批捕各类犯罪嫌疑人")
s("32580人", "提起公诉")
s("57件", "提出刑事抗诉")
s("3629人次", "监督纠正刑事执行违法违规")
s("4777件", "受理民事行政监督案件")
s("121件", "提起民事行政抗诉")
s("2267件", "立公益诉讼案")
s("2021件", "发出诉前检察建议")
s("154件", "提起公益诉讼")
s("11232件", "审查办理控告申诉")
D.write("../aa12-chongqing-procuratorate-2020-cqcb")
