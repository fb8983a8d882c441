from lib import Doc
D = Doc("../f10-disasters-q1-q3-2019-xinhua-mixed-script-axyjyo.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新華社 北京10月10日電 (記者 魏玉坤) on 應急管理部's 2019 前三季度 disaster review, as served by a mirror that writes
# traditional script with pinyin glosses after some characters (`災(zāi)`, `應(yīng)`) and doubled punctuation (`,,`,
# `,。`, `,;`). Scope `2019年1-9月；全國`. 億人次/萬人次 → count 人次; 萬間 → count 間; 千公頃 stays a unit; 億元 → money.
# `與近5年同期均值相比…分別減少25%、17%,、55%和3%` → four down changes (the `,、` between them kept as served).
# 前三季度 → date range 2019-01/2019-09 each time; the keyword line's `三季度` → a tag (name trap).
D.scope = "2019年1-9月；全國"
Q = "2019-01/2019-09"
date("前三季度", Q, subject="统计期（标题）", note="year from 2019年前三季度 (line 3).")
s("1.1億人次", "自然災害受災人次（標題）")
date("10月10日", "2019-10-10", subject="电讯日期", note="year from 2019年前三季度 in the same paragraph.")
date("10日", "2019-10-10", subject="获悉日期")
date("2019年前三季度", Q, subject="统计期")
date("前三季度", Q, subject="统计期")
s("1.1億人次", "自然災害受災人次")
date("前三季度", Q, subject="统计期")
date("前三季度", Q, subject="统计期")
s("766人", "死亡人數")
s("103人", "失蹤人數")
s("496.1萬人次", "緊急轉移安置人次")
s("12.4萬間", "倒塌房屋", kind="count")
s("23.5萬間", "嚴重損壞房屋", kind="count")
s("94.1萬間", "一般損壞房屋", kind="count")
s("16639.4千公頃", "農作物受災面積", kind="measure")
s("2462.7千公頃", "農作物絕收面積", kind="measure")
s("3063.2億元", "直接經濟損失")
dur("近5年", 5, "比较期（近5年同期均值）", note="近5年 = the last five years.")
date("前三季度", Q, subject="统计期")
N4 = "分別減少25%、17%,、55%和3%: 因災死亡失蹤人數、緊急轉移安置人次、倒塌房屋數量、直接經濟損失, in that order."
s("25%", "因災死亡失蹤人數較近5年同期均值減少", d="down", note=N4)
s("17%", "緊急轉移安置人次較近5年同期均值減少", d="down", note=N4)
s("55%", "倒塌房屋數量較近5年同期均值減少", d="down", note=N4)
s("3%", "直接經濟損失較近5年同期均值減少", d="down", note=N4)
t("近", "近日 (recently): 近 not an approximator", "approximator_lookalike", at="近日")
t("多", "會同多部門: 多 = many (departments), not an approximator", "approximator_lookalike", at="多部門")
t("多", "南北多、中間少: 多 = many, not an approximator", "approximator_lookalike", at="南北多")
t("一", "一般損壞: 'ordinary' damage class, not a count", "idiom_or_figurative", at="一般損壞")
t("三季度", "關鍵詞 tag `三季度` (page furniture), not a date statement", "name_or_title", at="關(guān)鍵詞")
D.write("../f10-disasters-q1-q3-2019-xinhua-mixed-script-axyjyo")
