from lib import Doc
D = Doc("../w2-zhongshan-pboc-finance-h1-2019-daily-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中山日报 (repost on kcqsx.com, page address /zhongshan/201908/): 人民银行中山市中心支行's 2019年上半年 金融统计数据.
# The year is not in the text: 2019 from the page address and 是2018年全年投放量的1.58倍 (the year before).
# Balances (余额, 6月末) → 2019年6月末；中山市; flows of the half-year (新增, 比年初增加, 多增) → 2019年上半年；中山市.
# 同比增长/提高/增幅达 → up; 同比多增 → up (a stated excess over the same period of last year); 新增 (a flow) → no direction.
# 是…的1.58倍 → ratio, no direction. 近5年 (the last five years) → duration, not an approximation.
M, H = "2019年6月末；中山市", "2019年上半年；中山市"
YN = "year 2019 inferred from the page address (/201908/) and the reference to 2018年全年."
date("1日", "2019-08-01", subject="发布日期（1日）", note="the 1st of the month after the half-year: " + YN)
date("一季度", "2019-Q1", subject="比较期（一季度）", note=YN)
dur("近5年", 5, "创新高的比较期（近5年）", note="近5年 = the last five years (not an approximation).")
D.scope = M
s("4560.71亿元", "本外币各项贷款余额")
s("17.63%", "本外币各项贷款余额同比增长", d="up")
dur("近5年", 5, "创新高的比较期（近5年季度增速）", note="近5年 = the last five years.")
s("3.81个百分点", "各项贷款余额增速环比提高", d="up", note="环比、同比分别提高3.81个百分点、10.44个百分点: the rate vs the first quarter.")
s("10.44个百分点", "各项贷款余额增速同比提高", d="up")
s("476.68亿元", "上半年新增信贷投放", scope=H)
date("2018年", "2018", subject="比较年度（2018年全年）")
s("1.58倍", "上半年新增信贷投放相当于2018年全年投放量的倍数", kind="ratio", scope=H,
  note="是2018年全年投放量的1.58倍: a multiple (level), no direction.")
s("1996.49亿元", "企业和机关团体贷款余额")
s("12.66%", "企业和机关团体贷款余额同比增长", d="up")
s("201.51亿元", "企业和机关团体上半年新增信贷投入", scope=H)
s("173.62亿元", "企业和机关团体新增信贷同比多增", d="up", scope=H, note="同比多增 → a stated change vs the same period of 2018, direction up.")
s("720.94亿元", "制造业贷款余额")
s("8.51%", "制造业贷款余额同比增长", d="up")
s("10.45个百分点", "制造业贷款增速同比提高", d="up")
s("58.54亿元", "制造业上半年新增信贷投入", scope=H)
s("63.58亿元", "制造业新增信贷同比多增", d="up", scope=H)
date("6月末", "2019-06", subject="时点（6月末）", note=YN)
s("17.11%", "投向制造业的中长期贷款余额同比增长", d="up")
s("10.83个百分点", "制造业中长期贷款增速同比提高", d="up")
date("二季度", "2019-Q2", subject="比较期（二季度）", note=YN)
date("6月末", "2019-06", subject="时点（6月末）", note=YN)
s("1332.27亿元", "民营企业贷款余额")
s("8.49%", "民营企业贷款余额同比增长", d="up")
date("6月末", "2019-06", subject="时点（6月末）", note=YN)
s("537.74亿元", "普惠口径小微贷款余额")
s("21.22%", "普惠口径小微贷款余额增幅", d="up", note="增幅达21.22% → growth, up.")
date("6月末", "2019-06", subject="时点（6月末）", note=YN)
s("6276.58亿元", "本外币各项存款余额")
s("7.16%", "本外币各项存款余额同比增长", d="up")
s("341.78亿元", "各项存款比年初增加", d="up", scope=H)
s("187.07亿元", "住户存款新增", scope=H, note="新增 (a flow, part of 341.78亿元) → no direction, as 新增 in earlier sets.")
tall("多增", "同比多增 (increased more than a year earlier): 多 is not an approximator.", "approximator_lookalike")
D.write("../w2-zhongshan-pboc-finance-h1-2019-daily-repost")
