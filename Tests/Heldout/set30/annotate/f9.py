from lib import Doc
D = Doc("../f9-disasters-2015-thesis-abstract-soolun.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A thesis excerpt (soolun.net `论文部分内容阅读`) quoting 民政部's 2015 disaster totals. Scope `2015年；全国`.
D.scope = "2015年；全国"
date("2015年", "2015", subject="统计年份")
s("18620.3万人次", "自然灾害受灾人次")
s("819人", "死亡人数")
s("148人", "失踪人数")
s("644.4万人次", "紧急转移安置人次")
s("181.7万人次", "需紧急生活救助人次")
s("24.8万间", "倒塌房屋", kind="count")
s("21769.8千公顷", "农作物受灾面积")
s("2704.1亿元", "直接经济损失")
date("2008年", "2008", subject="汶川地震年份")
t("四", "四川: province name", "name_or_title")
D.write("../f9-disasters-2015-thesis-abstract-soolun")
