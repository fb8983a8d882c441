from lib import Doc
from tradlib import M as _M
D = Doc("../aa19-womens-federation-glossed-gzjgpet.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
M = lambda *a, **k: _M(D, *a, **k)
# 妇联 national figures (a news paragraph, traditional with pinyin glosses, reposted; year not written, not inferred).
# `60萬婦女` → count, unit null (no classifier: earlier gold `2.12万`); `近400萬人次` → approx with 近 in the surface.
D.scope = "全年；全国妇联组织"
s("58萬人次", "培训巾帼家政服务员")
s("60萬", "帮助在家政服务行业实现就业的妇女", unit=None, kind="count", note="60萬婦女: no classifier, unit null.")
D.scope = "累计；全国"
s("2044.28億元", "累计发放妇女小额担保财政贴息贷款")
s("近400萬人次", "获贷妇女", value=4000000, unit="人次", kind="count", q="approx")
D.write("../aa19-womens-federation-glossed-gzjgpet")
