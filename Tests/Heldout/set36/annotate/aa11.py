from lib import Doc
from tradlib import M as _M
D = Doc("../aa11-fujian-road-accidents-jan-glossed-adaptive.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
M = lambda *a, **k: _M(D, *a, **k)
# 海峡导报 (东南网, 杨文): 福建省 道路交通事故 in January (year not written, not inferred); traditional with pinyin glosses,
# reposted on a car-price site whose link text (查成交價|參配|優惠政策) splits `306.6萬(wàn)\n元(` — kept. 四項指標/四項指數
# (the four indicators) → traps. 近9人 → approx with 近 in the surface. 分別下降 → down, in list order.
date("2月28日", "--02-28", subject="电头日期", note="year not written.")
s("近9人", "平均每天道路交通事故死亡", value=9, unit="人", q="approx", scope="正月；福建省")
date("1月", "--01", subject="统计月份")
t("四", "四項指標 (the four indicators).", "vague_or_generic")
D.scope = "1月；福建省"
s("252人", "道路交通事故死亡")
s("1316人", "道路交通事故受伤")
date("1月份", "--01", subject="统计月份")
s("1137起", "道路交通事故")
s("252人", "死亡")
s("1316人", "受伤")
M("306.6萬(wàn)\n元", "财产损失", note="元 is pushed to the next line by the site's link text.")
t("四", "四項指數 (the four indicators).", "vague_or_generic")
s("4.13%", "事故起数下降", d="down")
s("2.33%", "死亡人数下降", d="down")
s("4.22%", "受伤人数下降", d="down")
s("12.19%", "财产损失下降", d="down")
s("629起", "违法驾驶造成事故")
s("138人", "违法驾驶事故死亡")
s("55.32%", "违法驾驶事故占总数比例")
s("56.62%", "违法驾驶事故死亡占总数比例")
t("0", "page furniture (0有用).", "name_or_title")
t("0", "page furniture (0踩).", "name_or_title")
D.write("../aa11-fujian-road-accidents-jan-glossed-adaptive")
