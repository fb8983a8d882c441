from lib import Doc
D = Doc("../t4-city-economy-h1-2015-newspaper-print-spaces.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# news.xna8.com/mz/201507/35261.html: a city's 2015 上半年 economy (记者从市统计局了解到). The city is not named
# (全市/我市); year 2015 from `15年以来` and the page address (/201507/). Print line ends survive as spaces
# (`增速 比全省`, `占总投资的 32.1%`, `1.7 、2.8个百分点`, `电子信息 增幅`). Whole stored text.
S = "2015年上半年；全市"
P, N = "2015年上半年；全省", "2015年上半年；全国"
D.scope = S
CMP = "comparison rate in parentheses (全省/全国 growth), no direction."
s("440.26亿元", "全市生产总值（GDP）")
s("8.4%", "全市生产总值增长", d="up")
s("0.8个百分点", "GDP增速同比提高", d="up")
s("7.7%", "全省生产总值增速", scope=P, note=CMP)
s("7.0%", "全国生产总值增速", scope=N, note=CMP)
s("0.7", "GDP增速高于全省", unit="个百分点", kind="percent", d="up", note="分别高0.7、1.4个百分点: the unit written once after the list carries to 0.7; 高于 → up (as set 13 t1).")
s("1.4个百分点", "GDP增速高于全国", d="up")
ordn("第3位", 3, "GDP增幅全省排位", unit="位")
ordn("第一", 1, "固定资产投资增速全省排位（小标题）")
date("15年", "2015", subject="起始年份（15年以来）", note="15年 = 2015 (two-digit year).")
s("30%以上", "固定资产投资每月增速（以上）", q="approx_more", d="up")
date("1至6月", "2015-01/2015-06", subject="统计期间", note="year 2015 from 15年 and the page address.")
s("232.88亿元", "全市固定资产投资完成")
s("34.5%", "固定资产投资同比增长", d="up")
s("17.3%", "全省固定资产投资增速", scope=P, note=CMP)
s("11.4%", "全国固定资产投资增速", scope=N, note=CMP)
s("17.2", "投资增速高于全省", unit="个百分点", kind="percent", d="up", note="unit written once after the list carries (分别高17.2、23.1个百分点).")
s("23.1个百分点", "投资增速高于全国", d="up")
ordn("第一", 1, "固定资产投资增速全省排位")
s("75.11亿元", "工业投资")
s("32.1%", "工业投资占总投资比重", note="a print space stands before the number (`占总投资的 32.1%`).")
s("103.2%", "工业投资增长", d="up")
ordn("第一位", 1, "工业投资增幅全省排位", unit="位")
ordn("第四", 4, "工业增幅全省排位（小标题）")
s("97.89亿元", "全市规模以上工业增加值")
s("9.1%", "规模以上工业增加值同比增长", d="up")
s("7.4%", "全省规模以上工业增加值增速", scope=P, note=CMP)
s("6.3%", "全国规模以上工业增加值增速", scope=N, note=CMP)
s("1.7", "工业增速高于全省", unit="个百分点", kind="percent", d="up",
  note="`1.7 、2.8个百分点`: a print space before the list comma; the unit written once carries to 1.7.")
s("2.8个百分点", "工业增速高于全国", d="up")
ordn("第四", 4, "工业增幅全省排位")
s("六大", "支柱产业（六大支柱产业）", value=6, unit=None, kind="count",
  note="六大支柱产业 → count 6, unit null (as set 13 t5's 四大), with an AMBIGUOUS trap carrying gold_id.")
t("六大", "六大支柱产业: a count written as 六大; extraction preferred, omission acceptable.", "vague_or_generic",
  ambiguous=True, gold_surface="六大")
s("83.54亿元", "六大支柱产业工业增加值")
s("9.0%", "六大支柱产业工业增加值同比增长", d="up")
s("0.5个百分点", "六大支柱产业增速同比提高", d="up")
s("22.5%", "矿产加工业增幅", note="增幅最大, 分别为 → growth rates stated as levels (为), no direction.")
s("21.6%", "电子信息增幅", note="增幅 分别为 → level of the growth rate, no direction.")
s("五个", "省级园区", value=5, unit="个", kind="count")
s("19.73亿元", "五个省级园区工业增加值")
s("20.4%", "省级园区工业增加值同比增长", d="up")
s("2.1个百分点", "省级园区增幅同比提高", d="up")
ordn("第三", 3, "财政收入增幅全省排位（小标题）")
t("一步", "进一步 (further), not a quantity.", "idiom_or_figurative")
date("1至6月", "2015-01/2015-06", subject="统计期间", note="year 2015 from 15年 and the page address.")
s("75.23亿元", "全市农林牧渔业增加值")
s("4.2%", "农林牧渔业增加值增长", d="up")
ordn("第3位", 3, "财政收入增幅全省排位", unit="位")
s("1.0%", "居民消费价格指数（CPI）上涨", d="up")
s("1.8个百分点", "CPI涨幅同比回落", d="down")
D.write("../t4-city-economy-h1-2015-newspaper-print-spaces")
