from lib import Doc
D = Doc("../b9-chongqing-national-day-2015-gov-cn-big5-gateway.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中國政府網 news item (2015-10-08) on 重慶 during the 2015 國慶長假, read through gov.cn's big5 gateway (traditional script):
# one long line with the headline run into the text (`…兩千余萬人次 10月7日,…`). Scope `2015年國慶長假；重慶市` (7天 =
# 10月1日至7日), single sites in the subject. `兩千余萬人次` (headline) → count 20,000,000 人次 approx_more with 余 in the
# surface; `100多項` → approx_more; 超過37萬人次 → approx_more (超過 outside). 同比增長/增加 → up. The hotline number 12301
# is a name (trap).
D.scope = "2015年國慶長假；重慶市"
tall("多彩", "豐富多彩 (colourful): 多 is not an approximator.", "approximator_lookalike")
tall("多個", "多個區縣 (several districts): not an approximator.", "approximator_lookalike")
tall("多天", "連續多天 (several days in a row): not an approximator.", "approximator_lookalike")
s("兩千余萬人次", "接待遊客（標題）", value=20000000, unit="人次", kind="count", q="approx_more",
  note="兩千余萬 = more than 20 million (Chinese numerals, 余 after 千): approx_more; the exact 2087.22萬 follows.")
date("10月7日", "2015-10-07", subject="消息日期", note="year 2015 from the page address (2015-10/08) and the festival name 2015中華山水茶道文化節.")
dur("7天", 7, "國慶長假天數", unit="天")
s("2087.22萬人次", "吸引海內外旅遊者", value=20872200, unit="人次", kind="count")
s("12.38%", "旅遊者同比增長", d="up")
s("65.04億元", "旅遊綜合收入", value=6504000000, unit="元", kind="money")
s("13.16%", "旅遊綜合收入同比增長", d="up")
s("100多項", "推出旅遊節會活動", value=100, unit="項", kind="count", q="approx_more")
t("2015", "東溫泉·2015中華山水茶道文化節 (a festival's name with its year).", "title_embedded_count")
t("九重", "城口九重花嶺 (a place name): 九 is not a number.", "name_or_title")
dur("7天", 7, "都市遊統計天數", unit="天")
for surf, subj, val, pct in (("14萬人次", "渝中區洪崖洞接待遊客", 140000, "8.5%"),
                             ("26.4萬人次", "江北區觀音橋商圈接待遊客", 264000, "7.3%"),
                             ("11.74萬人次", "渝北區園博園接待遊客", 117400, "10.8%")):
    s(surf, subj, value=val, unit="人次", kind="count")
    s(pct, subj + "同比增長", d="up")
t("九龍坡", "九龍坡區 (a district's name): 九 is not a number.", "name_or_title")
s("8.64萬人次", "九龍坡區華岩接待遊客", value=86400, unit="人次", kind="count")
s("2.49%", "九龍坡區華岩接待遊客同比增長", d="up")
for surf, subj, val in (("17.73萬人次", "巴南雲林天鄉和雲篆山接待", 177300), ("5.66萬人次", "北碚縉雲山接待", 56600),
                        ("26.8萬人次", "南岸南山等鄉村旅遊片區接待", 268000), ("23.08萬人次", "銅梁黃桷門奇彩夢園接待", 230800),
                        ("14.7萬人次", "永川黃瓜山片區接待", 147000), ("19.55萬人次", "南川區監測的鄉村旅遊點接待遊客", 195500)):
    s(surf, subj, value=val, unit="人次", kind="count")
s("37萬人次", "溫泉旅遊接待（超過）", value=370000, unit="人次", kind="count", q="approx_more", note="超過 outside the surface.")
s("23.3%", "溫泉旅遊接待同比增加", d="up")
t("12301", "12301旅遊諮詢熱線 (the tourism hotline's number, a name).", "name_or_title")
s("217個", "接聽旅遊諮詢及投訴電話", value=217, unit="個", kind="count")
D.write("../b9-chongqing-national-day-2015-gov-cn-big5-gateway")
