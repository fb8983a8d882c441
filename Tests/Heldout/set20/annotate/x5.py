from lib import Doc
D = Doc("../x5-jiangyin-zoomlion-east-china-base-2011-jsp-page.html")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 阳光易购 采购焦点资讯 page (a JSP template kept as stored, UTF-8, CRLF except the four article lines): news of 2011-03-28,
# 中联重科 plans an 华东基地 in 江阴临港新城. Scored lines 49:57 (the <h1> to the last article <p>); the <title> (line 7) and
# the breadcrumb (line 45) repeat the headline and are not annotated. Scope: the project → 2011年3月；江阴临港新城; company
# figures → 中联重科 with their year. `百亿` (headline, 元 not written) → money 10¹⁰, approx, with an AMBIGUOUS trap.
D.pos = D.tpos = D.text.find("<h1>")
P = "2011年3月；江阴临港新城（中联重科华东基地）"
s("百亿", "中联重科华东基地投资（标题）", value=10000000000, unit=None, kind="money", q="approx", scope=P,
  note="headline 百亿投资 (round figure; the body says 总投资超过100亿元); 元 not written.")
t("百亿", "headline 百亿投资 (a round 'ten-billion' figure, 元 not written): extraction preferred, omission acceptable.",
  "vague_or_generic", ambiguous=True, gold_surface="百亿")
date("2011-03-28", "2011-03-28", subject="发布时间")
date("3月22日", "2011-03-22", subject="洽谈日期", note="year 2011 from 发布时间 2011-03-28.")
t("一致", "达成了一致共识 (agreement): 一 of 一致.", "idiom_or_figurative")
s("100亿元", "中联重科华东基地总投资", q="approx_more", scope=P, note="总投资超过100亿元 (超过 outside the surface); a planned (拟) investment.")
date("3月22日", "2011-03-22", subject="签约仪式日期", note="year 2011 from 发布时间.")
t("首批", "全国首批创新型企业 (the first batch, a designation), not a quantity.", "name_or_title")
t("之一", "之一 = 'one of' (not a count).", "vague_or_generic")
C = "2011年3月；中联重科"
s("13大", "中联重科主导产品类别", value=13, unit=None, kind="count", scope=C,
  note="13大类别: count 13; the classifier is written as 大类别 (unit null, as 三大X in earlier sets).")
s("28个", "中联重科主导产品系列", scope=C)
s("450多个", "中联重科主导产品品种", q="approx_more", scope=C)
date("2010年", "2010", subject="销售年度")
s("510亿元", "中联重科集团销售额", scope="2010年；中联重科集团")
tall("三角", "长三角 (region name): 三 is part of the name.", "name_or_title")
t("之一", "重要举措之一 = 'one of' (not a count).", "vague_or_generic")
date("2015年", "2015", subject="目标年度")
s("2000亿元", "中联重科销售规模目标", q="target", scope="2015年；中联重科", note="在2015年形成2000亿元销售规模 (a goal).")
ordn("前3位", 3, "中联重科在全球工程机械行业排名目标", unit="位", note="进入前3位 (target rank).")
t("三级", "市、临港新城、璜土镇三级联动 (the three levels just named, a slogan-like phrase); preferred not extracted.",
  "slogan_count", ambiguous=True)
date("6月份", "2011-06", subject="力争启动项目建设月份", q="target", note="力争在6月份 (target); year 2011 from 发布时间.")
tall("签约", "签约 (sign a contract): 约 is not an approximator.", "approximator_lookalike")
t("集约", "集聚集约 (intensive): 约 is not an approximator.", "approximator_lookalike", at="集聚集约")
D.write("../x5-jiangyin-zoomlion-east-china-base-2011-jsp-page")
