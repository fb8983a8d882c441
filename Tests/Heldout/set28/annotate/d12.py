from lib import Doc
D = Doc("../d12-city-social-insurance-q4-2023-gov-site-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A city government site's quarterly 社會保險 figures for 2023年第四季度 (traditional script as stored; the city is not named in
# the stored text: 全市; address …/zssrmzf/…/202405/…): 企業職工基本養老保險 (參保人數 萬人, 撫養比 2.07:1), 城鄉居民基本養老保險
# (最低標準 元, 領取待遇人數, 月人均待遇 元, 基金收入/支出/累計結存 萬元), 工傷保險. Scope `2023年第四季度；全市`.
# `同比去年同期增加1.45 %` (a space before % as stored, kept in the surface as set 14 t4) and `增長8.87%` → up.
# `撫養比為:2.07:1` → ratio 2.07 (unit null, as the structure ratios of sets 21/24); the base `1` → AMBIGUOUS trap without
# gold_id (as 以女性為100). 萬元 → 元 ×10⁴.
D.scope = "2023年第四季度；全市"
date("2023年第四季度", "2023-Q4", subject="統計期")
s("12.83萬人", "全市參加企業職工基本養老保險人數", value=128300, unit="人", kind="count")
s("8.65萬人", "企業職工基本養老保險在職參保人數", value=86500, unit="人", kind="count")
s("1.45 %", "在職參保人數同比增加", value=1.45, unit="%", kind="percent", d="up",
  note="the stored text has a space before % (kept in the surface).")
s("4.17萬人", "企業職工基本養老保險退休人數", value=41700, unit="人", kind="count")
s("8.87%", "退休人數同比增長", d="up")
s("2.07", "企業職工基本養老保險撫養比（在職:退休）", value=2.07, unit=None, kind="ratio", note="撫養比為:2.07:1 → ratio 2.07 to 1.")
t("1", "撫養比 2.07:1 — the base term 1 of the ratio; extraction acceptable, preferred not (as 以女性為100).", "vague_or_generic",
  ambiguous=True, at="2.07:")
date("2023年第四季度", "2023-Q4", subject="統計期")
s("168元", "城鄉居民基本養老金最低標準（每月）", note="a monthly standard (元/月); unit 元 as written.")
s("77494人", "參加城鄉居民養老保險領取待遇人數")
s("190元", "城鄉居民養老保險月人均待遇水平")
s("7624.26萬元", "城鄉居民養老保險基金收入", value=76242600, unit="元", kind="money")
s("16921.78萬元", "城鄉居民養老保險基金支出", value=169217800, unit="元", kind="money")
s("72720.88萬元", "城鄉居民養老保險期末基金累計結存", value=727208800, unit="元", kind="money")
date("2023年第四季度", "2023-Q4", subject="統計期")
s("4.85萬人", "全市參加工傷保險人數", value=48500, unit="人", kind="count")
s("0.86萬人", "農民工參加工傷保險人數", value=8600, unit="人", kind="count")
D.write("../d12-city-social-insurance-q4-2023-gov-site-trad")
