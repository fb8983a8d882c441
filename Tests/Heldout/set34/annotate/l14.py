from lib import Doc
from tradlib import M as _M
D = Doc("../l14-grain-2022-provinces-ycwb-trad-f3qsig.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
M = lambda *a, **k: _M(D, *a, **k)
# 羊城晚報 (陳澤云) on the 2022 grain figures and three provinces, traditional script with a garbled byte run
# (`各?。▍^、市)`, kept). Year 2022 is not written: from the figures (13731億斤 = 68653萬噸, the 2022 output) and the
# page address (2022/1216). `連續8年穩定在1.3萬億斤以上` → duration 8年 + measure approx_more; `近9年` → duration (as
# `近5年` in earlier gold); `每公頃5790.9公斤` → unit 公斤/公頃 (每公頃 written before the number).
date("12月15日", "2022-12-15", subject="發布日期", note="year from the figures and the page address (2022).")
date("前11月", "2022-01/2022-11", subject="統計期")
D.scope = "2022年；全國"
M("13731億斤", "全國糧食總產量")
M("68653萬噸", "全國糧食總產量（萬噸）")
M("73.6億斤", "糧食總產量比上年增加", d="up")
s("0.5%", "糧食總產量增長", d="up")
dur("8年", 8, "糧食總產量穩定在1.3萬億斤以上的年數", note="連續8年.")
M("1.3萬億斤以上", "糧食總產量穩定水平", q="approx_more")
M("17.75億畝", "全國糧食播種面積"); s("0.6%", "糧食播種面積比上年增長", d="up")
dur("3年", 3, "糧食播種面積連續增加的年數", note="連續3年.")
M("1.78億畝", "豆類播種面積"); s("17.4%", "豆類播種面積增長", d="up")
M("7763.1萬噸", "黑龍江糧食產量", scope="2022年；黑龍江")
M("6789.4萬噸", "河南糧食產量", scope="2022年；河南")
M("14683.2千公頃", "黑龍江糧食播種面積", scope="2022年；黑龍江")
M("10778.4千公頃", "河南糧食播種面積", scope="2022年；河南")
D.scope = "2022年；廣東"
M("2230.3千公頃", "廣東糧食播種面積")
M("1291.5萬噸", "廣東糧食總產量")
s("5790.9公斤", "廣東糧食單位面積產量", value=5790.9, unit="公斤/公頃", kind="measure", note="每公頃5790.9公斤.")
dur("近9年", 9, "比較期（近9年最高水平）", note="近9年 = the last nine years (as 近5年).")
M("11.6萬噸", "廣東糧食產量比去年增加", d="up")
t("三", "面積、單產、總產三增長 (a summary phrase naming three items).", "slogan_count")
t("一", "一切 (everything): idiom.", "idiom_or_figurative")
D.write("../l14-grain-2022-provinces-ycwb-trad-f3qsig")
