from lib import Doc
D = Doc("../f12-disasters-2016-year-review-peoples-daily-yzctcx.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人民日报 (记者陈劲松), 北京1月14日电 (2017), on 民政部's 2016 disaster review, as reposted by a 济宁 news site (its
# trailing `济宁国内新闻` kept). Scope `2016年；全国`. `近1.9亿人次` → approx (近 in the surface). 万公顷 → 公顷 ×10⁴.
# `与“十二五”时期均值相比…分别增加11%、31%…分别减少39%、24%` → up ×2, down ×2; `“十二五”` → name trap.
# 一是…六是 → list markers.
D.scope = "2016年；全国"
date("1月14日", "2017-01-14", subject="电讯日期", note="year 2017: the 2016 review was released in January 2017.")
date("2016年", "2016", subject="统计年份")
s("近1.9亿人次", "自然灾害受灾人次", value=190000000, unit="人次", kind="count", q="approx")
s("1432人", "因灾死亡人数")
s("274人", "失踪人数")
s("1608人", "因灾住院治疗人数")
s("910.1万人次", "紧急转移安置人次")
s("52.1万间", "倒塌房屋", kind="count")
s("334万间", "不同程度损坏房屋", kind="count")
s("2622万公顷", "农作物受灾面积", kind="measure")
s("290万公顷", "农作物绝收面积", kind="measure")
s("5032.9亿元", "直接经济损失")
date("2016年", "2016", subject="年份")
N = "与“十二五”时期均值相比: 因灾死亡失踪人口、直接经济损失分别增加11%、31%, 受灾人口、倒塌房屋数量分别减少39%、24%."
s("11%", "因灾死亡失踪人口较“十二五”时期均值增加", d="up", note=N)
s("31%", "直接经济损失较“十二五”时期均值增加", d="up", note=N)
s("39%", "受灾人口较“十二五”时期均值减少", d="down", note=N)
s("24%", "倒塌房屋数量较“十二五”时期均值减少", d="down", note=N)
date("2015年", "2015", subject="比较年份")
date("2016年", "2016", subject="年份")
t("十二五", "“十二五”: the name of the 12th five-year-plan period, not a count", "name_or_title")
for m in ("一是", "二是", "三是", "四是", "五是", "六是"):
    t(m, "enumeration marker " + m, "list_marker")
D.write("../f12-disasters-2016-year-review-peoples-daily-yzctcx")
