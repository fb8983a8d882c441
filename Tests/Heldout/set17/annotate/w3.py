from lib import Doc
D = Doc("../w3-migrant-workers-report-2012-peoples-daily-online.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人民网 (politics.people.com.cn, /2013/0527/) on 国家统计局's 2012年全国农民工监测调查报告; the store stops inside the
# last paragraph (…月均收入分别为2058). 农民工总量 and parts → 2012年；全国; 外出农民工人均月收入 (stated 2012年末) →
# 2012年末；全国 and 2012年末；<region / city class>. 比上年增加/提高, 增长 → up; 减少, 回落 → down. 26261 万人 keeps the
# source's space inside the surface.
Y, E = "2012年；全国", "2012年末；全国"
date("5月27日", "2013-05-27", subject="发稿日期", note="year 2013 from the page address (/2013/0527/).")
date("2012年", "2012", subject="报告年度（2012年全国农民工监测调查报告）")
D.scope = Y
date("2012年", "2012", subject="调查年度")
s("26261 万人", "全国农民工总量")
s("983万人", "农民工总量比上年增加", d="up")
s("3.9%", "农民工总量增长", d="up")
date("2012年末", "2012", subject="时点（2012年末）")
s("2290元", "外出农民工人均月收入水平", scope=E)
s("241元", "外出农民工人均月收入比上年提高", d="up", scope=E)
s("11.8%", "外出农民工人均月收入增长", d="up", scope=E)
date("2012年", "2012", subject="调查年度")
s("26261 万人", "全国农民工总量")
s("983万人", "农民工总量比上年增加", d="up")
s("3.9%", "农民工总量增长", d="up")
s("16336万人", "外出农民工")
s("473万人", "外出农民工增加", d="up")
s("3.0%", "外出农民工增长", d="up")
s("12961万人", "住户中外出农民工")
s("377万人", "住户中外出农民工比上年增加", d="up")
s("3.0%", "住户中外出农民工增长", d="up")
s("3375万人", "举家外出农民工")
s("96万人", "举家外出农民工增加", d="up")
s("2.9%", "举家外出农民工增长", d="up")
s("9925万人", "本地农民工")
s("510万人", "本地农民工增加", d="up")
s("5.4%", "本地农民工增长", d="up")
t("近", "就地就近转移 (moving nearby): 近 is not an approximator.", "approximator_lookalike")
date("2012年末", "2012", subject="时点（2012年末）")
D.scope = E
s("2290元", "外出农民工人均月收入水平")
s("241元", "外出农民工人均月收入比上年提高", d="up")
s("11.8%", "外出农民工人均月收入增长", d="up")
s("118元", "外出农民工月收入增加额比上年同期减少", d="down")
s("9.4个百分点", "外出农民工月收入增幅回落", d="down")
for reg, v, a, p in (("东部地区", "2286元", "233元", "11.4%"), ("中部地区", "2257元", "251元", "12.5%"),
                     ("西部地区", "2226元", "236元", "11.8%")):
    s(v, "在" + reg + "务工的农民工月收入水平", scope="2012年末；" + reg)
    s(a, "在" + reg + "务工的农民工月收入比上年增加", d="up", scope="2012年末；" + reg)
    s(p, "在" + reg + "务工的农民工月收入增长", d="up", scope="2012年末；" + reg)
s("5550元", "在境外就业的农民工月收入水平", scope="2012年末；境外")
s("2561元", "在直辖市务工的农民工人均月收入水平", scope="2012年末；直辖市")
s("259元", "在直辖市务工的农民工月收入比上年增加", d="up", scope="2012年末；直辖市")
s("2277元", "在省会城市务工的农民工月收入水平", scope="2012年末；省会城市")
s("236元", "在省会城市务工的农民工月收入增加", d="up", scope="2012年末；省会城市")
s("2240元", "在地级市务工的农民工月收入水平", scope="2012年末；地级市", note="分别为2240元和2204元: 地级市, 县级市 in order.")
s("2204元", "在县级市务工的农民工月收入水平", scope="2012年末；县级市")
s("229元", "在地级市务工的农民工月收入增加", d="up", scope="2012年末；地级市", note="分别增加229元和222元.")
s("222元", "在县级市务工的农民工月收入增加", d="up", scope="2012年末；县级市")
s("2735元", "交通运输仓储邮政业外出农民工人均月均收入", note="分别为2735元和2654元: 交通运输仓储邮政业, 建筑业.")
s("2654元", "建筑业外出农民工人均月均收入")
s("2058", "服务业外出农民工月均收入", value=2058, unit=None, kind="money",
  note="AMBIGUOUS: the store stops after 2058 (分别为2058…: the first of three values, 服务业; the unit 元 is cut off); gold extracts it with unit null.")
t("2058", "月均收入分别为2058 — the store stops before the unit (元) and the other two values; extraction (2058, unit null or 元) or omission both acceptable.",
  "vague_or_generic", ambiguous=True, gold_surface="2058")
D.write("../w3-migrant-workers-report-2012-peoples-daily-online")
