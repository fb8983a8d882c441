from lib import Doc
D = Doc("../i6-zhoushan-water-resources-2021-trad-ilynn.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# (浙江省)2021年舟山市水資源公報, summary on a document site (ilynn) in traditional script with pinyin glosses inside
# words (`萬(wàn)立方米`, `公報(bào)`) and PDF line ends turned into spaces inside words (`較 上年`, `萬(wàn)立 方米`, `全 市`).
# Surfaces keep the gloss and the space; value and unit given by hand (`16988 萬(wàn)立 方米` → 169880000 立方米).
# The second title line is garbled by the site (`(浙江?。?021年`: the `2` of 2021 is lost) → AMBIGUOUS trap on `021年`.
# `1956~2016 年` → a date range (the 多年平均 series); `第三次水資源調查評價` → ordinal 次. 產水系數 → index.
M = "measure"
W = "萬(wàn)"
date("2021年", "2021", note="title")
date("2022-08-17", "2022-08-17", subject="發表日期（網站）")
t("12:27:52", "clock time of the site's upload stamp", "vague_or_generic")
t("021年", "garbled title year (?021年 = 2021年 with its first digit eaten by the site's encoding); not a year 21.", "vague_or_generic", True)
D.scope = "2021年；舟山市"
date("2021 年", "2021")
s("2005.6 毫米", "全市平均降水量", kind=M)
s("29.2021 億立方米", "折合降水總量", kind=M)
s("39.4%", "降水量較上年增加", d="up")
s("54.6%", "降水量較多年平均增加", d="up")
s("1296.9 毫米", "舟山市多年平均降水量", kind=M, scope="多年平均（1956~2016年）；舟山市")
date("1956~2016 年", "1956/2016", subject="多年平均資料系列")
ordn("第三次", 3, "浙江省水資源調查評價次序", unit="次")
s("18.0491 億立方米", "全市水資源總量", kind=M)
s("0.62", "產水系數", value=0.62, unit=None, kind="index")
s("124.0 萬(wàn)立方米/平方千米", "產水模數", value=1240000, unit="立方米/平方千米", kind=M, note="gloss (wàn) after 萬 kept in the surface.")
s("1549.3 立方米", "人均水資源量", kind=M)
s("1 座", "中型水庫", kind="count")
s("640 萬(wàn)立方米", "中型水庫年末蓄水總量", value=6400000, unit="立方米", kind=M)
s("203 萬(wàn)立方米", "中型水庫年末蓄水總量較上年增加", value=2030000, unit="立方米", kind=M, d="up", note="較 上年: a PDF line end turned into a space.")
s("26113 萬(wàn)立方米", "全市總供水量與總用水量（全口徑）", value=261130000, unit="立方米", kind=M)
s("9125 萬(wàn)立方米", "浙石化海水淡化用水量", value=91250000, unit="立方米", kind=M)
s("16988 萬(wàn)立 方米", "全市總供水量與總用水量（扣除浙石化海水淡化）", value=169880000, unit="立方米", kind=M, note="立 方米: a PDF line end inside the unit, kept as a space.")
s("224.1 立方米", "全市人均綜合用水量（全口徑）", kind=M)
s("15.33 立方米", "萬元GDP（當年價）用水量（全口徑）", kind=M)
s("145.8 立方米", "全市人均綜合用水量（除去浙石化海水淡化）", kind=M)
s("9.97 立方米", "萬元GDP（當年價）用水量（除去浙石化海水淡化）", kind=M)
s("44.7 立方米", "全市人均生活用水量", kind=M)
s("47.1 立方米", "城鎮居民人均生活用水量", kind=M)
s("38.2 立方米", "農村居民人均生活用水量", kind=M)
s("128.6 立方米", "農田灌溉畝均用水量", kind=M)
tall(W + "元", "萬元 GDP用水量: 萬元 (per 10,000 yuan) is part of the indicator name, not a figure.", "name_or_title")
date("2021年", "2021", note="attachment name")
tall("多年", "多年平均 (long-term mean): 多 is not an approximator.", "approximator_lookalike")
tall("偏多", "偏多 (above the mean): a direction word, 多 is not an approximator.", "approximator_lookalike")
D.write("../i6-zhoushan-water-resources-2021-trad-ilynn")
