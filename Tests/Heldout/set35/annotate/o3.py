from lib import Doc
D = Doc("../o3-city-cppcc-proposal-review-620676b.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A city 政协 (六届三次会议; city and year not written, not inferred), 提案委员会 审查: 收到提案 件 by proposer, 立案 件,
# 转为意见和建议 件, 立案率 %, topic split 件 + 占 %. 六届三次/第一次 → name traps.
date("1月30日", "--01-30", subject="审查会议日期", note="year not written (not inferred).")
t("六届三次", "会议届次 (name).", "name_or_title")
t("第一次", "第一次提案审查会议 (name of the meeting).", "name_or_title")
date("1月30日下午5时", "--01-30", subject="收到提案截至时点", note="surface includes 下午5时; year not written.")
D.scope = "市政协六届三次会议"
s("400件", "大会提案组收到提案")
s("328件", "委员个人或联名提出提案")
s("21件", "市各民主党派、市工商联提出提案")
s("10件", "市政协专门委员会提出提案")
s("41件", "委员小组、界别小组提出提案")
s("349件", "初步审查立案提案")
s("51件", "转为意见和建议")
s("87.2%", "提案立案率")
s("136件", "经济建设类提案")
s("39%", "经济建设类提案占比")
s("25件", "政治建设类提案")
s("7.2%", "政治建设类提案占比")
s("44件", "文化建设类提案")
s("12.6%", "文化建设类提案占比")
s("131件", "社会建设类提案")
s("37.5%", "社会建设类提案占比")
s("13件", "生态文明建设类提案")
s("3.7%", "生态文明建设类提案占比")
D.write("../o3-city-cppcc-proposal-review-620676b")
