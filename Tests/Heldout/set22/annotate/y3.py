from lib import Doc
D = Doc("../y3-national-day-tourism-day3-2016-xinhua-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新华社 2016-10-03 (记者 齐中熙), reposted on a mirror of the www.gov.cn article page (content_5114994.htm). Headline and
# national figures → 2016年10月3日；全国; railway 预计 → target; provinces' 前3日 / 1日-3日 → 2016年10月1日-3日；<province>.
ordn("第三天", 3, "国庆假期第几天", unit="天")
s("1.08亿人次", "国庆假期第三天全国旅游接待", scope="2016年10月3日；全国")
date("2016-10-03 20:42", "2016-10-03", subject="发布时间")
date("10月3日", "2016-10-03", subject="电头日期", note="year from the posting time (line 6).")
date("10月3日", "2016-10-03", subject="统计日", note="year from the posting time (line 6).")
D.scope = "2016年10月3日；全国"
s("1.08亿人次", "全国旅游接待人数")
s("14.3%", "全国旅游接待人数同比增速", d="up")
s("880亿元", "全国旅游消费")
s("15.1%", "全国旅游消费同比增幅", d="up")
ordn("第三天", 3, "国庆假期第几天", unit="天")
t("多", "丰富多彩 (idiom): 多 is not an approximator.", "approximator_lookalike")
s("1100万人次", "全国铁路预计发送旅客", q="target", note="预计 → target, as earlier sets.")
s("388列", "全国铁路预计增开旅客列车", q="target")
D.scope = "2016年10月1日-3日；辽宁省"
date("前3日", "2016-10-01/2016-10-03", subject="辽宁统计期", note="前3日 of the 国庆 holiday (10月1日起).")
s("1740万人次", "辽宁共接待游客")
s("11.6%", "辽宁接待游客同比增速", d="up")
s("982112万元", "辽宁旅游收入")
s("13.3%", "辽宁旅游收入同比增速", d="up")
D.scope = "2016年10月1日-3日；上海市"
date("前3日", "2016-10-01/2016-10-03", subject="上海统计期")
s("约455万人次", "上海累计接待游客", value=4550000, unit="人次", kind="count", q="approx",
  note="约 kept in the surface (coverage needs every 约 inside a surface), as set 13.")
s("7%", "上海接待游客同比增速", d="up")
D.scope = "2016年10月1日-3日；江西省"
date("1日-3日", "2016-10-01/2016-10-03", subject="江西统计期")
s("36个", "江西全省重点旅游景区")
s("387.02万人次", "江西36个重点旅游景区累计接待游客")
s("22.92%", "江西重点景区接待游客同比增速", d="up")
D.scope = "2016年10月1日-3日；山东省"
date("前3日", "2016-10-01/2016-10-03", subject="山东统计期")
t("百家", "全省监测的百家旅游景区: the monitored ‘hundred scenic spots’ panel (a round name, not necessarily 100); either reading acceptable, gold does not extract it.", "vague_or_generic", ambiguous=True)
dur("三天", 3, "山东统计天数", unit="天")
s("495.5万人次", "山东百家旅游景区三天共接待游客")
s("11.3%", "山东百家景区接待游客同比增速", d="up")
t("一", "扫一扫 (scan): 一 is not a number.", "idiom_or_figurative")
D.write("../y3-national-day-tourism-day3-2016-xinhua-repost")
