from lib import Doc
from tradlib import M as _M
D = Doc("../aa17-wuzhou-trade-union-2014-glossed-hermitcrab.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
M = lambda *a, **k: _M(D, *a, **k)
# 梧州工会网 via a reposting site (traditional, pinyin glosses `工會(huì)`): 万秀区总工会 2014 春节送温暖.
# 萬秀區 (a place name) → trap. 20多萬元 → approx_more (多 in the surface); 約4.61萬元 → approx; 多方面 → 多 trap.
date("2014年1月", "2014-01", subject="活动月份")
t("萬", "萬秀區 (place name).", "name_or_title")
D.scope = "2014年；梧州市万秀区总工会"
s("20多萬元", "争取上级总工会困难职工帮扶资金", q="approx_more")
s("296名", "帮扶救助困难职工")
t("多", "多方面 (not an approximator).", "approximator_lookalike")
s("10人", "上门慰问困难职工")
s("22.68萬元", "发放慰问金")
s("約4.61萬元", "慰问品（大米）价值", value=46100, unit="元", kind="money", q="approx")
s("27.22萬元", "合计发放")
D.write("../aa17-wuzhou-trade-union-2014-glossed-hermitcrab")
