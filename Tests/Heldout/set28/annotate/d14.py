from lib import Doc
D = Doc("../d14-mof-state-enterprises-jan-oct-2024-cnaee-footnote-marks.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 财政部 monthly release 2024年1-10月全国国有及国有控股企业经济运行情况 as reposted on cnaee.com (newsshow id 1843649), with
# the release's circled footnote marks ① ② inside the text (`企业①(以下称…)`, `同比②增长0.9%`) and the start of note ①
# (the store ends with ` ……`). Flows → `2024年1-10月；全国`; 资产负债率 at 10月末 → `2024年10月末；全国`. 同比增长 → up,
# 同比下降 → down; `上升0.1个百分点` → up. Section numbers 一、…四、 and the marks ① ② → list_marker traps (① ② are
# digits in Unicode terms: an extractor must not read `②增长0.9%` as 2). `36个省(…计划单列市)` → count 36 个.
F = "2024年1-10月；全国"
D.scope = F
date("2024年1-10月", "2024-01/2024-10", subject="统计期（标题）")
D.seek("\n1-10月")
date("1-10月", "2024-01/2024-10", subject="统计期")
t("①", "footnote mark ① (see note ①): not a quantity.", "list_marker")
t("②", "footnote mark ② (on 同比): not a quantity.", "list_marker")
s("0.9%", "国有企业营业总收入同比增长（概述）", d="up")
s("1.1%", "国有企业利润总额同比下降（概述）", d="down")
t("一、", "section number 一、营业总收入.", "list_marker")
date("1-10月", "2024-01/2024-10", subject="统计期")
s("676606.0亿元", "国有企业营业总收入", value=67660600000000, unit="元", kind="money")
s("0.9%", "国有企业营业总收入同比增长", d="up")
t("二、", "section number 二、利润总额.", "list_marker")
date("1-10月", "2024-01/2024-10", subject="统计期")
s("35371.9亿元", "国有企业利润总额", value=3537190000000, unit="元", kind="money")
s("1.1%", "国有企业利润总额同比下降", d="down")
t("三、", "section number 三、应交税费.", "list_marker")
date("1-10月", "2024-01/2024-10", subject="统计期")
s("48524.7亿元", "国有企业应交税费", value=4852470000000, unit="元", kind="money")
s("0.4%", "国有企业应交税费同比下降", d="down")
t("四、", "section number 四、资产负债率.", "list_marker")
D.scope = "2024年10月末；全国"
date("10月末", "2024-10", subject="时点（10月末）")
s("64.9%", "国有企业资产负债率")
s("0.1个百分点", "国有企业资产负债率上升", d="up")
t("①", "note mark ① (本月报所称…): list marker.", "list_marker")
s("36个", "纳入月报的省（自治区、直辖市、计划单列市）", kind="count", scope=None,
  note="36个省(自治区、直辖市、计划单列市): count 36, unit 个 (a definition in note ①, no period).")
D.write("../d14-mof-state-enterprises-jan-oct-2024-cnaee-footnote-marks")
