from lib import Doc
D = Doc("../j11-central-capitals-2023-gdp-targets-21cbh-spun-noise.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 21世纪经济报道 (周慧) on 武汉/郑州/长沙 政府工作报告 2023, reposted on a spam site that inserts noise words (`年武年`,
# `增长增长`, `目标`, `预计`) into the text; one line. Noise words are not read as qualifiers; the real 预计/目标 are:
# `预计2022年…增长4.5%左右` and `2022年郑州…预计增长2%左右, …3.5%, …下降4%, …下降4%` → target (预计 governs the
# sentence, set 32 precedent) + approx for 左右; the 2023 预期目标 lists → target. `21世纪` → name traps; `万亿GDP` → name trap.
tall("21世纪", "21世纪经济报道 (a newspaper name).", "name_or_title")
date("1月5日", "2023-01-05", subject="开幕日期", note="year from the text (2023年 targets; 武汉 十五届人大二次会议 in January 2023).")
ordn("第十五届", 15, "武汉市人民代表大会届次", unit="届")
ordn("第二次", 2, "会议次序", unit="次")
D.scope = "2022年；武汉市"
date("2022年", "2022", subject="预计年份")
s("4.5%左右", "武汉地区生产总值增长（预计）", q=["target", "approx"], d="up")
s("1.9万亿元左右", "武汉地区生产总值总量（预计）", q=["target", "approx"])
D.scope = "2023年；武汉市"
date("2023年", "2023", subject="目标年份")
s("6.5%以上", "武汉GDP增长目标", q=["target", "approx_more"], d="up")
date("2023年", "2023", subject="计划年份")
t("两端", "供需两端 (both supply and demand): 两 is not a count.", "idiom_or_figurative")
t("进一步", "进一步 (further): 一 is not a number.", "idiom_or_figurative")
t("万亿GDP", "中部万亿GDP省会城市 (a class label: capitals whose GDP exceeds 1 万亿元), not a figure.", "name_or_title")
date("2022年", "2022", subject="预测数据年份")
t("多地", "多地 (many places): 多 is not an approximator.", "approximator_lookalike")
date("2023年", "2023", subject="目标年份")
t("一些", "相对高一些 (somewhat higher): 一 is not a number.", "idiom_or_figurative")
D.scope = "2022年；郑州市"
date("2022年", "2022", subject="预计年份")
s("2%左右", "郑州全市生产总值增长（预计）", q=["target", "approx"], d="up")
s("3.5%", "郑州规模以上工业增加值增长（预计）", q="target", d="up")
s("4%", "郑州固定资产投资下降（预计）", q="target", d="down")
s("4%", "郑州社会消费品零售总额下降（预计）", q="target", d="down")
D.scope = "2023年；郑州市"
date("2023年", "2023", subject="目标年份")
s("7%", "郑州生产总值增长（预期目标）", q="target", d="up")
s("8%以上", "郑州规模以上工业增加值增长（预期目标）", q=["target", "approx_more"], d="up")
s("15%", "郑州固定资产投资增长（预期目标）", q="target", d="up")
s("12%", "郑州社会消费品零售总额增长（预期目标）", q="target", d="up")
D.scope = "2022年；长沙市"
date("2022年", "2022", subject="预计年份")
s("4.8%", "长沙地区生产总值增长（预计）", q="target", d="up")
D.scope = "2023年；长沙市"
date("2023年", "2023", subject="目标年份")
s("7%左右", "长沙地区生产总值增长（预期目标）", q=["target", "approx"], d="up")
s("8%以上", "长沙规模以上工业增加值增长（预期目标）", q=["target", "approx_more"], d="up")
s("7%", "长沙社会消费品零售总额增长（预期目标）", q="target", d="up")
tall("零售", "零售 (retail): 零 is not a number.", "name_or_title")
D.write("../j11-central-capitals-2023-gdp-targets-21cbh-spun-noise")
