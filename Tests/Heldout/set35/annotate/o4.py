from lib import Doc
D = Doc("../o4-city-government-cppcc-proposals-trad-henanshanlin.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A 市政府 report on handling the 政協 proposals since 六屆一次會議 (traditional script; city not written; page dated
# 2023-01 by its address, not used as scope). 提案 件, 承辦 家, 辦復率/滿意率 %, A/B/C類 件 + 占 %. 六屆一次 → name trap.
t("六屆一次", "會議屆次 (name).", "name_or_title")
D.scope = "市政協六屆一次會議以來"
s("92件", "交由市政府辦理的提案")
s("25件", "集體提案")
s("67件", "委員個人和聯名提案")
s("78家", "承辦單位")
s("31家", "主辦單位")
s("100%", "提案辦復率")
s("100%", "委員滿意率")
s("22件", "已經解決或基本解決的提案（A類）")
s("23.91%", "A類提案占承辦提案總數比重")
s("68件", "正在解決或工作已啟動的提案（B類）")
s("73.91%", "B類提案占承辦提案總數比重")
s("2件", "已列入規劃計劃逐步解決的提案（C類）")
s("2.17%", "C類提案占承辦提案總數比重")
D.write("../o4-city-government-cppcc-proposals-trad-henanshanlin")
