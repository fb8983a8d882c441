from lib import Doc
D = Doc("../o25-city-key-projects-jan-oct-rajayuj.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A city 发改局 重点项目 progress note (rajayuj.com mirror, path jmsfzhggj; year and city not written, not inferred): 重点建设项目
# 项, 总投资 亿元, 年度投资计划 亿元 (a plan → target), 1-10月 累计完成投资 亿元 + 占年度投资计划 %, 超过时间进度 个百分点 (a gap,
# no direction), 计划开工 项 (target), 已开工 项, 完成年度计划开工 %.
D.scope = "今年；全市"
s("444项", "全市重点建设项目")
s("569项", "打包项目拆分后重点建设项目")
s("5141亿元", "重点建设项目总投资")
s("647.4亿元", "年度投资计划", q="target")
date("1-10月", "--01/--10", subject="统计期", note="year not written.")
s("629.0亿元", "重点项目累计完成投资", scope="今年1-10月；全市")
s("97.2%", "完成投资占年度投资计划比重", scope="今年1-10月；全市")
s("13.8个百分点", "完成投资进度超过时间进度", scope="今年1-10月；全市")
s("255项", "本年度计划开工项目", q="target")
date("1-10月份", "--01/--10", subject="统计期", note="year not written.")
s("223项", "1-10月份计划新开工项目", q="target", scope="今年1-10月；全市")
s("206项", "实际已开工项目")
s("80.8%", "完成年度计划开工比例")
D.write("../o25-city-key-projects-jan-oct-rajayuj")
