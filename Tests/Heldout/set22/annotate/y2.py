from lib import Doc
D = Doc("../y2-national-day-tourism-day3-2017-chinanews-china-com.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国新闻网 2017-10-03 (page 2 of a multi-page story on china.com): 国庆假期 day 3 national headline, then 福建/江西/广西
# figures for 当天 (10月3日). Scope `2017年10月3日；<place>`; growth 同比/环比增长 → up. The store stops inside the 广西 paragraph.
date("3日", "2017-10-03", subject="统计日", note="year and month from the posting time 2017-10-03 (line 5).")
s("1.19亿人次", "全国接待国内游客", scope="2017年10月3日；全国")
s("984亿元", "全国旅游收入", scope="2017年10月3日；全国")
date("2017-10-03 19:11:52", "2017-10-03", subject="发布时间")
D.scope = "2017年10月3日；福建省"
s("493.34万人次", "福建全省当天接待游客")
s("25.65%", "福建接待游客同比增速", d="up")
s("33.06亿元", "福建旅游收入")
s("35.47%", "福建旅游收入同比增速", d="up")
t("两位数", "以两位数增长 (double-digit growth): a class, not a quantity (as set 13).", "vague_or_generic")
D.scope = "2017年10月3日；厦门鼓浪屿"
s("4.9万人次", "鼓浪屿当天接待游客")
s("227%", "鼓浪屿接待游客同比增速", d="up")
D.scope = "2017年10月3日；福州市五大公园"
s("五大", "福州市五大公园（西湖、左海、温泉、闽江、儿童公园）", value=5, unit=None, kind="count",
  note="AMBIGUOUS: 五大公园 sums the five parks just listed (三大X convention, unit null); also listed in traps.")
t("五大", "五大公园: count of the five parks just named; either reading acceptable, gold extracts it (count 5, unit null).", "title_embedded_count", ambiguous=True, gold_surface="五大")
s("23.75万人次", "福州五大公园当日接待游客")
s("16.4%", "福州五大公园接待游客同比增速", d="up")
D.scope = "2017年10月3日；厦门植物园"
s("1.17万人次", "厦门植物园接待游客")
s("15.92%", "厦门植物园接待游客同比增速", d="up")
D.scope = "2017年10月3日；集美鳌园"
s("0.38万人次", "集美鳌园接待游客")
s("45.79%", "集美鳌园接待游客同比增速", d="up")
D.scope = "2017年10月3日；江西省"
s("986.31万人次", "江西全省当天接待游客")
s("8.32%", "江西接待游客同比增速", d="up")
s("0.68%", "江西接待游客环比增速", d="up")
s("60.65亿元", "江西旅游收入")
s("15.67%", "江西旅游收入同比增速", d="up")
s("3.19%", "江西旅游收入环比增速", d="up")
t("一条街", "“陡水鱼宴一条街” (event name).", "name_or_title")
t("七仙女", "“七仙女送祝福” (event name; the Seven Fairies).", "name_or_title")
t("四梦", "“临川四梦” (Tang Xianzu's four plays, a title).", "name_or_title")
t("三清山", "三清山 (mountain name).", "name_or_title")
ordn("68周年", 68, "新中国成立周年数", unit="周年", note="anniversary (庆祝新中国成立68周年) → ordinal, not scored.")
t("多", "众多游客 (many): vague, not an approximator.", "approximator_lookalike")
D.scope = "2017年10月3日；广西壮族自治区"
s("381.12万人次", "广西全区当天接待游客")
s("24.99亿元", "广西旅游收入")
D.write("../y2-national-day-tourism-day3-2017-chinanews-china-com")
