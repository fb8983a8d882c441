from lib import Doc
D = Doc("../i4-jiaxing-water-resources-2021-gcs66.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 2021年嘉兴市水资源公报 (summary on a document-sharing site, gcs66). 毫米/亿立方米/立方米 → measure (立方米 after 亿
# scaling, as earlier gold `200亿立方米以上`); 较上年/较多年平均 偏少/偏多/增加 → down/up; 产水系数, 利用系数 → index, unit
# null; `84.85万立方米/平方千米` → measure 立方米/平方千米 ×10⁴; `656 立方米` keeps its space. The site's upload stamp:
# the date → a date statement, the clock time → a trap.
W = "2021年；嘉兴市"
date("2021年", "2021", note="title")
date("2022-07-26", "2022-07-26", subject="发表日期（网站）")
t("21:32:20", "clock time of the site's upload stamp", "vague_or_generic")
date("2021年", "2021", note="title")
D.scope = W
date("2021年", "2021")
s("1512.9毫米", "年平均降水量", kind="measure")
s("63.8899亿立方米", "折合降水水量", kind="measure")
s("7.8%", "降水量较上年偏少", d="down")
s("23.8%", "降水量较多年平均偏多", d="up")
s("35.8318亿立方米", "水资源总量", kind="measure")
s("15.0%", "水资源总量较上年偏少", d="down")
s("49.0%", "水资源总量较多年平均偏多", d="up")
s("0.56", "产水系数", value=0.56, unit=None, kind="index")
s("84.85万立方米/平方千米", "产水模数", kind="measure")
s("656 立方米", "人均水资源量", kind="measure")
s("18.7430亿立方米", "总供水量", kind="measure")
s("4.2%", "总供水量较上年增加", d="up")
s("18.6095亿立方米", "地表水源供水量", kind="measure")
s("0.1335亿立方米", "其他水源供水量", kind="measure")
s("18.7430亿立方米", "总用水量", kind="measure")
s("9.3556亿立方米", "农业用水量", kind="measure")
s("4.7990亿立方米", "工业用水量", kind="measure")
s("4.2638亿立方米", "生活用水量", kind="measure")
s("0.3246亿立方米", "生态环境用水量", kind="measure")
s("343立方米", "人均综合用水量", kind="measure")
s("29.5 立方米", "万元地区生产总值用水量（当年价）", kind="measure")
s("15.3立方米", "万元工业增加值用水量（当年价）", kind="measure")
s("398立方米", "农田灌溉亩均用水量", kind="measure")
s("0.663", "农田灌溉有效利用系数", value=0.663, unit=None, kind="index")
tall("万元", "万元地区生产总值用水量 / 万元工业增加值用水量: 万元 (per 10,000 yuan) is part of the indicator name, not a figure (as set 2x).", "name_or_title")
date("2021年", "2021", note="attachment name")
tall("多年", "多年平均 (long-term mean): 多 is not an approximator.", "approximator_lookalike")
tall("偏多", "偏多 (above the mean): a direction word, 多 is not an approximator.", "approximator_lookalike")
D.write("../i4-jiaxing-water-resources-2021-gcs66")
