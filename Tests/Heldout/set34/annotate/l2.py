from lib import Doc
D = Doc("../l2-ningbo-audit-work-report-2022-nbrd.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 宁波市审计局 2022年度 审计工作报告 (nbrd.gov.cn), opening part up to where the store stops (`保持财`).
# 十六届/第十二次 (meeting title) → name traps; 二十大/第十五次/第十四次 党代会 → name traps; 八八战略/两个先行 → slogans;
# `“47条”`, `“16条”` (policy packages) → slogan traps (as `货币金融26条`); `近20亿元` → approx, 近 in the surface;
# `突破130万户` → approx_more (突破 outside the surface). `挽回损失` money; `核减投资额` money.
t("十六届", "宁波市十六届人大常委会 (title).", "name_or_title")
t("第十二次", "第十二次会议 (meeting title).", "name_or_title")
date("2022年度", "2022", subject="预算执行年度（标题）")
date("2022年度", "2022", subject="预算执行年度")
date("2022年度", "2022", subject="审计的预算执行年度")
t("二十大", "党的二十大 (name).", "name_or_title")
t("第十五次", "省第十五次党代会 (name).", "name_or_title")
t("第十四次", "市第十四次党代会 (name).", "name_or_title")
t("八八", "“八八战略” (slogan).", "slogan_count")
date("2022年7月", "2022-07", subject="审计统计期起")
date("2023年6月", "2023-06", subject="审计统计期止")
D.scope = "2022年7月至2023年6月；宁波市全市审计机关"
s("294个", "完成审计和审计调查项目")
s("29.82亿元", "促进增收节支和挽回损失")
s("7.09亿元", "核减投资额")
s("974条", "提出审计建议被采纳")
date("2022年", "2022", subject="审计结果所述年度")
t("八八", "“八八战略” (slogan).", "slogan_count")
t("两", "“两个先行” (slogan).", "slogan_count")
D.scope = "2022年；宁波市"
t("47条", "稳链纾困助企“47条” (a policy package named by its number of articles).", "slogan_count")
t("16条", "稳经济“16条” (policy package name).", "slogan_count")
s("585.7亿元", "为企业降本减负")
s("409亿元", "增值税留抵退税")
s("432.5亿元", "兑付惠企政策资金")
s("近20亿元", "累计发放消费券", value=2000000000, unit="元", q="approx")
s("130万户", "全市市场主体", q="approx_more", note="突破130万户: 突破 outside the surface → approx_more.")
t("一", "稳经济一揽子政策 (idiom).", "idiom_or_figurative", at="一揽子")
D.write("../l2-ningbo-audit-work-report-2022-nbrd")
