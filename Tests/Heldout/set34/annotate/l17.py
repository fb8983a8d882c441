from lib import Doc
D = Doc("../l17-haikou-affordable-housing-glossed-lakalal8.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 海口 保障房 news (ccement via lakalal8), traditional with glosses and a garbled byte run for every 海口 (`??口`, kept).
# Year of `今年` not written (`7月底` → `--07`; the text looks back to 2012, so probably 2013 — not inferred).
# `下達…計劃9900套` → target; `約177809套` / `約35%左右` → approx, 約 in the surface; `今年計劃…3500戶` → target;
# `計劃用3-5年` → duration range, target; `約1.5萬戶` → approx + target. Phone number → trap.
date("7月底", "--07", subject="統計時點（標題）", note="year not written.")
D.scope = "截至7月底；海口市"
s("17個", "已開工保障房項目（標題）", value=17, unit="個", kind="count")
s("6783套", "建房（標題）", value=6783, unit="套", kind="count")
s("9900套", "省政府下達保障性安居工程建設計劃", value=9900, unit="套", kind="count", q="target", scope="今年；海口市")
date("7月底", "--07", subject="統計時點", note="year not written.")
s("17個", "新開工保障房項目", value=17, unit="個", kind="count")
s("6783套", "建設住房", value=6783, unit="套", kind="count")
s("68.51%", "完成省下達計劃的比例")
date("1990-2012年", "1990/2012", subject="籌措期")
s("約177809套", "多渠道籌措各類保障性安居工程住房", value=177809, unit="套", kind="count", q="approx", scope="1990-2012年；海口市")
date("2012年", "2012", subject="統計年度")
s("約35%左右", "城鎮居民住房保障面", value=35, unit="%", kind="percent", q="approx", scope="2012年；海口市")
t("多", "多渠道 (through many channels): not an approximator.", "approximator_lookalike")
t("一", "城鄉一體化 (idiom).", "idiom_or_figurative")
date("2011-2012年", "2011/2012", subject="改造期")
s("5413戶", "完成農村危房及庫區移民危房改造", value=5413, unit="戶", kind="count", scope="2011-2012年；海口市")
s("3500戶", "今年計劃實施農村危房及庫區移民危房改造", value=3500, unit="戶", kind="count", q="target", scope="今年；海口市")
date("7月底", "--07", subject="統計時點", note="year not written.")
s("3500戶", "農村危房已開工", value=3500, unit="戶", kind="count")
s("307834.6平方米", "農村危房開工面積", kind="measure")
dur("3-5年", 3, "完成農村危房改造計劃用時", q="target")
D.items[-1]["value_max"] = 5
s("約1.5萬戶", "計劃完成農村危房及庫區移民危房改造", value=15000, unit="戶", kind="count", q=["target", "approx"], scope="海口市")
t("0571-85871667", "supervision phone number.", "name_or_title")
D.write("../l17-haikou-affordable-housing-glossed-lakalal8")
