from lib import Doc
D = Doc("../f8-disasters-jan-sep-2011-mca-caixin.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 财新网 2011-10-11 (见习记者 林韵诗) on 民政部's 1-9月 2011 disaster analysis. The stored page holds the three
# paragraphs twice (lines 1-3 and 4-6, identical); both copies are annotated. Year 2011 from the page address.
# Scope `2011年1-9月；全国`. `1074人死亡(含失踪127人)` → two counts. 万公顷 → 公顷 ×10⁴ (measure). `国家四级/三级救灾应急
# 响应` → response levels: name traps (as 二级公路, set 27); `29次`, `2次` → counts 次.
Y = "year 2011 from the page address (caixin 2011-10-11)."
D.scope = "2011年1-9月；全国"
for k in (1, 2):
    date("10月10日", "2011-10-10", subject="发布日期", note=Y)
    date("1-9月", "2011-01/2011-09", subject="统计期", note=Y)
    date("前九月", "2011-01/2011-09", subject="统计期", note=Y)
    s("4.8亿人次", "自然灾害受灾人次")
    s("1074人", "死亡人数（含失踪）")
    s("127人", "失踪人数")
    s("912.7万人次", "紧急转移安置人次")
    s("3028.1亿元", "直接经济损失")
    s("85.3万间", "倒塌房屋", kind="count")
    s("308.2万间", "损坏房屋", kind="count")
    s("3882.6万公顷", "农作物受灾面积", kind="measure")
    s("380.4万公顷", "农作物绝收面积", kind="measure")
    s("29次", "启动国家四级救灾应急响应")
    s("2次", "启动三级响应")
    t("四级", "国家四级救灾应急响应: the name of a response level, not a count", "name_or_title")
    t("三级", "三级响应: the name of a response level, not a count", "name_or_title")
D.write("../f8-disasters-jan-sep-2011-mca-caixin")
