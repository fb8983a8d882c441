from lib import Doc
D = Doc("../aa15-tianjin-trade-unions-2007-enorth.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 北方网 (enorth) 2007-12-22: 天津市 工会系统 送温暖 over two years. `温暖送万家` (slogan: 万 is not a number) → slogan traps.
# 80万人次以上 → approx_more; 8000余个, 3.3万余件 → approx_more (余 in the surface). 85万斤 → measure 斤.
t("温暖送万家", "“温暖送万家” (slogan: 万 is not a number).", "slogan_count")
dur("两年来", 2, "统计期")
D.scope = "两年来；天津市工会系统"
s("80万人次以上", "走访慰问困难职工家庭", q="approx_more")
dur("近两年来", 2, "统计期", note="近 in the surface, no qualifier (set 34 convention for 近5年).")
t("温暖送万家", "“温暖送万家” (slogan: 万 is not a number).", "slogan_count")
dur("两年来", 2, "统计期")
s("36.7万人次", "走访慰问困难劳模、困难职工、退休孤老职工")
s("2.5万人次", "为困难职工子女助学")
s("37万人次", "慰问农民工")
s("8000余个", "组织职工互助互济小分队", q="approx_more")
s("3.3万余件", "为孤老、残疾、困难职工办好事实事", q="approx_more")
s("2.3万个", "为下岗失业人员送岗位")
s("1.4亿元", "筹集慰问资金")
s("85万斤", "发放米面油等物资")
D.write("../aa15-tianjin-trade-unions-2007-enorth")
