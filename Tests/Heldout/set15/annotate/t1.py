from lib import Doc
D = Doc("../t1-transport-bulletin-2021-workers-daily-ce.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 工人日报 (记者杜鑫) via 中国经济网 tech.ce.cn, 2022-05-26: 《2021年交通运输行业发展统计公报》. Whole stored text.
# Flows 2021年；全国, stocks and changes since 上年末 2021年末；全国.
Y, E = "2021年；全国", "2021年末；全国"
M = "measure"
D.scope = E
date("2022-05-26 15:24", "2022-05-26", subject="发布时间", note="date and clock time of posting (15:24).")
date("2021年", "2021", subject="公报年度（标题）", note="year inside the bulletin's title 《2021年交通运输行业发展统计公报》.")
s("3.6万亿元", "交通固定资产投资", scope=Y)
s("4.1%", "交通固定资产投资比上年增长", d="up", scope=Y)
date("2021年末", "2021", subject="统计时点", note="年末 = end of 2021.")
s("4万公里", "高铁营业里程", kind=M)
s("1/4", "高铁营业里程占铁路营业里程比重（超过）", value=0.25, unit=None, kind="ratio", q="approx_more",
  note="超过1/4 → ratio 0.25, approx_more (超过 outside the surface); also an AMBIGUOUS trap with gold_id.")
t("1/4", "fraction written with a slash: extraction as ratio 0.25 preferred, omission acceptable.", "vague_or_generic",
  ambiguous=True, gold_surface="1/4")
s("16.9万公里", "高速公路里程", kind=M)
s("8090公里", "高速公路里程比上年末增加", kind=M, d="up")
s("3.2%", "高速公路里程占公路总里程比重")
t("万吨级", "万吨级及以上泊位: a size class with a bare 万 (no number), not a quantity.", "vague_or_generic")
s("2659个", "港口万吨级及以上泊位")
s("67个", "港口万吨级及以上泊位增加", d="up")
s("12.7%", "万吨级及以上泊位占全国港口泊位比重")
s("1个百分点", "万吨级及以上泊位比重提高", d="up")
s("248个", "定期航班通航机场", note="提高至 = level reached, no direction.")
s("244个", "定期航班通航城市（或地区）", note="提高至 = level reached, no direction.")
date("2021年末", "2021", subject="统计时点", note="年末 = end of 2021.")
s("15万公里", "铁路营业里程", kind=M)
s("3600公里", "铁路营业里程比上年末增加（超过）", kind=M, d="up", q="approx_more", note="超过 outside the surface.")
s("156.7公里/万平方公里", "铁路路网密度", kind=M, unit="公里/万平方公里")
s("4.4公里/万平方公里", "铁路路网密度增加", kind=M, unit="公里/万平方公里", d="up")
t("六成", "复线率接近六成: 六成 = about 60%, a tenths word; value/unit reading open (0.6 ratio or 60%): AMBIGUOUS, preferred not extracted.",
  "vague_or_generic", ambiguous=True)
t("接近", "接近 (nearly) before the ambiguous 六成: an approximator on a reading left open.", "approximator_lookalike", ambiguous=True, at="复线率接近")
t("二级", "二级及以上等级公路: road grade (class name), not a count.", "name_or_title")
s("72.4万公里", "二级及以上等级公路里程", kind=M)
s("2.1万公里", "二级及以上等级公路里程增加", kind=M, d="up")
s("13.7%", "二级及以上等级公路占公路总里程比重")
s("0.2个百分点", "二级及以上等级公路比重提高", d="up")
t("三级", "三级及以上航道: waterway grade (class name), not a count.", "name_or_title")
s("1.45万公里", "三级及以上航道通航里程", kind=M)
s("140公里", "三级及以上航道通航里程增加", kind=M, d="up")
s("11.4%", "三级及以上航道占航道总里程比重")
date("2021年末", "2021", subject="统计时点", note="年末 = end of 2021.")
s("446.6万公里", "农村公路里程", kind=M)
s("8.4万公里", "农村公路里程比上年末增加", kind=M, d="up")
date("2021年末", "2021", subject="统计时点", note="年末 = end of 2021.")
s("42.9%", "西部地区公路总里程占全国比重", note="达 = level reached, no direction.")
s("0.5个百分点", "西部地区公路里程比重比上年末提高", d="up")
date("2022-05-26 15:24", "2022-05-26", subject="发布时间（页脚重复）")
D.write("../t1-transport-bulletin-2021-workers-daily-ce")
