from lib import Doc
D = Doc("../t3-budget-draft-2015-central-local-chinaacc.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 2015年中央和地方预算草案 as reported from 国务院网站 (chinaacc.com repost). Budget-draft figures name their
# measure (预算收入/支出, 收入总量) → no qualifier (as holdout7 m4 预算数, holdout6 k2 计划总投资); 拟安排 → target.
N = "2015年；全国"
C = "2015年；中央"
date("2015", "2015", subject="预算案年度（标题）", unit=None)
s("5000亿", "新增地方债（标题）", unit=None, kind="money", scope=N,
  note="元 not written (bare 亿): money, unit null. The same item as 拟安排新增发行地方政府一般债券5000亿元 (line 2); no plan verb in the headline → no qualifier.")
date("2015年", "2015", subject="预算草案年度")
D.scope = N
s("154300亿元", "全国一般公共预算收入")
date("2014年", "2014", subject="比较基数年度（2014年预算执行数）")
date("2015年", "2015", subject="比较口径年度（按2015年口径）")
s("7.3%", "全国一般公共预算收入比2014年预算执行数增长", d="up")
s("171500亿元", "全国一般公共预算支出")
s("10.6%", "全国一般公共预算支出增长", d="up")
s("1000亿元", "全国预算调入中央预算稳定调节基金")
s("16200亿元", "全国一般公共预算收支总量相抵差额")
s("2700亿元", "全国收支差额比上年增加", d="up")
D.scope = C
s("69230亿元", "中央一般公共预算收入")
s("7%", "中央一般公共预算收入增长", d="up")
s("81430亿元", "中央一般公共预算支出")
s("9.5%", "中央一般公共预算支出增长", d="up")
s("1000亿元", "中央预算调入中央预算稳定调节基金")
s("11200亿元", "中央财政赤字")
s("1700亿元", "中央赤字比上年增加", d="up")
t("余额", "余额 (balance): 余 is not an approximator.", "approximator_lookalike")
s("111908.35亿元", "中央财政国债余额限额", scope="2015年末；中央", note="a limit on the year-end balance: scope 2015年末.")
D.scope = N
s("5000亿元", "拟安排新增发行地方政府一般债券", q="target", note="国务院拟安排: planned issue → target.")
s("1000亿元", "新增地方政府一般债券比上年增加", q="target", d="up", note="the increase of the planned issue (拟安排…增加1000亿元) → target.")
s("48873亿元", "全国政府性基金收入")
s("721亿元", "全国政府性基金上年结转收入")
s("1000亿元", "新增地方政府专项债券")
s("50594亿元", "全国政府性基金收入总量")
s("50594亿元", "全国政府性基金支出")
D.scope = C
s("4364亿元", "中央政府性基金收入")
s("721亿元", "中央政府性基金上年结转收入")
s("5085亿元", "中央政府性基金收入总量")
s("5085亿元", "中央政府性基金支出")
D.scope = N
s("2263亿元", "全国国有资本经营预算收入")
s("144亿元", "全国国有资本经营预算上年结转收入")
s("2407亿元", "全国国有资本经营预算收入总量")
s("2407亿元", "全国国有资本经营预算支出")
D.scope = C
s("1550亿元", "中央国有资本经营预算收入")
s("144亿元", "中央国有资本经营预算上年结转收入")
s("1694亿元", "中央国有资本经营预算收入总量")
s("1694亿元", "中央国有资本经营预算支出")
D.scope = N
s("43088亿元", "全国社会保险基金收入")
s("38464亿元", "全国社会保险基金支出")
t("结余", "结余 (surplus): 余 is not an approximator.", "approximator_lookalike")
s("4624亿元", "全国社会保险基金本年收支结余")
t("结余", "结余 (surplus): 余 is not an approximator.", "approximator_lookalike")
s("55033亿元", "全国社会保险基金年末滚存结余", scope="2015年末；全国")
tall("一般", "一般公共预算 / 一般债券 (names), not 1.", "name_or_title")
D.write("../t3-budget-draft-2015-central-local-chinaacc")
