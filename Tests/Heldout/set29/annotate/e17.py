from lib import Doc
D = Doc("../e17-cflp-non-manufacturing-pmi-2016-08-repost-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国物流与采购联合会 / 国家统计局服务业调查中心: 非制造业商务活动指数 for 2016年8月 (the companion of the NBS PMI release),
# traditional repost with 蔡进's comment; the store stops at `服務業新出口訂單`. Levels → percent %; `環比下降/上升` → down/up.
# `升幅在0.2-1.3個百分點之間` → range 0.2–1.3, up. `指數均在50%以下` → at_most with 以下 in the surface (as `1050毫米以下`);
# `15個行業高于50%` → approx_more (高于 outside the surface, as 超过); `5個行業低于50%` → at_most (低于 outside).
D.scope = "2016年8月；全國"
PP = "個百分點"
date("2016年8月份", "2016-08", subject="统计月份（标题）")
s("53.5%", "非制造業商務活動指數（标题）")
date("2016-09-01 10:14:22", "2016-09-01", subject="发布时间")
date("2016年8月份", "2016-08", subject="统计月份")
s("53.5%", "非制造業商務活動指數")
s("0.4個百分點", "非制造業商務活動指數環比下降", unit=PP, kind="percent", d="down")
s("0.2-1.3個百分點", "新出口訂單等五項指數環比升幅", value=0.2, vmax=1.3, unit=PP, kind="percent", d="up",
  note="升幅在0.2-1.3個百分點之間: a range.")
s("0.8個百分點", "存貨指數環比降幅", unit=PP, kind="percent", d="down")
date("8月份", "2016-08", subject="统计月份（点评）", note="year from the title.")
s("50%以下", "房地產業商務活動指數和新訂單指數", value=50, unit="%", kind="percent", q="at_most",
  note="指數均在50%以下: at_most, 以下 in the surface.")
date("2016年8月", "2016-08", subject="统计月份")
s("49.8%", "新訂單指數")
s("0.1個百分點", "新訂單指數環比下降", unit=PP, kind="percent", d="down")
s("50.8%", "建筑業新訂單指數")
s("49.6%", "服務業新訂單指數")
s("20個", "非制造業行業數", kind="count")
s("15個", "新訂單指數高于50%的行業數", kind="count")
s("50%", "15個行業新訂單指數（高于）", q="approx_more", note="高于50%: approx_more (高于 outside the surface).")
s("5個", "新訂單指數低于50%的行業數", kind="count")
s("50%", "5個行業新訂單指數（低于）", q="at_most", note="低于50%: at_most (低于 outside the surface).")
date("2016年8月", "2016-08", subject="统计月份")
s("48.8%", "新出口訂單指數")
s("1.3個百分點", "新出口訂單指數環比上升", unit=PP, kind="percent", d="up")
s("56.7%", "建筑業新出口訂單指數")
D.write("../e17-cflp-non-manufacturing-pmi-2016-08-repost-trad")
