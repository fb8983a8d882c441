from lib import Doc
D = Doc("../x4-rd-funding-bulletin-2020-news-n186.txt")
s, t, date = D.s, D.t, D.date
# News on the 2020年全国科技经费投入统计公报 (repost on m.n186.com; one line). Scope `2020年；全国`; per-province values
# in brackets → `2020年；广东` …. 亿元 → money in 元. 比上年增长/增长/提高 → up; 所占比重/占…比重/投入强度 → level, no
# direction. Thresholds that define a class (超过500亿元的行业大类, 超过千亿元的省(市)) → AMBIGUOUS traps without
# gold_id (as set 17's 超过1000件); the counts of the class (10个, 8个, 7个) are extracted.
D.scope = N = "2020年；全国"
date("2020年", "2020", subject="年份（标题）")
s("9.8%", "基础研究经费增长（标题）", d="up")
date("9月22日", "2021-09-22", subject="公报发布日", unit="日", note="year inferred: the 2020 bulletin was released in 2021 (not stated in the text).")
date("2020年", "2020", subject="公报年份（书名）")
for name, v, g in (("基础研究经费", "1467.0亿元", "9.8%"), ("应用研究经费", "2757.2亿元", "10.4%"), ("试验发展经费", "20168.9亿元", "10.2%")):
    s(v, name)
    s(g, name + "比上年增长", d="up")
for name, v in (("基础研究经费所占比重", "6.0%"), ("应用研究经费所占比重", "11.3%"), ("试验发展经费所占比重", "82.7%")):
    s(v, name)
for name, v, g in (("各类企业研究与试验发展经费支出", "18673.8亿元", "10.4%"), ("政府属研究机构经费支出", "3408.8亿元", "10.6%"),
                   ("高等学校经费支出", "1882.5亿元", "4.8%")):
    s(v, name)
    s(g, name + "增长", d="up")
for name, v in (("企业经费支出所占比重", "76.6%"), ("政府属研究机构经费支出所占比重", "14.0%"), ("高等学校经费支出所占比重", "7.7%")):
    s(v, name)
s("4649.1亿元", "高技术制造业研究与试验发展经费")
s("2.67%", "高技术制造业研发投入强度（与营业收入之比）")
s("0.26个百分点", "高技术制造业研发投入强度比上年提高", d="up")
s("9130.3亿元", "装备制造业研究与试验发展经费")
s("2.22%", "装备制造业研发投入强度")
s("0.15个百分点", "装备制造业研发投入强度比上年提高", d="up")
s("10个", "研发经费投入超过500亿元的行业大类", scope="2020年；全国规模以上工业企业")
s("10个", "研发经费投入超过500亿元的行业大类（这10个）", scope="2020年；全国规模以上工业企业", note="这10个行业: repeat of the class size.")
s("73.6%", "这10个行业经费占全部规模以上工业企业研发经费的比重", scope="2020年；全国规模以上工业企业")
s("8个", "研发经费投入超过千亿元的省(市)")
for p, v in (("广东", "3479.9亿元"), ("江苏", "3005.9亿元"), ("北京", "2326.6亿元"), ("浙江", "1859.9亿元"),
             ("山东", "1681.9亿元"), ("上海", "1615.7亿元"), ("四川", "1055.3亿元"), ("湖北", "1005.3亿元")):
    s(v, p + "研究与试验发展经费", scope="2020年；" + p)
s("7个", "研发经费投入强度超过全国平均水平的省(市)")
t("500亿元", "超过500亿元的行业大类: a class threshold, not a reported amount (as set 17's 超过1000件).", "vague_or_generic", True)
t("千亿元", "超过千亿元的省(市): class threshold.", "vague_or_generic", True)
t("四川", "四川 (province name).", "name_or_title", at="四川(")
D.write("../x4-rd-funding-bulletin-2020-news-n186")
