from lib import Doc
D = Doc("../aa16-trade-union-poverty-2020-jhwb-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 江海晚报 e-paper 2021-06-01 (page A10), 新华社: 全国总工会 城市困难职工解困脱困. The headline figure and the first
# paragraph's are repeated (every copy annotated, as earlier sets), incl. the e-paper's metadata tail
# (`2 2 江海晚报 content_62416.html 1 3 549.87万户!`: its loose digits are layout fields → traps).
t("10", "page number A10.", "name_or_title")
D.scope = "2020年年底；全国工会"
s("549.87万户", "建档立卡困难职工家庭解困脱困（标题）")
date("5月31日", "2021-05-31", subject="会议日期", note="year from the issue date (2021-06-01).")
dur("5年来", 5, "解困脱困工作期")
date("2020年年底", "2020", subject="统计时点")
s("549.87万户", "建档立卡困难职工家庭全部解困脱困")
date("2020年年底", "2020", subject="统计时点")
s("549.87万户", "建档立卡困难职工家庭全部解困脱困")
s("480.58万户", "实现根本脱困")
s("1301万人", "根本脱困涉及家庭人口")
s("63.95万户", "因死亡、精准识别等因素退出档案")
s("5.34万户", "纳入政府兜底保障和工会常态化帮扶")
date("2021-06-01", "2021-06-01", subject="出版日期")
t("2", "e-paper metadata field.", "name_or_title", at="解困脱困 2 2")
t("2", "e-paper metadata field.", "name_or_title")
t("62416", "article id in the file name.", "name_or_title")
t("1 3", "e-paper metadata fields.", "name_or_title")
s("549.87万户", "建档立卡困难职工家庭解困脱困（元数据标题）")
D.write("../aa16-trade-union-poverty-2020-jhwb-epaper")
