from lib import Doc
D = Doc("../z3-peoples-daily-employment-14th-fyp-2025-pdf-text-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人民日报 2025-09-27 news column (国新办 press conference of 9月26日 on 就业和社会保障 in the 十四五), as stored by a
# news-aggregator page (staging.reportify.cn) whose text was taken from the printed page: every print line end became a
# space, also inside words (`创业担 保贷款`, `支 持`, `加 大`, `王晓萍 说`, `截至 今年8月底`, `就业 5500万人`). Scope:
# `十四五时期（截至2025年8月底）；全国` for the period totals, `年均；全国` for 年均 figures.
tall("十四五", "“十四五” (the 14th Five-Year Plan, a name).", "name_or_title")
P = "十四五时期（截至2025年8月底）；全国"
s("5921万人", "城镇新增就业累计（标题）", scope=P)
date("2025-09-27 01:11", "2025-09-27", subject="发布时间")
date("9月26日", "2025-09-26", subject="发布会日期", note="year from the publication date.")
date("8月底", "2025-08", subject="截至日期", note="截至 今年8月底 (今年 = 2025).")
s("5921万人", "城镇新增就业累计", scope=P)
s("5500万人", "城镇新增就业目标任务", q="target", scope=P, note="超额完成…5500万人的目标任务: the plan's target; the surface follows a print-line space (`就业 5500万人`).")
s("4700亿元", "累计支出就业补助资金", q="approx_more", scope=P, note="超过 outside the surface (set 21 convention).")
s("1389亿元", "发放稳岗返还资金", scope=P)
s("3000亿元", "年均创业担保贷款余额", scope="年均；全国", note="年均创业担 保贷款余额: a print-line space splits 担保.")
s("1000亿元", "年均支出就业补助资金", q="approx_more", scope="年均；全国", note="超1000亿元: 超 outside the surface.")
t("一系列", "一系列 (a series of): 一 is not a number.", "vague_or_generic")
date("2022年", "2022", subject="起始年份")
s("千万人", "高校毕业生每年人数", value=10000000, unit="人", kind="count", q="approx_more", scope="2022年起每年；全国",
  note="每年超千万人: bare 千万 (as set 21's 超过千万人次), 超 outside the surface.")
s("近3亿名", "以务工为主要收入的农民工", value=300000000, unit="名", kind="count", q="approx", scope="2025年；全国",
  note="近 kept in the surface (approximator).")
s("3000万人以上", "脱贫人口务工规模", q="approx_more", scope="十四五时期；全国", note="保持在3000万人以上: 以上 kept in the surface.")
t("五级", "“省市县乡村”五级服务网络: the network's name (five administrative levels); extraction acceptable (count 5, unit 级), preferred not.",
  "slogan_count", ambiguous=True)
s("近9000家", "零工市场", value=9000, unit="家", kind="count", q="approx", scope="十四五时期（截至2025年8月底）；全国")
tall("零工", "零工市场 (odd-job markets): 零 is not zero.", "vague_or_generic")
t("更多", "更多 (more): 多 is not an approximator of a figure.", "approximator_lookalike", at="创造了更多")
t("统一", "全国统一 (unified): 一 is not a number.", "vague_or_generic", at="全国统一")
D.write("../z3-peoples-daily-employment-14th-fyp-2025-pdf-text-repost")
