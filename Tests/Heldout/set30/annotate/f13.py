from lib import Doc
D = Doc("../f13-disasters-2021-year-review-cyol-nanmuxuan-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中國青年報 (記者 趙麗梅), 北京1月20日電 (2022), on 應急管理部's 2021 disaster review, as reposted in traditional script by
# 楠木軒 (zh-hk) with its headline twice, a photo caption, and its furniture (`共 426 字`, `轉載請註明:` + the headline).
# Scope `2021年；全國`. `與近5年均值相比,分別下降28%、10.4%、18.6%和5.5%` → four down changes (受災人次, 死亡失蹤,
# 倒塌房屋, 直接經濟損失 in that order); the headline's `與近5年均值相比下降28%` → down. 一是…八是 → list markers.
# `共 426 字` → page furniture (trap, as 點擊量 in set 28).
D.scope = "2021年；全國"
def headline(tag):
    date("2021年", "2021", subject="统计年份" + tag)
    s("1.07億人次", "自然災害受災人次" + tag)
    dur("近5年", 5, "比较期（近5年均值）", note="近5年 = the last five years.")
    s("28%", "受災人次與近5年均值相比下降" + tag, d="down")
headline("（標題）")
date("1月20日", "2022-01-20", subject="电讯日期", note="year 2022: the 2021 review was given at a January 2022 press conference.")
date("2021年", "2021", subject="统计年份")
s("1.07億人次", "自然災害受災人次")
s("867人", "因災死亡失蹤人數")
s("16.2萬間", "倒塌房屋", kind="count")
s("3340.2億元", "直接經濟損失")
dur("近5年", 5, "比较期（近5年均值）", note="近5年 = the last five years.")
N = "分別下降28%、10.4%、18.6%和5.5%: 受災人次、因災死亡失蹤、倒塌房屋、直接經濟損失, in that order."
s("28%", "受災人次與近5年均值相比下降", d="down", note=N)
s("10.4%", "因災死亡失蹤人數與近5年均值相比下降", d="down", note=N)
s("18.6%", "倒塌房屋與近5年均值相比下降", d="down", note=N)
s("5.5%", "直接經濟損失與近5年均值相比下降", d="down", note=N)
headline("（標題重複）")
D.pos = D.text.find("轉載請註明")
headline("（轉載標題）")
for m in ("一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是"):
    t(m, "enumeration marker " + m, "list_marker", at="申展利介紹,全年" if m == "一是" else None)
t("多", "點多面廣: idiom (many points, wide area)", "idiom_or_figurative", at="點多面廣")
t("多", "發生多起強震: 多起 (several), vague", "vague_or_generic", at="多起強震")
t("多", "明顯偏多 (more than usual), not an approximator", "approximator_lookalike", at="明顯偏多")
t("426 字", "page furniture: the repost's length (共 426 字)", "name_or_title")
D.write("../f13-disasters-2021-year-review-cyol-nanmuxuan-trad")
