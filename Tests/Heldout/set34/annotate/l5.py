from lib import Doc
D = Doc("../l5-fuzhou-audit-work-report-2024-trad-cc774.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 福州市 2024年度 審計工作報告, traditional script (cc774.com repost), stops at `比上年增加`.
# 第十六屆/第十八次/第三次 → name traps; `全國“一盤棋”`, `“1+N+X”`, `三級聯動`, `“兩重”“兩新”` → idiom/slogan traps;
# `一、` → list marker; `一體化` → idiom; `6個專題專項` → count; `212.96億元` etc → money.
date("2024年度", "2024", subject="預算執行年度（標題）")
t("第十六屆", "市第十六屆人大常委會 (title).", "name_or_title")
t("第十八次", "第十八次會議 (title).", "name_or_title")
date("2024年度", "2024", subject="審計的預算執行年度")
t("一", "一、 (section number).", "list_marker")
t("一", "全國“一盤棋” (idiom).", "idiom_or_figurative")
t("三", "省市縣“同級審”三級聯動 (three administrative levels: a description, not a reported quantity).", "vague_or_generic")
t("1", "“1+N+X”財政審計模式 (model name).", "slogan_count")
date("2024年度", "2024", subject="審計年度")
D.scope = "2024年度；福州市本級"
s("108個", "市直部門（大數據全覆蓋審計）", kind="count")
s("397家", "所屬單位（大數據全覆蓋審計）")
t("一", "一體化 (idiom).", "idiom_or_figurative")
s("6個", "專題專項（重點審計）", kind="count")
date("2024年", "2024", subject="審計結果所述年度")
t("第十六屆", "市第十六屆人大第三次會議 (title).", "name_or_title")
t("第三次", "第三次會議 (title).", "name_or_title")
D.scope = "2024年；福州市"
s("212.96億元", "改善城市居住品質投入", value=21296000000, unit="元", kind="money")
s("9.95億元", "支持培育新興產業統籌資金", value=995000000, unit="元", kind="money")
t("兩", "“兩重” (slogan).", "slogan_count")
t("兩", "“兩新” (slogan).", "slogan_count")
s("17.12億元", "爭取超長期特別國債資金", value=1712000000, unit="元", kind="money")
t("一般", "一般公共預算 (category name): 一 is not a number.", "name_or_title")
s("204.49億元", "一般公共預算安排與民生相關支出", value=20449000000, unit="元", kind="money")
D.write("../l5-fuzhou-audit-work-report-2024-trad-cc774")
