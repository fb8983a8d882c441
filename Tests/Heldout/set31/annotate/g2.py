from extra import Doc31
D = Doc31("../g2-hunan-power-2021-10-trad-pinyin-kingsuperfood.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 湖南省統計局 electricity figures for 10月 and 1-10月 (kingsuperfood.com/news/detail-20211123-…; year 2021 from the page
# address), traditional script with pinyin glosses after many characters (`統(tǒng)計(jì)局`, `千瓦時(shí)`, `增長(zhǎng)`).
# 億千瓦時 → measure, unit 千瓦時 as written (traditional kept, as 個百分點 in set 30), ×10⁸. 增長/下降 → up/down.
# `用電增量超過百億千瓦時` → 1e10 千瓦時, approx_more (超過 outside), up. `?! ?-10月`: the source lost the 1 of 1-10月 (kept;
# a date with the `?`). Industry names 第一/二/三產業 → traps.
Y = "year 2021 from the page address (detail-20211123)."
M = "2021年10月；湖南省"
C = "2021年1-10月；湖南省"
K = dict(unit="千瓦時", kind="measure")
date("10月份", "2021-10", subject="月份", note=Y)
D.scope = M
s("174.47億千瓦時", "湖南省全社會用電量", **K)
s("24%", "全社會用電量增長", d="up")
s("74.08億千瓦時", "工業用電量", **K)
s("1.5%", "工業用電量下降", d="down")
date("10月份", "2021-10", subject="月份", note=Y)
s("2.35億千瓦時", "第一產業用電量", **K)
s("51.1%", "第一產業用電量增長", d="up")
s("76.68億千瓦時", "第二產業用電量", **K)
s("0.6%", "第二產業用電量下降", d="down")
s("41.33億千瓦時", "第三產業用電量", **K)
s("45.5%", "第三產業用電量增長", d="up")
date("10月份", "2021-10", subject="月份", note=Y)
s("54.1億千瓦時", "全省城鄉居民生活用電量", **K)
s("60.7%", "城鄉居民生活用電量同比增長", d="up")
date("1-10月份", "2021-01/2021-10", subject="統計期", note=Y)
D.scope = C
s("1785.86億千瓦時", "湖南省全社會用電量", **K)
s("14.5%", "全社會用電量同比增長", d="up")
s("875.92億千瓦時", "工業用電量", **K)
s("13.7%", "工業用電量增長", d="up")
date("1-10月份", "2021-01/2021-10", subject="統計期", note=Y)
s("18.17億千瓦時", "第一產業用電量", **K)
s("25%", "第一產業用電量增長", d="up")
s("901.32億千瓦時", "第二產業用電量", **K)
s("13.7%", "第二產業用電量增長", d="up")
s("358.23億千瓦時", "第三產業用電量", **K)
s("23.4%", "第三產業用電量增長", d="up")
s("50.5%", "第二產業用電量占全省全社會用電量的比重")
s("百億千瓦時", "用電增量（較去年同期，超過）", value=10000000000, unit="千瓦時", kind="measure", q="approx_more", d="up",
  note="用電增量超過百億千瓦時: a bare scale word (百億 = 1e10); 超過 outside the surface.")
date("?-10月", "2021-01/2021-10", subject="統計期", note="the source lost the 1 of 1-10月 (`?! ?-10月`); " + Y)
s("508.14億千瓦時", "城鄉居民生活用電量", **K)
s("9.9%", "城鄉居民生活用電量增長", d="up")
tall("第一產(chǎn)業(yè)", "industry name 第一產業 (with pinyin glosses), not a quantity.", "name_or_title")
tall("第二產(chǎn)業(yè)", "industry name 第二產業, not a quantity.", "name_or_title")
tall("第三產(chǎn)業(yè)", "industry name 第三產業, not a quantity.", "name_or_title")
D.write("../g2-hunan-power-2021-10-trad-pinyin-kingsuperfood")
