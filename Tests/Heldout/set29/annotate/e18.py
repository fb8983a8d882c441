from lib import Doc
D = Doc("../e18-cdpf-disability-bulletin-2011-heilongjiang-cl.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 2011年中国残疾人事业发展统计公报 (中国残联, 残联发(2012)6号) as kept on 黑龙江省残联's site: the preamble and 一、康复 up to
# the cut at `精神病防治康复`, with a chart caption (图1-1). 万 + classifier → ×10⁴ (万个, 万名, 万例); `631.8万残疾人` has no
# classifier → unit null (as `545万城镇失业人员`, earlier sets). 个/名/人/例 → count. The document number `(2012)6号`,
# `十二五` and `图1-1` → name/list traps; `一批`, `一年` → 一 traps.
D.scope = "2011年；全国"
date("2011年", "2011", subject="公报年度（标题）")
t("2012", "document number 残联发(2012)6号: the year part of the number.", "name_or_title")
t("6号", "document number 残联发(2012)6号.", "name_or_title")
date("2016-12-18", "2016-12-18", subject="网站发布时间")
date("2011年", "2011", subject="年度")
t("十二五", "“十二五” (the 12th five-year plan), a name.", "name_or_title")
t("一年", "取得重要进展的一年 (a year of progress), 一 as an article.", "idiom_or_figurative")
t("一、", "section number 一、康复.", "list_marker")
date("2011年", "2011", subject="年度")
t("一批", "一批重点康复工程 (a batch of), not a count.", "vague_or_generic")
s("631.8万", "得到不同程度康复的残疾人", value=6318000, unit=None, kind="count",
  note="631.8万残疾人: no classifier (残疾人 is the noun), unit null.")
s("874个", "开展社区康复工作的市辖区", kind="count")
s("1823个", "开展社区康复工作的县(市)", kind="count")
s("18.6万个", "累计建立社区康复站", kind="count")
s("31.4万名", "配备社区康复协调员", kind="count")
s("991个", "视力残疾康复机构总数", kind="count")
s("75.8万例", "完成白内障复明手术", kind="count")
s("31.0万名", "免费施行复明手术的贫困白内障患者", kind="count")
s("3.6万名", "配用助视器的低视力患者", kind="count")
s("6997名", "培训低视力儿童家长", kind="count")
s("2.5万名", "进行定向行走训练的盲人", kind="count")
date("2011年", "2011", subject="图表年度")
t("1-1", "figure number 图1-1.", "list_marker")
date("2011年", "2011", subject="图表年度")
s("31个", "已建设省级听力语言康复机构", kind="count")
s("1028个", "基层听力语言康复机构", kind="count")
s("2.7万名", "进行听力语言康复训练的聋儿", kind="count")
s("3.0万名", "培训聋儿家长", kind="count")
s("5312人", "培养各类专业人员")
s("700名", "资助免费植入人工耳蜗的聋儿", kind="count")
s("3000名", "资助免费佩戴助听器的聋儿", kind="count")
D.write("../e18-cdpf-disability-bulletin-2011-heilongjiang-cl")
