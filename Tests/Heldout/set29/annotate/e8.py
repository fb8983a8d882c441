from lib import Doc
D = Doc("../e8-nbs-women-outline-monitoring-2016-chinanews-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中國新聞網 2017-10-27 (traditional repost): 国家统计局's 2016年《中国妇女发展纲要(2011-2020年)》统计监测报告, its
# summary and 一、妇女与健康 (一)-(三); the store stops at `隨著`. 孕产妇死亡率 `30/10萬` → percent, unit `/10萬` as
# written (set precedent `18.3/10万`: a rate per 100,000; 10萬 is the base). `由2010年的30/10萬降低至2016年的19.9/10萬`
# → two levels, no direction; `提前實現20/10萬的《綱要》目標` → target. `比2010年提高/降低 N個百分點` → up/down.
# `二孩` (全面二孩政策, 二孩比重: second child) → name traps. `七個領域` → count 7 個. The 纲要 period `2011-2020年` → date.
D.scope = "2016年；全國"
PP = "個百分點"
tall("二孩", "二孩 = second child (全面二孩政策, 二孩比重): a term, not a number.", "name_or_title")
date("2017年10月27日 14:36", "2017-10-27", subject="发布时间")
date("2016年", "2016", subject="监测年度")
date("2011-2020年", "2011/2020", subject="纲要期间")
date("2016年", "2016", subject="监测年度")
date("2010年", "2010", subject="比较年份")
s("30/10萬", "孕產婦死亡率", value=30, unit="/10萬", kind="percent", scope="2010年；全國",
  note="由2010年的30/10萬降低至2016年的19.9/10萬: two levels, no direction; a rate per 100,000.")
date("2016年", "2016", subject="年份")
s("19.9/10萬", "孕產婦死亡率", value=19.9, unit="/10萬", kind="percent")
date("2011-2020年", "2011/2020", subject="纲要期间")
s("七個", "《綱要》監測領域數", value=7, unit="個", kind="count", scope=None, note="七個領域: 健康、教育、經濟、決策和管理、社會保障、環境、法律.")
date("2016年", "2016", subject="监测年度")
t("多", "多數指標 (most indicators), not a number.", "approximator_lookalike")
t("近", "接近完成 (close to), no figure follows.", "approximator_lookalike")
t("一、", "section number 一、婦女與健康.", "list_marker")
t("(一)", "list marker (一).", "list_marker")
date("2016年", "2016", subject="年份")
s("99.8%", "孕產婦住院分娩率")
date("2010年", "2010", subject="比较年份")
s("2個百分點", "孕產婦住院分娩率比2010年提高", value=2, unit=PP, kind="percent", d="up")
s("91.6%", "孕產婦系統管理率")
s("7.5個百分點", "孕產婦系統管理率提高", unit=PP, kind="percent", d="up")
date("2010年", "2010", subject="比较年份")
t("(二)", "list marker (二).", "list_marker")
date("2016年", "2016", subject="年份")
s("25.6%", "查出婦女病率")
date("2010年", "2010", subject="比较年份")
s("3.2個百分點", "查出婦女病率比2010年降低", unit=PP, kind="percent", d="down")
t("近", "近年來 (in recent years), not an approximator.", "approximator_lookalike")
t("(三)", "list marker (三).", "list_marker")
date("2016年", "2016", subject="年份")
date("2010年", "2010", subject="比较年份")
s("30/10萬", "孕產婦死亡率", value=30, unit="/10萬", kind="percent", scope="2010年；全國")
date("2016年", "2016", subject="年份")
s("19.9/10萬", "孕產婦死亡率", value=19.9, unit="/10萬", kind="percent")
s("20/10萬", "孕產婦死亡率《綱要》目標", value=20, unit="/10萬", kind="percent", q="target", scope="2011-2020年；全國",
  note="提前實現20/10萬的《綱要》目標: the plan's target (纲要 2011-2020).")
t("(四)", "list marker (四).", "list_marker")
D.write("../e8-nbs-women-outline-monitoring-2016-chinanews-trad")
