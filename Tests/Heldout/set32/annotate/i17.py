from lib import Doc
D = Doc("../i17-beidahuang-annual-report-2011-summary-cnstock-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 北大荒 (600598) 2011年年度报告摘要 as printed in the 上海证券报 e-paper (paper.cnstock.com, 2012-04-27); tables are
# images (■). Section numbers §1…§5, 1.1…5.1, `1、`, `(1)` → list_marker traps; `前10名股东`, `前10名无限售条件股东`
# → AMBIGUOUS traps without gold_id (a table's rank class, as 前5位). The results paragraph: 营业收入/营业利润/利润总额/
# 归母净利润 亿元 with 比上年增长 % (up); 基本每股收益 0.25元 (money per share); 加权平均净资产收益率 7.74% and
# `增加1.22个百分点` (up). Scope `2011年；北大荒`. The store stops at `2011年末公司资`.
date("2011年", "2011", note="report title")
for n in range(1, 6):
    t(str(n), f"§{n}: section number", "list_marker", at=f"§{n} ")
for sec in ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2", "5.1"):
    t(sec, f"{sec}: item number", "list_marker", at=sec + " ")
t("前10名", "前10名股东: a table's rank class (top-10 holders); preferred not extracted.", "vague_or_generic", True, at="4.1 前10名")
t("前10名", "前10名无限售条件股东: a table's rank class; preferred not extracted.", "vague_or_generic", True, at="、前10名")
t("1", "1、: item number", "list_marker", at="1、报告期")
t("1", "(1): item number", "list_marker", at="(1)报告期")
D.scope = "2011年；北大荒"
date("2011年", "2011")
date("2011年", "2011")
s("133亿元", "营业收入")
s("44.25%", "营业收入比上年增长", d="up")
s("3.80亿元", "营业利润")
s("25.82%", "营业利润比上年增长", d="up")
s("4.51亿元", "利润总额")
s("26.63%", "利润总额比上年增长", d="up")
s("4.41亿元", "归属于上市公司股东的净利润")
s("23.41%", "归属于上市公司股东的净利润比上年增长", d="up")
s("0.25元", "基本每股收益")
s("22.65%", "基本每股收益比上年增长", d="up")
s("7.74%", "加权平均净资产收益率")
s("1.22个百分点", "加权平均净资产收益率比上年增加", d="up", kind="percent")
date("2011年末", "2011", subject="统计时点", note="年末 = end of 2011; the sentence is cut by the store.")
D.write("../i17-beidahuang-annual-report-2011-summary-cnstock-epaper")
