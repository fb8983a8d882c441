from lib import Doc
D = Doc("../x3-airport-cargo-bulletin-2023-peoples-daily-online-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人民网 report (2024-03-20) on the 2023年全国民用运输机场生产统计公报 (民航局), reposted by 光山新闻网 (采集侠). The store stops
# at the end of the 西北地区 clause. 万吨 → 吨 ×10⁴ (measure). Counts of airports 个 with 较上年增加/减少 → up/down; shares
# (占…%) → no direction, their 较上年上升/提高/下降…个百分点 → up/down. Class thresholds (年货邮吞吐量10000吨以上/以下,
# 增幅在100%以上, 50%至100%之间, 50%以内) are AMBIGUOUS traps without gold_id (as set 17's 超过1000件的省). Scope: 2023年；全国
# for national classes, 2023年；<group/region> for groups and regions.
N = "2023年；全国"
def up(v, subj, sc, dd="up"): return s(v, subj, d=dd, scope=sc)
s("1085.7万吨", "国际航空枢纽货邮吞吐量（标题）", scope="2023年；国际航空枢纽")
up("13.8%", "国际航空枢纽货邮吞吐量较上年增长（标题）", "2023年；国际航空枢纽")
date("2024-03-20 09:40:01", "2024-03-20", subject="转载时间", note="time kept in the surface.")
s("1085.7万吨", "国际航空枢纽货邮吞吐量（标题，重复）", scope="2023年；国际航空枢纽", note="the repost prints the headline twice.")
up("13.8%", "国际航空枢纽货邮吞吐量较上年增长（标题，重复）", "2023年；国际航空枢纽")
date("3月20日", "2024-03-20", subject="电头日期", note="year 2024 from the posting time on line 3.")
date("2023年", "2023", subject="公报年度")
TH = "a class threshold (年货邮吞吐量…以上/以下, 增幅在…), not a quantity of the year; preferred not extracted."
t("10000吨", TH, "vague_or_generic", ambiguous=True)
s("63个", "年货邮吞吐量10000吨以上的运输机场", scope=N)
up("12个", "年货邮吞吐量10000吨以上的运输机场较上年增加", N)
s("98.7%", "万吨级以上机场货邮吞吐量占全部境内运输机场比重", scope=N)
up("0.2个百分点", "万吨级以上机场占比较上年上升", N)
t("100%", TH, "vague_or_generic", ambiguous=True)
s("6个", "增幅在100%以上的运输机场", scope=N)
t("50%", TH, "vague_or_generic", ambiguous=True)
t("100%", TH, "vague_or_generic", ambiguous=True)
s("15个", "增幅在50%至100%之间的运输机场", scope=N)
t("50%", TH, "vague_or_generic", ambiguous=True)
s("35个", "增幅在50%以内的运输机场", scope=N)
t("50%", TH, "vague_or_generic", ambiguous=True)
s("7个", "降幅在50%以内的运输机场", scope=N)
B = "2023年；北京、上海和广州"
s("三大", "三大城市（北京、上海和广州）", value=3, unit=None, kind="count", scope=B,
  note="北京、上海和广州三大城市 → count 3, unit null (as set 13's 三大门类); omission acceptable.")
t("三大", "三大城市 (the three cities just named): extraction (3) preferred, omission acceptable.", "slogan_count",
  ambiguous=True, gold_surface="三大")
s("42.7%", "三大城市运输机场货邮吞吐量占比", scope=B)
up("0.6个百分点", "三大城市占比较上年下降", B, "down")
t("10000吨", TH, "vague_or_generic", ambiguous=True)
s("196个", "年货邮吞吐量10000吨以下的运输机场", scope=N)
up("7个", "年货邮吞吐量10000吨以下的运输机场较上年减少", N, "down")
s("1.3%", "万吨级以下机场货邮吞吐量占比", scope=N)
up("0.2个百分点", "万吨级以下机场占比较上年下降", N, "down")
for sc, v, g in (("国际航空枢纽", "1085.7万吨", "13.8%"), ("区域枢纽", "490.3万吨", "11.9%"), ("非枢纽机场", "107.3万吨", "76.7%"),
                 ("京津冀机场群", "155.0万吨", "19.9%"), ("长三角机场群", "566.8万吨", "13.9%"),
                 ("粤港澳大湾区机场群珠三角九市", "367.5万吨", "7.2%"), ("成渝机场群", "118.5万吨", "13.5%")):
    s(v, sc + "货邮吞吐量", scope="2023年；" + sc)
    up(g, sc + "货邮吞吐量较上年增长", "2023年；" + sc)
tall("三角", "长三角/珠三角 (region names): 三 is part of the name.", "name_or_title")
t("九市", "珠三角九市 (the nine Pearl River Delta cities, a fixed designation); preferred not extracted.", "name_or_title",
  ambiguous=True)
for r, sh, pp, dd in (("华北地区", "10.0%", "0.5个百分点", "up"), ("东北地区", "3.5%", "0.6个百分点", "up"),
                      ("华东地区", "40.0%", "0.5个百分点", "down"), ("中南地区", "32.4%", "1.3个百分点", "down"),
                      ("西南地区", "10.3%", "0.1个百分点", "down"), ("西北地区", "2.6%", "0.4个百分点", "up")):
    s(sh, r + "货邮吞吐量占全国比重", scope="2023年；" + r)
    up(pp, r + "占比较上年" + ("提高" if dd == "up" else "下降"), "2023年；" + r, dd)
D.write("../x3-airport-cargo-bulletin-2023-peoples-daily-online-repost")
