from extra import Doc31
D = Doc31("../g12-huzhou-fitness-2019-investchn.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 湖州日报 2020-04-16 on 湖州's figures in 《2019年浙江省全民健身发展状况调查公报》, reposted by 投促中国 (investchn.com) with the
# site's breadcrumb, neighbour links (`上一条`/`下一条`, one about `十八大`), phone numbers and copyright years kept
# (furniture → traps). 平方米 → measure; `与2018年相比增长14.7%` → up; `与2018年持平` → date only; 全省第一/第三位/第五位 →
# ordinals; `“十三五”末…2.1平方米的目标` → target. Year inside 《…》 → name trap. Scope `2019年；湖州市`.
A = "2019年；湖州市"
ordn("第一", 1, "湖州人均体育场地面积全省排名（标题）")
date("2020-04-16", "2020-04-16", subject="发布时间")
t("近日", "近日 (recently), not an approximator.", "approximator_lookalike")
t("2019年", "year inside the title 《2019年浙江省全民健身发展状况调查公报》.", "name_or_title")
t("多项", "多项数据 (several items): 多 is not an approximator here.", "approximator_lookalike")
D.scope = A
s("2.73平方米", "湖州人均体育场地面积", kind="measure")
date("2018年", "2018", subject="比较年份")
s("14.7%", "人均体育场地面积与2018年相比增长", d="up")
ordn("第一", 1, "人均体育场地面积全省排名")
t("十三五", "the 十三五 plan period (in quotes), a name.", "name_or_title")
s("2.1平方米", "浙江省“十三五”末人均体育场地面积目标", kind="measure", q="target", scope="十三五末；浙江省")
date("2018年", "2018", subject="比较年份（持平）")
s("42.7%", "湖州经常参加体育锻炼人口比例")
ordn("第三位", 3, "经常参加体育锻炼人口比例全省排名", unit="位")
s("93.4%", "湖州体质合格率")
ordn("第五位", 5, "体质合格率全省排名", unit="位")
t("一条", "上一条 (previous item) link label.", "list_marker")
t("一条", "下一条 (next item) link label.", "list_marker")
t("十八大", "the 18th Party Congress (in a neighbour headline), a name.", "name_or_title")
t("+86-0512-53660867", "phone number (furniture).", "name_or_title")
t("+86-0512-53660867", "fax number (furniture).", "name_or_title")
t("2015-2024", "copyright years (furniture).", "name_or_title")
D.write("../g12-huzhou-fitness-2019-investchn")
