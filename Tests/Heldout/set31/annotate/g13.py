from extra import Doc31
D = Doc31("../g13-qiyang-poverty-2014-rednet.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 红网祁阳站 2015-02-03: 祁阳县 扶贫开发 in 2014 (moment.rednet.cn/…/20150203/31807.html), a county's year summary with
# 万元, 个, 公里, 千米, 口, 亩, 户, 平米, 处, 头羽, 项, 场次, 人次, 份. `近500亩` → approx (近 in the surface); `2100多平米`,
# `15000多头羽`, `3000多人次`, `1万余份` → approx_more (多/余 in the surface); `增加400元以上` → approx_more, up;
# `减少贫困人口1.1万人` → down; `贫困面下降12.6%` → down. `一年` (headline) → duration 1 年. `三大战略` (基础、产业、精准扶贫,
# named before it) → count, unit null, AMBIGUOUS with gold_id (as 兩大 in set 30); `“三级联创”` → name trap.
# Units as written: 平米 (not 平方米), 千米, 口 (ponds), 头羽 (head of livestock and poultry).
A = "2014年；祁阳县"
dur("一年", 1, "减少贫困人口所用时间（标题）")
s("1.1万人", "祁阳一年减少贫困人口", d="down", scope=A)
date("2015-02-03 16:06:47", "2015-02-03", subject="发布时间")
date("2月3日", "2015-02-03", subject="电讯日期")
date("2月2日", "2015-02-02", subject="省扶贫办传来喜讯日期")
date("2014年", "2014", subject="年份")
date("2014年", "2014", subject="年份")
t("三级联创", "the 县镇村 “三级联创” campaign, a name.", "name_or_title")
D.scope = A
s("三大", "扶贫战略（基础扶贫、产业扶贫、精准扶贫）", value=3, unit=None, kind="count",
  note="AMBIGUOUS: 三大战略, the three named before it.")
t("三大", "三大战略: the three named before it (基础扶贫、产业扶贫、精准扶贫).", "vague_or_generic", ambiguous=True, gold_surface="三大")
s("1462万元", "全年投入各类扶贫项目资金")
s("394万元", "中央和省财政专项扶贫资金")
s("37个", "开工建设硬件扶贫项目")
s("36公里", "硬化村组公路")
s("25公里", "新修机耕路")
s("1座", "建桥梁", unit="座", kind="count")
s("19千米", "渠道防渗", unit="千米", kind="measure")
s("50口", "整修骨干山塘", unit="口", kind="count")
s("2500人", "帮助解决饮水困难人数")
s("近500亩", "增加有效灌溉农田面积", value=500, unit="亩", kind="measure", q="approx")
s("200户", "帮助建房的贫困户")
s("2100多平米", "帮助贫困户建房面积", value=2100, unit="平米", kind="measure", q="approx_more")
s("4处", "建成农民健身场所")
s("3个", "建成村级卫生室")
s("300平方米", "村级活动中心面积")
s("21处", "改造和新建产业基地")
s("2770亩", "产业基地面积")
s("40户", "扶持养殖大户")
s("15000多头羽", "饲养畜禽", value=15000, unit="头羽", kind="count", q="approx_more")
s("13项", "智力软件扶贫项目")
s("50场次", "农业科技培训")
s("3000多人次", "培训农民", q="approx_more")
s("1万余份", "发放科技资料", value=10000, unit="份", kind="count", q="approx_more")
s("400元以上", "贫困村人均纯收入增加", q="approx_more", d="up")
s("10.4%", "贫困村人均纯收入较上年增长", d="up")
s("1.1万人", "减少贫困人口", d="down")
s("12.6%", "贫困面下降", d="down")
D.write("../g13-qiyang-poverty-2014-rednet")
