from lib import Doc
D = Doc("../j8-market-entities-h1-2018-trad-glossed-double-commas-sqyf168.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新华社 via 河南商報 repost (sqyf168.com), traditional with pinyin glosses and the site's doubled commas (`,,`, `,。`):
# 國家市場監管總局 2018年上半年 市場環境形勢分析. `7日` → 2018-07-07 (month from the half-year release, see note).
# `均超過60萬戶`, `超過1億戶` → approx_more (超過 outside the surface). `每千人` → 千人 name traps.
Y = "year 2018 written (2018年上半年)."
date("7日", "2018-07-07", subject="發布日期", note="7日: month July inferred (the 上半年 analysis is published the month after the half year); " + Y)
date("2018年上半年", "2018-01/2018-06", subject="統計期")
D.scope = "2018年二季度以來；全國"
date("二季度", "2018-Q2", subject="統計期", note=Y)
s("60萬戶", "每月新設企業", q="approx_more", note="每月新設企業均超過60萬戶: 超過 outside the surface.")
D.scope = "2018年上半年；全國"
date("上半年", "2018-01/2018-06", subject="統計期", note=Y)
s("998.3萬戶", "新設市場主體")
s("12.5%", "新設市場主體同比增長", d="up")
s("5.52萬戶", "平均每天新設市場主體")
s("327.4萬戶", "新設企業")
s("12.5%", "新設企業同比增長", d="up")
s("1.81萬戶", "平均每天新設企業")
s("658.4萬戶", "新設個體工商戶")
s("13.4%", "新設個體工商戶增長", d="up")
s("63.7萬戶", "中部地區新登記企業", scope="2018年上半年；中部地區")
s("16.8%", "中部地區新登記企業同比增長", d="up", scope="2018年上半年；中部地區")
date("上半年", "2018-01/2018-06", subject="統計期", note=Y)
s("1億戶", "市場主體總量", q="approx_more", note="市場主體總量超過1億戶: 超過 outside the surface.")
D.scope = "2018年6月底；全國"
date("6月底", "2018-06", subject="時點", note=Y)
s("1.03億戶", "實有市場主體")
s("3231.5萬戶", "實有企業")
s("31.4%", "企業佔實有市場主體比重")
date("2017年底", "2017", subject="人口基期")
tall("千人", "每千人擁有: 千人 is the per-thousand denominator of a rate, not a count.", "name_or_title")
s("74.09戶", "平均每千人擁有市場主體")
s("23.25戶", "平均每千人擁有企業")
D.write("../j8-market-entities-h1-2018-trad-glossed-double-commas-sqyf168")
