from lib import Doc
D = Doc("../o24-city-highway-investment-2005-glossed-broken-yujjsks.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A city paper's 2005 report (page address 2005-10-03) on 公路建设, traditional with pinyin glosses (`項(xiàng)`, `計(jì)劃`)
# and hard line breaks inside words (`計劃完成` / `投資5.63億元`, the byline `(成江` / `劉濤 劉暉)`), kept as printed.
# 項目 項 → count (the gloss stays in the surface; value and unit `項` computed without it); 完成投資 億元; 計劃完成投資 → target.
# `明年10月底` → 2006-10 (明年 from the 2005 date), target.
date("10月底", "2006-10", subject="整體工程計劃完工時間", q="target", note="明年10月底: 明年 = 2006 from the page address (2005-10-03).")
D.scope = "2005年；本市"
s("15項(xiàng)", "全市新建、續建公路項目", value=15, unit="項", kind="count")
s("8.38億元", "公路建設完成投資")
s("4項(xiàng)", "省重點工程", value=4, unit="項", kind="count")
s("2.75億元", "省重點工程計劃完成投資", q="target")
s("11項(xiàng)", "改建工程", value=11, unit="項", kind="count")
s("5.63億元", "改建工程計劃完成投資", q="target", note="計劃完成 / 投資 split by a hard line break before the figure.")
s("1.8億元", "威海至烏海線海陽至即墨段年內計劃完成投資", q="target")
date("10月底", "2006-10", subject="整體工程計劃完工時間", q="target", note="明年10月底 (2006).")
D.write("../o24-city-highway-investment-2005-glossed-broken-yujjsks")
