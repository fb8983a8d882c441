from lib import Doc
D = Doc("../o8-city-npc-standing-committee-2023-zyrb-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A city daily's front-page lead (zyrb.com e-paper, 2024-01-08; city not written) on the 市人大常委会's 2023 work:
# 制定法规 件, 决议决定 项, 专项工作报告 项, 执法检查 项, 视察调研 项, 调研成果 件, 任免 人(次), 典型案例 项.
# `(下转第三版)` → page reference trap.
date("2024年", "2024", subject="年份")
date("2023年", "2023", subject="工作年度")
D.scope = "2023年；市人大常委会"
s("2件", "制定地方性法规")
s("10项", "作出决议决定")
s("20项", "听取审议专项工作报告")
s("6项", "开展执法检查")
s("8项", "组织视察调研")
s("17件", "形成专题调研成果")
s("87人(次)", "任免国家机关工作人员", unit="人(次)", kind="count")
s("2项", "入选全省人大工作典型案例的创新工作")
t("第三版", "下转第三版 (page reference).", "name_or_title")
D.write("../o8-city-npc-standing-committee-2023-zyrb-epaper")
