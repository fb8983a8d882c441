from lib import Doc
D = Doc("../o5-city-government-cppcc-proposals-trad-lsdcl.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A 市政府 on the 政協 proposals of 十五屆四次會議 (traditional; city and year not written). 提案 件, 承辦 個單位, 落實 件 +
# 占 %, 滿意率 %, 滿意/基本滿意 件. 十五屆四次 → name trap; 多個方面 → 多 lookalike.
t("十五屆四次", "會議屆次 (name).", "name_or_title")
D.scope = "市政協十五屆四次會議"
s("146件", "市政府收到政協提案")
t("多", "多個方面 (several areas), vague.", "vague_or_generic")
s("31個", "具體承辦單位", kind="count")
s("122件", "已落實的提案")
s("84%", "已落實提案占比")
s("24件", "基本落實或計劃落實的提案")
s("16%", "基本落實或計劃落實提案占比")
s("146件", "承辦的政協提案")
s("100%", "提案滿意率")
s("144件", "滿意的提案")
s("2件", "基本滿意的提案")
D.write("../o5-city-government-cppcc-proposals-trad-lsdcl")
