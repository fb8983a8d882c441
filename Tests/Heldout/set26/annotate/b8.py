from lib import Doc
D = Doc("../b8-hk-censtatd-retail-sales-nov-2013-info-gov-hk-press-release.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 香港特區政府新聞公報 (info.gov.hk print page, 2014-01-02): 政府統計處's provisional retail sales statistics for
# November 2013, traditional script, Hong Kong style: dates in Chinese numerals with 零 (`二零一三年十一月`), money in 億元
# (Hong Kong dollars; unit 元 as written, ×10⁸), every change a %, 上升 → up, 下跌 → down. The store stops mid-sentence
# (`對消費者整體開支趨勢有興趣`). Scopes `2013年11月；香港`, `2013年10月；香港`, `2013年1—11月；香港`,
# `截至2013年11月底的三個月；香港` (seasonally adjusted 3-month comparison).
tall("百貨", "百貨公司 (department store): 百 is not a number.", "vague_or_generic")
tall("零件", "汽車零件 (parts): 零 is not zero.", "vague_or_generic")
tall("零售", "零售 (retail): 零 is not zero (as sets 13/20).", "vague_or_generic")
t("一方面", "另一方面 (on the other hand): 一 is not a number.", "idiom_or_figurative", at="另一方面")
date("二零一三年十一月", "2013-11", subject="統計月份（標題）")
date("一月二日", "2014-01-02", subject="發表日期", note="今日(一月二日); year 2014 from the page address (201401/02).")
D.scope = "2013年11月；香港"
date("二零一三年十一月", "2013-11", subject="統計月份")
s("396億元", "零售業總銷貨價值（臨時估計）", value=39600000000, unit="元", kind="money", note="億元 (Hong Kong dollars) as written.")
s("8.5%", "零售業總銷貨價值較上年同月上升", d="up")
date("二零一三年十一月", "2013-11", subject="統計月份")
s("9.0%", "零售業總銷貨數量較上年同月上升", d="up")
date("二零一三年十月", "2013-10", subject="統計月份")
s("6.3%", "零售業總銷貨價值（修訂估計）較上年同期上升", d="up", scope="2013年10月；香港")
s("5.9%", "零售業總銷貨數量較上年同期上升", d="up", scope="2013年10月；香港")
date("二零一二年", "2012", subject="比較年度")
date("二零一三年首十一個月", "2013-01/2013-11", subject="統計期")
s("11.6%", "零售業總銷貨價值上升", d="up", scope="2013年1—11月；香港")
s("11.1%", "零售業總銷貨數量上升", d="up", scope="2013年1—11月；香港")
date("二零一三年十一月", "2013-11", subject="統計月份")
date("二零一二年十一月", "2012-11", subject="比較月份")
for surf, subj in (("13.3%", "珠寶首飾、鐘錶及名貴禮物銷貨數量"), ("9.7%", "百貨公司貨品零售量"), ("7.6%", "服裝銷貨數量"),
                   ("3.6%", "超級市場貨品銷貨數量"), ("8.0%", "藥物及化妝品銷貨數量"), ("3.2%", "食品、酒類飲品及煙草銷貨數量"),
                   ("1.7%", "其他未分類消費品銷貨數量"), ("73.1%", "雜項耐用消費品銷貨數量"),
                   ("6.4%", "鞋類、有關製品及其他衣物配件銷貨數量"), ("4.9%", "書報、文具及禮品銷貨數量"),
                   ("3.1%", "中藥銷貨數量"), ("8.0%", "眼鏡店銷貨數量")):
    s(surf, subj + "上升", d="up")
date("二零一三年十一月", "2013-11", subject="統計月份")
for surf, subj in (("1.8%", "電器及攝影器材銷貨數量"), ("7.4%", "汽車及汽車零件零售量"), ("0.5%", "燃料銷貨數量"),
                   ("7.5%", "傢具及固定裝置銷貨數量")):
    s(surf, subj + "下跌", d="down")
date("二零一三年十一月底", "2013-11", subject="時點")
dur("三個月", 3, "比較期長度", unit="個月")
dur("三個月", 3, "先前比較期長度", unit="個月")
s("0.2%", "經季節性調整的零售業總銷貨數量（三個月比較）輕微上升", d="up", scope="截至2013年11月底的三個月；香港")
t("一個", "一個全面指標 (a comprehensive indicator): 一個 = 'a', not a count.", "idiom_or_figurative", at="一個全面")
D.write("../b8-hk-censtatd-retail-sales-nov-2013-info-gov-hk-press-release")
