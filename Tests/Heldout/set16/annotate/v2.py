from lib import Doc
D = Doc("../v2-pearl-river-water-bulletin-2022-chinanews-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中新网 (王坚) report of 珠江委's 《2022年珠江片水资源公报》, reposted by a content site (发布时间 2024-04-19, 来源
# sp20240419). Scope 2022年；珠江片 (the 珠江片 is the water-resources region, 不含红河/香港/澳门 as the text says).
# 比多年平均值偏多X% → direction up (a stated departure from the long-term mean, like 比上年增长); 偏少 → down.
Y = ("year of 11月24日 inferred as 2023 (the 2022 bulletin is issued the following year; the repost's 发布时间 "
     "2024-04-19 is later); the text gives no year.")
D.scope = "2022年；珠江片"
date("2022年", "2022", subject="公报年度（标题）")
date("2024-04-19 19:20:12", "2024-04-19", subject="转载发布时间", note="time 19:20:12 kept in the surface.")
t("sp20240419", "来源 sp20240419: a source code of the repost site (digits = a date stamp inside an identifier), not a quantity.",
  "name_or_title")
date("11月24日", "2023-11-24", subject="电讯日期（中新网广州电）", note=Y)
date("24日", "2023-11-24", subject="珠江委发布消息日期", note=Y)
date("2022年", "2022", subject="公报年度")
date("2022年", "2022", subject="统计年度")
s("1729.3毫米", "珠江片平均年降水量", kind="measure")
s("11.1%", "年降水量比多年平均值偏多", d="up")
s("四大", "《公报》主要内容部分数", value=4, unit=None, kind="count", scope=None,
  note="AMBIGUOUS 综述、水资源量、蓄水动态、水资源开发利用等四大部分: the number of parts of the bulletin; unit null (三大X). Also a trap with gold_id.")
t("四大", "等四大部分: a count of the bulletin's own parts (document structure); either reading acceptable, gold extracts it.",
  "title_embedded_count", ambiguous=True, gold_surface="四大")
date("2022年", "2022", subject="统计年度")
s("1729.3毫米", "珠江片平均年降水量", kind="measure")
s("11.1%", "年降水量比多年平均值偏多", d="up")
s("5423亿立方米", "水资源总量")
s("14.3%", "水资源总量比多年平均值偏多", d="up")
s("5404亿立方米", "地表水资源量")
s("1245.3亿立方米", "地下水资源量")
s("19亿立方米", "地下水与地表水资源不重复量")
date("2022年", "2022", subject="统计年度")
s("779.1亿立方米", "珠江片用水总量")
date("2021年", "2021", subject="比较年度")
s("467.5亿立方米", "农业用水")
s("60%", "农业用水占用水总量的比重")
s("115亿立方米", "工业用水（含直流火核电冷却水）")
s("48.4亿立方米", "直流火核电冷却水（工业用水中）")
s("14.8%", "工业用水占用水总量的比重")
s("173.5亿立方米", "生活用水")
s("22.3%", "生活用水占用水总量的比重")
date("2021年", "2021", subject="比较年度")
s("11.4亿立方米", "用水总量比2021年减少", d="down")
date("2022年", "2022", subject="统计年度")
s("373立方米", "人均综合用水量")
W = "万元地区生产总值用水量 / 万元工业增加值用水量: 万元 (per 10,000 yuan) is part of the indicator's name, not a figure."
t("万元", W, "name_or_title")
s("44.2立方米", "万元地区生产总值（当年价）用水量")
date("2021年", "2021", subject="比较年度")
t("万元", W, "name_or_title")
t("万元", W, "name_or_title")
s("5.6%", "万元地区生产总值用水量比2021年下降", d="down")
s("15.7%", "万元工业增加值用水量比2021年下降", d="down")
t("一步", "进一步: 一 is not a number.", "vague_or_generic")
tall("多年", "多年平均值 (the long-term mean): 多 = many, not an approximator.", "approximator_lookalike")
tall("偏多", "比多年平均值偏多: 偏多 = 'more than' (the direction of the departure), not an approximator.", "approximator_lookalike")
tall("节约", "节约 (saving): 约 is not an approximator.", "approximator_lookalike")
D.write("../v2-pearl-river-water-bulletin-2022-chinanews-repost")
