from lib import Doc
D = Doc("../o16-chongqing-charity-2018-cqdaily-cri.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 重庆日报 (张莎) 2018-12-21, on 国际在线 重庆频道: 重庆市慈善总会 2018 — 筹募慈善款物 亿元 (含药品援助 亿元), 比上年同期增长 %,
# 救助支出 亿元, 惠及 万人次; headline and 原标题 repeat the figures (every copy annotated). 2019 plans: `抓好6个方面工作`,
# `力争…设立基金130支` → target. 第四届/第五次 → name traps; 20多年来 → duration approx_more; 一批 → idiom; clock → trap.
D.scope = "2018年；重庆市慈善总会"
s("5.92亿元", "市慈善总会募集慈善款物（标题）")
date("2018-12-21", "2018-12-21", subject="发布日期")
t("13:39:11", "clock time of the post.", "vague_or_generic")
s("5.92亿元", "市慈善总会募集慈善款物（原标题）")
s("5.37亿元", "各类慈善救助支出（原标题）")
s("51万人次", "惠及困难群众（原标题）")
date("12月20日", "2018-12-20", subject="理事会会议日期", note="year from the post date 2018-12-21.")
t("第四届", "理事会届次 (name).", "name_or_title")
t("第五次", "会议次数 (name).", "name_or_title")
date("2018年", "2018", subject="工作报告年度")
date("2019年", "2019", subject="部署年度")
date("2018年", "2018", subject="统计年度")
s("5.92亿元", "市慈善总会本级筹募慈善款物")
s("2.72亿元", "中华慈善总会药品援助（含在筹募款物内）")
s("10.45%", "筹募慈善款物比上年同期增长", d="up")
dur("20多年来", 20, "建会以来", q="approx_more")
s("5.37亿元", "各类慈善救助活动支出款物")
s("51万人次", "惠及困难群众")
date("2019年", "2019", subject="计划年度")
s("6个", "2019年抓好的工作方面", q="target", scope="2019年；重庆市慈善总会")
t("一", "一批 (a batch of), idiom.", "idiom_or_figurative")
date("2019年", "2019", subject="计划年度")
s("130支", "力争设立基金", kind="count", q="target", scope="2019年；重庆市慈善总会")
D.write("../o16-chongqing-charity-2018-cqdaily-cri")
