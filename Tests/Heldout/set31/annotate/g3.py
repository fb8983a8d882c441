from extra import Doc31
D = Doc31("../g3-national-power-2023-05-trad-pinyin-kingsuperfood.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 國家能源局 5月份 全社會用電量 (kingsuperfood.com/news/detail-20230616-…; year 2023 from the page address), traditional with
# pinyin glosses on some characters (`發(fā)布`, `數(shù)據(jù)`, `累計(jì)`). 億千瓦時 → measure, unit 千瓦時 as written, ×10⁸;
# 同比增長 → up. `1~5月` → date range. Industry names → traps.
Y = "year 2023 from the page address (detail-20230616)."
K = dict(unit="千瓦時", kind="measure")
date("6月14日", "2023-06-14", subject="發布日期", note=Y)
date("5月份", "2023-05", subject="數據月份", note=Y)
date("5月份", "2023-05", subject="統計月份", note=Y)
D.scope = "2023年5月；全國"
s("7222億千瓦時", "全社會用電量", **K)
s("7.4%", "全社會用電量同比增長", d="up")
s("103億千瓦時", "第一產業用電量", **K)
s("16.9%", "第一產業用電量同比增長", d="up")
s("4958億千瓦時", "第二產業用電量", **K)
s("4.1%", "第二產業用電量同比增長", d="up")
s("1285億千瓦時", "第三產業用電量", **K)
s("20.9%", "第三產業用電量同比增長", d="up")
s("876億千瓦時", "城鄉居民生活用電量", **K)
s("8.2%", "城鄉居民生活用電量同比增長", d="up")
date("1~5月", "2023-01/2023-05", subject="統計期", note=Y)
D.scope = "2023年1-5月；全國"
s("35325億千瓦時", "全社會用電量累計", **K)
s("5.2%", "全社會用電量同比增長", d="up")
s("456億千瓦時", "第一產業用電量", **K)
s("11.6%", "第一產業用電量同比增長", d="up")
s("23643億千瓦時", "第二產業用電量", **K)
s("4.9%", "第二產業用電量同比增長", d="up")
s("6136億千瓦時", "第三產業用電量", **K)
s("9.8%", "第三產業用電量同比增長", d="up")
s("5090億千瓦時", "城鄉居民生活用電量", **K)
s("1.1%", "城鄉居民生活用電量同比增長", d="up")
tall("第一產(chǎn)業(yè)", "industry name 第一產業 (with pinyin glosses), not a quantity.", "name_or_title")
tall("第二產(chǎn)業(yè)", "industry name 第二產業, not a quantity.", "name_or_title")
tall("第三產(chǎn)業(yè)", "industry name 第三產業, not a quantity.", "name_or_title")
D.write("../g3-national-power-2023-05-trad-pinyin-kingsuperfood")
