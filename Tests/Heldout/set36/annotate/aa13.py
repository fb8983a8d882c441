from lib import Doc
D = Doc("../aa13-spp-work-report-2024-glossed-dunya.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 最高人民检察院工作报告 (应勇, 2025-03-08) on 2024, reposted in traditional script with pinyin glosses. 同比分别下降3.6%和
# 上升9.4% → directions in list order. 第十四屆/第三次會議 → ordinal/name traps (earlier gold: 第N届/第N次会议 → name traps).
date("2025年3月8日", "2025-03-08", subject="报告日期")
t("第十四屆", "第十四屆全國人民代表大會 (name).", "name_or_title")
t("第三次", "第三次會議 (name).", "name_or_title")
date("2024年", "2024", subject="报告年度")
D.scope = "2024年；全国检察机关"
s("409.96萬件", "全国检察机关办理各类案件")
s("8980件", "最高人民检察院办理案件", scope="2024年；最高人民检察院")
s("3.6%", "全国办案数同比下降", d="down")
s("9.4%", "最高检办案数同比上升", d="up", scope="2024年；最高人民检察院")
s("75.3萬人", "批准逮捕各类犯罪嫌疑人")
s("163.1萬人", "提起公诉")
s("3.6%", "批准逮捕人数同比上升", d="up")
s("3.4%", "提起公诉人数同比下降", d="down")
date("2024年", "2024", subject="统计年度")
s("3.6萬人", "起诉破坏生态环境资源犯罪")
s("5.7萬件", "办理生态环境公益诉讼")
date("2024年", "2024", subject="统计年度")
s("477人", "起诉农村涉黑恶犯罪")
s("651人", "起诉制售假冒伪劣农资犯罪")
s("2869人", "起诉非法占用农用地犯罪")
s("4307件", "办理高标准农田建设公益诉讼")
t("多", "生物多樣性 (not an approximator).", "approximator_lookalike", at="生物")
t("四", "四川 (place name).", "name_or_title", at="河南、四川")
D.write("../aa13-spp-work-report-2024-glossed-dunya")
