from lib import Doc
D = Doc("../d1-chongqing-dadukou-district-census-2020-hongheiku.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A district's 第七次全国人口普查公报 as kept on tjgb.hongheiku.com/17317.html: the store starts after the title lines
# (`第七次全国人口普查领导小组办公室`) and stops at `[5]人户分离人`. The text says only 全区; the 镇街 named (茄子溪街道,
# 春晖路街道, 八桥镇, 跃进村街道) are those of 重庆市大渡口区 (file name; the scope keeps 全区 as written, as set 14 t4).
# Figures at the census time point → scope `2020年11月1日；全区`; the 2010 (六普) levels → `2010年；全区`.
# 增加/减少 N人 and 增长 N% → direction; 由X增加为Y / 由X减少为Y → two levels, no direction (as sets 13/14: 为 names the
# level reached). 每10万人中 is the denominator of the education figures (as 每万人口 set 15, 每千人口 set 26) → trap.
# Age bounds (15岁及以上) → AMBIGUOUS trap without gold_id (as set 14 t4). 平均受教育年限 N年 → measure, unit 年.
C = "2020年11月1日；全区"
P = "2010年；全区"
D.scope = C
ordn("第七次", 7, "全国人口普查次序", unit="次")
date("2010年", "2010", subject="比较年度（六普）")
ordn("第六次", 6, "全国人口普查次序", unit="次")
s("131885人", "城镇人口增加（与2010年相比）", d="up")
s("11023人", "乡村人口减少（与2010年相比）", d="down")
s("4.57个百分点", "城镇人口比重增加（与2010年相比）", d="up")
s("257016人", "人户分离人口")
s("175200人", "市辖区内人户分离人口")
s("81816人", "流动人口")
s("55590人", "跨省流入人口")
s("26226人", "市内流动人口")
s("17572人", "集体户人口")
s("2.43人", "平均每个家庭户的人口")
date("2010年", "2010", subject="比较年度（六普）")
ordn("第六次", 6, "全国人口普查次序", unit="次")
s("0.15人", "平均每个家庭户的人口减少（与2010年相比）", d="down")
date("2010年", "2010", subject="比较年度（六普）")
ordn("第六次", 6, "全国人口普查次序", unit="次")
s("116893人", "汉族人口增加（与2010年相比）", d="up")
s("39.07%", "汉族人口增长（与2010年相比）", d="up")
s("3969人", "各少数民族人口增加（与2010年相比）", d="up")
s("近2.12倍", "各少数民族人口增长倍数（与2010年相比）", value=2.12, unit="倍", kind="ratio", q="approx", d="up",
  note="增长近2.12倍: ratio 2.12 倍, up; 近 → approx, kept in the surface (as 近百億, set 26).")
date("2010年", "2010", subject="比较年度（六普）")
ordn("第六次", 6, "全国人口普查次序", unit="次")
t("10万人", "每10万人中 (per 100,000 persons): the denominator of the education figures, not a quantity (as 每万人口 set 15, 每千人口 set 26).",
  "vague_or_generic")
EDU = "由X人增加为/减少为Y人: two levels per 100,000 persons (2010 and 2020), no direction."
s("13466人", "每10万人中拥有大学文化程度的人口（2010年六普）", scope=P, note=EDU)
s("21505人", "每10万人中拥有大学文化程度的人口", note=EDU)
s("25507人", "每10万人中拥有高中文化程度的人口（2010年六普）", scope=P, note=EDU)
s("22503人", "每10万人中拥有高中文化程度的人口", note=EDU)
s("35949人", "每10万人中拥有初中文化程度的人口（2010年六普）", scope=P, note=EDU)
s("29397人", "每10万人中拥有初中文化程度的人口", note=EDU)
s("18693人", "每10万人中拥有小学文化程度的人口（2010年六普）", scope=P, note=EDU)
s("18568人", "每10万人中拥有小学文化程度的人口", note=EDU)
date("2010年", "2010", subject="比较年度（六普）")
ordn("第六次", 6, "全国人口普查次序", unit="次")
t("15岁及以上", "age class bound (15岁及以上人口), not a quantity; preferred not extracted (as set 14 t4).", "vague_or_generic",
  ambiguous=True)
s("10.26年", "15岁及以上人口的平均受教育年限（2010年六普）", kind="measure", scope=P,
  note="由10.26年增加至10.97年: two levels, no direction; 年 = years of schooling (not a date).")
s("10.97年", "15岁及以上人口的平均受教育年限", kind="measure")
date("2010年", "2010", subject="比较年度（六普）")
ordn("第六次", 6, "全国人口普查次序", unit="次")
s("709人", "文盲人口减少（与2010年相比）", d="down")
s("1.6%", "文盲率（2010年六普）", scope=P, note="由1.6%减少为0.98%: two levels, no direction.")
s("0.98%", "文盲率")
s("0.62个百分点", "文盲率减少", d="down")
date("2010年", "2010", subject="比较年度（六普）")
ordn("第六次", 6, "全国人口普查次序", unit="次")
t("较多", "人口增长较多的 (which grew most): 多 is not an approximator.", "approximator_lookalike")
s("8个", "镇街", kind="count", note="8个镇街: count 8, unit 个.")
SH = "分别增加12200、23054和79349人: the unit 人 is written once, after the last figure; supplied for the others."
t("八桥", "八桥镇 (a town's name): 八 is not a number.", "name_or_title")
s("12200", "茄子溪街道人口增加（与2010年相比）", value=12200, unit="人", kind="count", d="up", note=SH)
s("23054", "春晖路街道人口增加（与2010年相比）", value=23054, unit="人", kind="count", d="up", note=SH)
s("79349人", "八桥镇人口增加（与2010年相比）", d="up")
t("[1]", "footnote [1] (注释), list marker.", "list_marker")
t("[2]", "footnote [2] (注释), list marker.", "list_marker")
date("2020年11月1日零时", "2020-11-01", subject="普查标准时点", note="surface includes 零时 (00:00).")
dur("半年", 0.5, "离开户口登记地时长（半年以上）", note="居住…半年以上: part of the definition of 常住人口.")
dur("半年", 0.5, "外出时长（不满半年）", note="外出不满半年: part of the definition.")
t("[3]", "footnote [3] (注释), list marker.", "list_marker")
t("[4]", "footnote [4] (注释), list marker.", "list_marker")
t("[5]", "footnote [5] (注释), list marker; the store stops inside it.", "list_marker")
D.write("../d1-chongqing-dadukou-district-census-2020-hongheiku")
