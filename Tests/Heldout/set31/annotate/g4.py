from extra import Doc31
D = Doc31("../g4-national-power-jan-apr-cec-trad-chengzi518.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中電聯 前4月份 全社會用電量 (chengzi518.com/news/show-81048; traditional; the year is not written anywhere in the stored
# text — dates left without a year, as set 30 f6 `前5个月` → `01/05`). 億千瓦時 → measure, unit 千瓦時 as written.
# `增速比上年同期提高0.3個百分點` → up; `增速比上年同期低2.7個百分點` → down; 比重/貢獻率 → plain %. `16個` provinces → count.
# `增速高于10%` → a threshold (AMBIGUOUS trap, as `5级以上` in set 30); `低于3%` likewise. `最低的三個省份` → count with
# AMBIGUOUS trap (gold_id: the three are named: 北京、吉林和黑龍江).
NY = "the year is not written in the stored text."
date("19日", "19", subject="中電聯發布日", note=NY)
date("前4月份", "01/04", subject="統計期", note=NY)
D.scope = "1-4月；全國"
s("17145億千瓦時", "全國全社會用電量", unit="千瓦時", kind="measure")
s("5.2%", "全社會用電量同比增長", d="up")
s("0.3個百分點", "全社會用電量增速比上年同期提高", unit="個百分點", kind="percent", d="up")
date("1-4月份", "01/04", subject="統計期", note=NY)
s("4.9%", "第一產業用電量同比下降", d="down")
s("1.5%", "第一產業用電量占全社會用電量的比重")
s("5.0%", "第二產業用電量同比增長", d="up")
s("72.3%", "第二產業用電量占全社會用電量的比重")
s("69.1%", "第二產業對全社會用電量增長的貢獻率")
s("6.5%", "第三產業用電量同比增長", d="up")
s("2.7個百分點", "第三產業用電量增速比上年同期低", unit="個百分點", kind="percent", d="down")
s("12.3%", "第三產業用電量占全社會用電量的比重")
date("1-4月份", "01/04", subject="統計期", note=NY)
s("6.6%", "城鄉居民生活用電量同比增長", d="up")
s("13.9%", "城鄉居民生活用電量占全社會用電量的比重")
s("17.2%", "城鄉居民生活用電量對全社會用電量增長的貢獻率")
date("1-4月份", "01/04", subject="統計期", note=NY)
s("16個", "全社會用電量增速高于全國平均水平的省份", unit="個", kind="count")
s("三個", "全社會用電量增速最低的省份（北京、吉林和黑龍江）", value=3, unit="個", kind="count",
  note="AMBIGUOUS: 最低的三個省份, the three named after it.")
t("第一產業", "industry name, not a quantity.", "name_or_title")
t("第二產業", "industry name, not a quantity.", "name_or_title")
t("第三產業", "industry name, not a quantity.", "name_or_title")
t("10%", "增速高于10%的省份: a threshold that picks provinces, not a measured figure.", "vague_or_generic", ambiguous=True)
t("3%", "增速均低于3%: a bound on several provinces' growth, not one figure.", "vague_or_generic", ambiguous=True)
t("三個", "最低的三個省份 (北京、吉林和黑龍江).", "vague_or_generic", ambiguous=True, gold_surface="三個")
D.write("../g4-national-power-jan-apr-cec-trad-chengzi518")
