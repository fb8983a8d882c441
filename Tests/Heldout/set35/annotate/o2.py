from lib import Doc
D = Doc("../o2-rizhao-cppcc-proposals-2008-rznews.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 日照新闻网 (rznews.cn, 2009-01-13 per the address), 本报讯 on 市政协 proposals since 八届一次会议: 提交 件, 会后 件, 立案 件,
# 立案率 %, 办复 (审核率/面办率 %), topic split 件 + 占 %. `1月12日` → 2009-01-12 (year from the page address).
# 八届二次/八届一次 → name traps.
date("1月12日", "2009-01-12", subject="获悉日期", note="year not written: 2009 from the page address (2009-01-13).")
t("八届二次", "会议届次 (name).", "name_or_title")
t("八届一次", "会议届次 (name).", "name_or_title")
date("2008年8月31日", "2008-08-31", subject="全部办复截至日期")
D.scope = "市政协八届一次会议以来"
s("100%", "提案答复意见领导审核率")
s("97.1%", "提案面办率")
t("八届一次", "会议届次 (name).", "name_or_title")
s("187件", "提交提案原件")
s("17件", "会后提交提案")
s("175件", "经审查立案提案")
s("93.6%", "提案立案率")
s("94件", "经济建设方面提案")
s("53.7%", "经济建设方面提案占比")
s("36件", "精神文明建设方面提案")
s("20.6%", "精神文明建设方面提案占比")
s("45件", "社会和谐发展方面提案")
s("25.7%", "社会和谐发展方面提案占比")
D.write("../o2-rizhao-cppcc-proposals-2008-rznews")
