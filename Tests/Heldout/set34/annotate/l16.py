from lib import Doc
from tradlib import M as _M
D = Doc("../l16-dezhou-chengzhongcun-housing-glossed-nxhuan.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
M = lambda *a, **k: _M(D, *a, **k)
# A photo caption (德州 德城區 陳公 城中村改造), traditional with pinyin glosses; year not written (`10月13日` → `--10-13`,
# `9月底` → `--09`). `10多年`, `70多平方米`, `100多平方米` → approx_more with 多 in the surface; `近1400戶` → approx;
# `一家3口` → count 口 (一家 → idiom trap); `6958套(戶)` → count 套.
date("10月13日", "--10-13", subject="拍攝日期", note="year not written.")
dur("10多年", 10, "居住平房的年數", q="approx_more")
t("一", "一家3口 (一家 = a family).", "idiom_or_figurative")
s("3口", "李振萍一家人口", value=3, unit="口", kind="count", scope=None)
M("70多平方米", "原平房面積", q="approx_more", scope=None)
M("100多平方米", "新樓房面積", q="approx_more", scope=None)
D.scope = "陳公城中村改造項目"
M("3個", "住宅小區（陳公城中村改造項目）")
M("25億元", "項目總投資")
M("75萬平方米", "項目建筑面積")
s("近1400戶", "可安置回遷居民", value=1400, unit="戶", kind="count", q="approx")
date("9月底", "--09", subject="統計時點", note="year not written.")
D.scope = "截至9月底；全市（德州）"
s("18803套", "開工建設保障性住房", value=18803, unit="套", kind="count")
s("114.7%", "保障性住房總開工率")
s("6958套", "城市棚戶區改造貨幣補償和安置房開工", value=6958, unit="套", kind="count", note="6958套(戶).")
s("126.5%", "棚戶區改造開工率")
D.write("../l16-dezhou-chengzhongcun-housing-glossed-nxhuan")
