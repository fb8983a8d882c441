from lib import Doc
D = Doc("../j16-nbs-q1-q3-2007-briefing-radio-trad-glossed-yogviha.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A radio report (記者殷莉) of the 國家統計局 李曉超 briefing on 前三季度 2007 (page address /news/2007/10-26/),
# traditional with pinyin glosses. Clock times `九點五十分`, `十點` → traps; `還有十分鐘` → duration 10 分鐘;
# `80多家`, `120多名` → approx_more. `比上年同期加快了0.7%` (spoken % for points) → percent 0.7 %, up, as written.
Y = "year 2007 from the page address (/news/2007/10-26/)."
t("一組", "用一組數字 (a set of figures): not a count.", "idiom_or_figurative")
t("九點五十分", "上午九點五十分: clock time, not a quantity.", "name_or_title")
dur("十分鐘", 10, "距發布會開始時間", unit="分鐘")
s("80多家", "到場國內外媒體", q="approx_more", scope="2007年10月發布會")
s("120多名", "到場記者", q="approx_more", scope="2007年10月發布會")
t("十點", "上午十點整: clock time, not a quantity.", "name_or_title")
t("一下", "介紹一下 (briefly introduce): 一 is not a number.", "idiom_or_figurative")
date("前三季度", "2007-01/2007-09", subject="介紹期", note=Y)
D.scope = "2007年前三季度；全國"
date("前三季度", "2007-01/2007-09", subject="統計期", note=Y)
s("166043億元", "國內生產總值")
s("11.5%", "國內生產總值同比增長", d="up")
s("0.7%", "國內生產總值增速比上年同期加快", d="up", note="加快了0.7% (spoken; 百分點 meant), kept as written.")
s("18.5%", "規模以上工業增加值同比增長", d="up")
s("1.3%", "規模以上工業增加值增速比上年同期加快", d="up")
date("前三季度", "2007-01/2007-09", subject="統計期", note="今年前三季度; " + Y)
s("91529億元", "全社會固定資產投資")
s("25.7%", "全社會固定資產投資同比增長", d="up")
s("1.6個百分點", "固定資產投資增速比上年同期回落", value=1.6, unit="個百分點", kind="percent", d="down")
date("三季度", "2007-Q3", subject="統計期", note="今三季度; " + Y)
date("二季度", "2007-Q2", subject="比較期", note=Y)
s("0.4個百分點", "三季度國內生產總值增速比二季度回落", value=0.4, unit="個百分點", kind="percent", d="down", scope="2007年三季度；全國")
date("九月份", "2007-09", subject="統計期", note=Y)
date("前三季度", "2007-01/2007-09", subject="統計期", note=Y)
s("4.1%", "居民消費價格指數同比上漲", d="up")
date("前三季度", "2007-01/2007-09", subject="統計期", note=Y)
s("10.6%", "食品價格同比上漲", d="up")
D.write("../j16-nbs-q1-q3-2007-briefing-radio-trad-glossed-yogviha")
