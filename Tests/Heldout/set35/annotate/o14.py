from lib import Doc
D = Doc("../o14-guangdong-local-tax-h1-2001-trad-enorth.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 北方网 (enorth, big5 edition; 2001-07-17 per the address), traditional script: 廣東省地稅局 上半年 2001 — 地方收入 億元 +
# 比去年同期增長 % (up) + 增收 億元 (up), 稅收收入 億元 + 佔 %, 珠三角 比重 % + 比2000年提高 個百分點 (up), 第三產業 億元 + 佔 %.
# Image/table furniture (`![]()`, `|`) kept. 珠三角, 第三產業 ×2 → name traps.
date("7月16日", "2001-07-16", subject="獲悉日期", note="year from the page address (2001/07/17).")
D.scope = "2001年上半年；廣東省"
s("480.9億元", "廣東地稅系統累計組織各項地方收入")
s("29.7%", "地方收入比去年同期增長", d="up")
s("110.23億元", "地方收入增收", d="up")
s("214.95億元", "國有、集體、股份企業提供稅收收入")
s("57.8%", "國有、集體、股份企業稅收占總收入比重")
t("三", "珠三角 (place name).", "name_or_title")
s("87.7%", "珠三角地區稅收收入佔全省總收入比重")
date("2000年", "2000", subject="比較年度")
s("0.8個百分點", "珠三角地區稅收比重比2000年提高", unit="個百分點", kind="percent", d="up")
tall("第三產業", "第三產業 (tertiary industry, a name).", "name_or_title")
s("236億元", "第三產業提供地方稅收收入")
s("67.8%", "第三產業稅收佔總稅收收入比重")
D.write("../o14-guangdong-local-tax-h1-2001-trad-enorth")
