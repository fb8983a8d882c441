from lib import Doc
D = Doc("../w1-cnipa-patent-statistics-2017-unitalen-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 国家知识产权局 2017年主要工作统计数据 (unitalen.com.cn repost, dated 2018-01-19; the store stops inside the last
# paragraph at 湖北(0.13万). Flows of the year (申请量, 授权量, PCT 受理量) → 2017年；全国; stocks 截至2017年底
# (拥有量, 每万人口拥有量) → 2017年末；全国 / 2017年末；<province>. Company counts → scope 2017年 (no region).
# 同比增长 → percent up. 每万人口 (per 10,000 population) is part of the indicator's name, not a scale.
Y, E = "2017年；全国", "2017年末；全国"
date("2017年", "2017", subject="统计年度（标题）")
date("2018-01-19", "2018-01-19", subject="发布日期")
t("近", "近日 (recently): 近 is not an approximator.", "approximator_lookalike")
date("2017年", "2017", subject="统计年度")
t("一步", "进一步 (further): 一 is not a number.", "vague_or_generic")
D.scope = Y
date("2017年", "2017", subject="统计年度")
s("138.2万件", "发明专利申请量")
s("14.2%", "发明专利申请量同比增长", d="up")
s("42.0万件", "授权发明专利")
s("32.7万件", "国内发明专利授权")
s("8.2%", "国内发明专利授权同比增长", d="up")
date("2017年底", "2017", subject="截至时点（年底）")
D.scope = E
s("135.6万件", "国内（不含港澳台）发明专利拥有量")
s("9.8件", "每万人口发明专利拥有量", note="每万人口 (per 10,000 population) is the indicator's denominator, not a scale of 9.8.")
t("前十位", "排名前十位的省(区、市): the class 'top ten' that introduces the list (ten places follow); either reading acceptable, gold does not extract it.",
  "vague_or_generic", ambiguous=True)
P = [("北京", "94.5件"), ("上海", "41.5件"), ("江苏", "22.5件"), ("浙江", "19.7件"), ("广东", "19.0件"),
     ("天津", "18.3件"), ("陕西", "8.9件"), ("福建", "8.0件"), ("安徽", "7.7件"), ("辽宁", "7.6件")]
for p, v in P:
    s(v, p + "每万人口发明专利拥有量", scope="2017年末；" + p)
tall("每万人口", "每万人口 (per 10,000 population): 万 is part of the indicator's denominator, not a quantity.", "name_or_title")
date("2017年", "2017", subject="统计年度")
t("前十位", "排名前十位的企业: the class 'top ten' that introduces the list of ten companies; either reading acceptable, gold does not extract it.",
  "vague_or_generic", ambiguous=True, at="排名前十位的企业")
C = [("国家电网公司", "3622件"), ("华为技术有限公司", "3293件"), ("中国石油化工股份有限公司", "2567件"),
     ("京东方科技集团股份有限公司", "1845件"), ("中兴通讯股份有限公司", "1699件"), ("联想（北京）有限公司", "1454件"),
     ("珠海格力电器股份有限公司", "1273件"), ("广东欧珀移动通信有限公司", "1222件"),
     ("中国石油天然气股份有限公司", "1008件"), ("中芯国际集成电路制造（上海）有限公司", "862件")]
for c, v in C:
    s(v, c + "发明专利授权量", scope="2017年")
date("2017年", "2017", subject="统计年度")
t("约", "专利合作条约 (Patent Cooperation Treaty): 约 in 条约 is not an approximator.", "approximator_lookalike")
D.scope = Y
s("5.1万件", "受理PCT国际专利申请")
s("12.5%", "受理PCT国际专利申请同比增长", d="up")
s("4.8万件", "受理PCT国际专利申请中来自国内")
s("12.5%", "来自国内的PCT国际专利申请同比增长", d="up")
date("2017年", "2017", subject="统计年度")
t("1000件", "PCT国际专利申请超过1000件的省(区、市): a threshold defining the class counted (7个), not a stated amount; either reading acceptable, gold does not extract it.",
  "vague_or_generic", ambiguous=True)
s("7个", "PCT国际专利申请超过1000件的省（区、市）")
PC = [("广东", "2.68万件"), ("北京", "0.51万件"), ("江苏", "0.46万件"), ("上海", "0.21万件"), ("山东", "0.17万件"),
      ("浙江", "0.14万件")]
for p, v in PC:
    s(v, p + "PCT国际专利申请", scope="2017年；" + p)
r = s("0.13万", "湖北PCT国际专利申请", value=1300, unit=None, kind="count", scope="2017年；湖北",
      note="AMBIGUOUS: the store stops after 0.13万 (the list's unit 件 is cut off); gold extracts 1300 with unit null.")
t("0.13万", "湖北(0.13万 — the store stops before the unit (件); extraction (1300, unit null or 件) or omission both acceptable.",
  "vague_or_generic", ambiguous=True, gold_surface="0.13万")
D.write("../w1-cnipa-patent-statistics-2017-unitalen-repost")
