from lib import Doc
D = Doc("../e15-ocean-economy-bulletin-2018-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 2018年中國海洋經濟統計公報 (自然资源部), traditional, the summary, the 海洋产业 paragraph, the three 海洋經濟圈 and the
# 備注 (the whole stored text). 億元 → 元 ×10⁸; 萬人 → 人. `比上年增長N%`, `比上年名義增長N%` → up; `占國內生產總值的9.3%`
# and `比重分別為…` → shares. 第一/第二/第三產業 → sector-name traps (every occurrence). `四舍五入` → idiom trap.
D.scope = "2018年；全國"
tall("第一", "sector name 海洋第一產業.", "name_or_title")
tall("第二", "sector name 第二產業.", "name_or_title")
tall("第三", "sector name 第三產業.", "name_or_title")
date("2018年", "2018", subject="核算年度")
s("83415億元", "全國海洋生產總值")
s("6.7%", "海洋生產總值比上年增長", d="up")
s("9.3%", "海洋生產總值占國內生產總值的比重")
s("3640億元", "海洋第一產業增加值")
s("30858億元", "海洋第二產業增加值")
s("48916億元", "海洋第三產業增加值")
s("4.4%", "海洋第一產業增加值占海洋生產總值的比重", note="比重分別為4.4%、37.0%和58.6%.")
s("37.0%", "海洋第二產業增加值占海洋生產總值的比重")
s("58.6%", "海洋第三產業增加值占海洋生產總值的比重")
date("2018年", "2018", subject="测算年度")
s("3684萬人", "全國涉海就業人員")
date("2018年", "2018", subject="年度")
t("進一步", "進一步 (further), 一 in a function word.", "idiom_or_figurative")
date("2018年", "2018", subject="年度")
for name, v, g, sh in (("北部", "26219億元", "7.0%", "31.4%"), ("東部", "24261億元", "8.0%", "29.1%"),
                       ("南部", "32934億元", "10.6%", "39.5%")):
    sc = f"2018年；{name}海洋經濟圈"
    s(v, f"{name}海洋經濟圈海洋生產總值", scope=sc)
    s(g, f"{name}海洋經濟圈海洋生產總值比上年名義增長", d="up", scope=sc, note="名義增長 (nominal growth, at current prices).")
    s(sh, f"{name}海洋經濟圈占全國海洋生產總值的比重", scope=sc)
t("四", "四舍五入 (rounding), an idiom.", "idiom_or_figurative")
t("五", "四舍五入 (rounding), an idiom.", "idiom_or_figurative")
D.write("../e15-ocean-economy-bulletin-2018-trad")
