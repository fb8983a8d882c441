from lib import Doc
D = Doc("../b3-macao-daily-epaper-provinces-golden-week-2023-chinese-numerals.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 澳門日報 e-paper article (macaodaily.com html/2023-10/06), traditional script, every figure in Chinese numerals with 點 as
# the decimal point and ○ as zero (`一千五百二十八點一七萬人次`, `百分之九十五點二十九`, `二○一九年`). Values are converted
# (萬 ×10⁴, 億 ×10⁸); units as written (人次, 元, 家, %, 倍). `百分之X` → unit %, kind percent. The digits after 點 are read as
# written: `九十五點二十九` = 95.29, `一點二十九倍` = 1.29. Period: 中秋國慶 2023, 前五日 = 九月二十九日至十月三日;
# scopes `2023年9月29日至10月3日；<省>`. 同比增長/比…增長 → up; 是去年同期的N倍 → ratio level (no direction, as 是…的倍数 in set 21).
# 超過 before a count → approx_more (outside the surface, as sets 16/17).
SC = "2023年9月29日至10月3日；"
tall("多地", "多地 (many places): not an approximator.", "approximator_lookalike")
tall("多個", "多個旅遊大省 (several provinces): not an approximator.", "approximator_lookalike")
date("五日", "2023-10-05", subject="消息日期", note="據澎湃新聞五日消息; year/month from the issue date 2023-10-06 (page address).")
dur("前五日", 5, "假期統計天數", unit="日")
date("九月二十九日至十月三日", "2023-09-29/2023-10-03", subject="統計期")
dur("前五天", 5, "假期統計天數", unit="天")
D.scope = SC + "湖南省"
s("九百五十四家", "納入假日統計監測的單位", value=954, unit="家", kind="count")
s("一千五百二十八點一七萬人次", "累計接待遊客", value=15281700, unit="人次", kind="count")
s("百分之九十五點二十九", "接待遊客同比增長", value=95.29, unit="%", kind="percent", d="up", note="九十五點二十九 read as 95.29.")
s("二十一點一三億元", "營收", value=2113000000, unit="元", kind="money")
s("百分之七十四點七四", "營收同比增長", value=74.74, unit="%", kind="percent", d="up")
dur("前五日", 5, "假期統計天數", unit="日")
D.scope = SC + "四川省"
t("四川", "四川 (a province's name): 四 is not a number.", "name_or_title", at="假期前五日四川")
s("二千四百二十六點○八萬人次", "旅遊景區累計接待遊客", value=24260800, unit="人次", kind="count")
s("二億九千三百六十點一一萬元", "旅遊景區門票收入", value=293601100, unit="元", kind="money",
  note="二億 + 九千三百六十點一一萬 = 200,000,000 + 93,601,100.")
s("百分之一百八十七點七九", "接待遊客與去年同期同基數相比增長", value=187.79, unit="%", kind="percent", d="up")
s("百分之三百一十點七七", "門票收入與去年同期同基數相比增長", value=310.77, unit="%", kind="percent", d="up")
date("二○一九年", "2019", subject="比較年度")
s("百分之九點二三", "接待遊客與2019年同期同基數相比增長", value=9.23, unit="%", kind="percent", d="up")
s("百分之十一點二二", "門票收入與2019年同期同基數相比增長", value=11.22, unit="%", kind="percent", d="up")
dur("五天", 5, "博物館等累計接待天數", unit="天")
s("四百二十六點九四萬人次", "博物館、文化館及圖書館累計接待群眾", value=4269400, unit="人次", kind="count")
dur("前五天", 5, "假期統計天數", unit="天")
D.scope = SC + "湖北省"
s("五百六十四家", "A級景區", value=564, unit="家", kind="count")
s("一千一百九十七萬人次", "A級景區接待遊客（超過）", value=11970000, unit="人次", kind="count", q="approx_more",
  note="超過 outside the surface → approx_more.")
date("二○二二年", "2022", subject="比較年度")
date("二○一九年", "2019", subject="比較年度")
s("百分之七十七點六五", "接待遊客比2022年增長", value=77.65, unit="%", kind="percent", d="up")
s("百分之二十七點六", "接待遊客比2019年增長", value=27.6, unit="%", kind="percent", d="up")
s("三十三點九億元", "旅遊收入", value=3390000000, unit="元", kind="money")
date("二○二二年", "2022", subject="比較年度")
date("二○一九年", "2019", subject="比較年度")
s("百分之九十四點六", "旅遊收入比2022年增長", value=94.6, unit="%", kind="percent", d="up")
s("百分之九十一點七四", "旅遊收入比2019年增長", value=91.74, unit="%", kind="percent", d="up")
date("十月三日", "2023-10-03", subject="日期")
s("二百四十三點五七萬人次", "10月3日A級景區接待遊客", value=2435700, unit="人次", kind="count", scope="2023年10月3日；湖北省")
date("二○二二年", "2022", subject="比較年度")
s("百分之九十五點二六", "10月3日接待遊客比2022年同期增長", value=95.26, unit="%", kind="percent", d="up", scope="2023年10月3日；湖北省")
D.scope = SC + "內蒙古"
s("近百億", "旅遊收入（小標題）", value=10000000000, unit="元", kind="money", q="approx",
  note="AMBIGUOUS 旅收近百億 (sub-headline): 近 → approx, unit 元 supplied; the exact 九十九點三三億元 follows.")
t("近百億", "近百億 (sub-headline rounding of 九十九點三三億元): extraction preferred (gold, approx), omission acceptable.",
  "vague_or_generic", ambiguous=True, gold_surface="近百億")
dur("前五日", 5, "假期統計天數", unit="日")
s("一千四百五十三萬人次", "累計接待國內遊客（超過）", value=14530000, unit="人次", kind="count", q="approx_more",
  note="超過 outside the surface → approx_more.")
s("五點三八倍", "接待國內遊客為去年同期的倍數", value=5.38, unit="倍", kind="ratio", note="是去年同期的N倍: a multiple (level), no direction.")
date("二○一九年", "2019", subject="比較年度")
s("一點二十九倍", "接待國內遊客為2019年同期的倍數", value=1.29, unit="倍", kind="ratio", note="一點二十九 read as 1.29.")
s("九十九點三三億元", "實現國內旅遊收入", value=9933000000, unit="元", kind="money")
s("六點三一倍", "國內旅遊收入為去年同期的倍數", value=6.31, unit="倍", kind="ratio")
date("二○一九年", "2019", subject="比較年度")
s("一點一二倍", "國內旅遊收入為2019年同期的倍數", value=1.12, unit="倍", kind="ratio")
D.write("../b3-macao-daily-epaper-provinces-golden-week-2023-chinese-numerals")
