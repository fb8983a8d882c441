from lib import Doc
D = Doc("../d5-qinghai-shangtan-village-poverty-economic-daily-cnread-trad-breaks.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 經濟日報 feature 「砥礪奮進的五年|記者蹲點貧困村」 as kept (traditional script) on cnread.news (華文網): 吉蕾蕾 on 上灘村,
# 大通縣, 青海. The repost breaks paragraphs in mid-sentence (`…的上灘村,` / blank line / `就是我駐村調研的地方。`, and again at
# `撲面而來,` and `變化,`); no figure is split. Chinese numerals: 四個民族, 三分之一, 半小時; idioms with 一 (一起, 一路,
# 一刹那, 一下子); names 李萬祥. No year is written (the series ran in 2017; not used). Scope `青海省大通縣上灘村`.
# `不足3畝` / `不足3000元` → at_most (不足 = less than, outside the surface, as 控制在…以內 → at_most); 約 and 近 in the
# surface → approx (as sets 13/16); `超過2000萬元` → approx_more (超過 outside the surface). `三分之一` → ratio 1/3, unit null
# (gold README: fractions → ratio).
D.scope = "青海省大通縣上灘村"
dur("五年", 5, "報道系列回顧期（砥礪奮進的五年）", note="series title 砥礪奮進的五年 (the five years since 2012).")
t("一起", "一起種辣椒 (planting peppers together): 一 is not a number.", "idiom_or_figurative")
t("萬祥", "記者李萬祥 (a person's name): 萬 is not a number.", "name_or_title")
s("3100米", "上灘村最低海拔", value=3100, unit="米", kind="measure")
t("一路", "一路豔陽高照 (sunny all the way): 一 is not a number.", "idiom_or_figurative")
dur("半小時", 0.5, "驅車出發後經過時間", unit="小時", note="半小時後 (half an hour later).")
t("多久", "不知道過了多久 (how long): 多 is not an approximator.", "approximator_lookalike")
t("一刹那", "打開車門的一刹那 (the instant): 一 is not a number.", "idiom_or_figurative")
t("一下子", "感覺一下子… (all at once): 一 is not a number.", "idiom_or_figurative")
s("四個", "上灘村居住的民族", value=4, unit="個", kind="count", note="四個民族: count 4, classifier 個.")
s("251戶", "上灘村戶數", value=251, unit="戶", kind="count")
s("1113人", "上灘村人口")
s("三分之一", "建檔立卡貧困戶所佔比重", value=1 / 3, unit=None, kind="ratio", note="有三分之一是建檔立卡的貧困戶: ratio 1/3, unit null.")
s("約39.5平方公里", "全村總面積", value=39.5, unit="平方公里", kind="measure", q="approx")
s("3畝", "人均耕地（不足）", value=3, unit="畝", kind="measure", q="at_most", note="不足3畝: less than → at_most (不足 outside the surface).")
s("3000元", "年人均收入（不足）", q="at_most", note="不足3000元 → at_most (不足 outside the surface).")
t("多以", "村民多以土地為生 (mostly live off the land): 多 is not an approximator.", "approximator_lookalike")
t("特別多", "雨水特別多 (especially much rain): 多 is not an approximator.", "approximator_lookalike")
dur("近1個月", 1, "春耕比往年推遲", unit="個月", q="approx", note="推遲了近1個月: a delay of nearly a month; 近 in the surface → approx.")
s("2000萬元", "扶貧專案預計總投資（超過）", q=["target", "approx_more"], note="預計總投資將超過2000萬元: 預計…將 → target; 超過 → approx_more (outside the surface).")
t("第一書記", "上灘村第一書記 (a post's title): 一 is not a number.", "name_or_title")
date("9月底", "09", subject="建設完成時點（今年9月底）", note="到今年9月底: no year written (the series ran in 2017); month only.")
D.write("../d5-qinghai-shangtan-village-poverty-economic-daily-cnread-trad-breaks")
