from lib import Doc
D = Doc("../d11-anhui-qifeng-village-poverty-diary-2017-trad-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中國經濟時報 reporter's diary (脫貧 feature, 安徽 石臺縣 奇峰村), traditional script, reposted 2017-05-26 on a rice seller's
# site (healthypitbullpuppies.com …/News/view/id/115.html) under the headline `50元一斤大米背后:被隱藏的價值`; the page furniture
# (hotline and mobile numbers, 點擊量:0) precedes it. Chinese numerals throughout: 一個月, 約兩小時, 一小時, 五十分鐘, 近一個半小時,
# 一條, 兩所, 一二年級, 三年級, 幾十公里; idioms (雙百三同, 四面環山, 其中之一, 為數不多, 一部分). Scope `2017年；石臺縣奇峰村`
# (今年 = 2017, from 發布時間). `不到40公里` / `不到1/3` → at_most (不到 outside the surface, as 不足 in d5); 約/近 in the
# surface → approx. `只有一條石子路` → count 1 條 with an AMBIGUOUS trap (gold_id) (一條 also reads as the article 'a').
D.scope = "2017年；石臺縣奇峰村"
t("13944655999", "全國服務熱線 (the seller's hotline number): a phone number, not a quantity.", "name_or_title")
t("13944655999", "手機 (the seller's mobile number): not a quantity.", "name_or_title")
s("50元", "大米價格（每斤，標題）", scope=None, note="50元一斤 (50 yuan per jin): a price; 一斤 is its basis (trap).")
t("一斤", "50元一斤 (per jin): the basis of the price, not a quantity.", "vague_or_generic")
date("2017/05/26", "2017-05-26", subject="發布時間")
t("0", "點擊量:0 (page view counter): page furniture, not part of the report.", "vague_or_generic", at="點擊量:")
date("4月下旬", "2017-04", subject="採訪開始時間（4月下旬）", note="4月下旬 = late April; year from 發布時間.")
t("雙百三同", "“雙百三同” (a campaign's name): not a quantity.", "slogan_count")
dur("一個月", 1, "蹲點調研採訪時長", unit="個月", note="為期一個月.")
t("多", "為數不多 (few in number): 多 is not an approximator.", "approximator_lookalike")
t("之一", "其中之一 (one of them): not a quantity.", "vague_or_generic")
dur("約兩小時", 2, "合肥驅車至殷家匯出口", unit="小時", q="approx")
dur("一小時", 1, "沿省道行駛至石臺縣城", unit="小時")
dur("五十分鐘", 50, "石臺縣城至仙寓山鎮行駛時間", unit="分鐘")
s("40公里", "鎮里到奇峰村汪家組山路（不到）", value=40, unit="公里", kind="measure", q="at_most", note="不到40公里 → at_most (不到 outside the surface).")
dur("近一個半小時", 1.5, "鎮里到汪家組駕車時間", unit="小時", q="approx", note="近一個半小時 = nearly an hour and a half.")
t("四面", "四面環山 (surrounded by mountains on all sides): idiom, not a quantity.", "idiom_or_figurative")
date("2015年", "2015", subject="年份（2015年以前）")
s("一條", "貫通全村的石子路（2015年以前）", value=1, unit="條", kind="count", scope="2015年以前；石臺縣奇峰村",
  note="AMBIGUOUS 只有一條石子路: count 1 條 (only one road); 一條 also reads as the article.")
t("一條", "只有一條石子路 (only one gravel road): extraction preferred (count 1 條), omission acceptable.", "vague_or_generic",
  ambiguous=True, gold_surface="一條")
date("2016年", "2016", subject="道路改造開始年份")
date("9月底", "2017-09", subject="道路改造計劃完工時間", note="按規劃今年9月底完工: 今年 = 2017 (發布時間).")
s("438戶", "全村戶數", value=438, unit="戶", kind="count")
s("1542人", "全村人口")
s("138戶", "貧困戶", value=138, unit="戶", kind="count")
s("兩所", "村小學", value=2, unit="所", kind="count")
s("4名", "村小學教師")
s("29名", "村小學學生")
ordn("一二年級", 1, "村小學開設年級", unit="年級", note="只有一二年級: grades 1–2 (an ordinal range).")
ordn("三年級", 3, "需轉學的年級", unit="年級")
t("幾十", "距家幾十公里 (several tens of km): an indefinite number, not extracted.", "vague_or_generic")
t("多", "年輕人多外出務工 (mostly work away): 多 is not an approximator.", "approximator_lookalike")
t("一部分", "一部分老年人 (some of the old people): not a quantity.", "vague_or_generic")
s("1/3", "全村實際常住人口佔比（不到）", value=1 / 3, unit=None, kind="ratio", q="at_most",
  note="不到1/3 → ratio 1/3, at_most (不到 outside the surface).")
s("14個", "村民小組", value=14, unit="個", kind="count")
D.write("../d11-anhui-qifeng-village-poverty-diary-2017-trad-repost")
