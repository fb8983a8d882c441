from lib import Doc
D = Doc("../i15-city-q1-q3-out-of-province-funds-ranks-tupiankp120.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A city paper's 本报讯 (记者李楠) on 市统计局 figures for 外省 funds in 前三季度, reposted on a site with a reader widget
# (`已获得0个“”` → trap). City and year not written (我市; scope `前三季度；本市`). `比重超60%` → approx_more (超 outside
# the surface); `突破700亿元` → approx_more (as 突破 in earlier gold); `位居全省第三位`/`第四位` → ordinals 位.
D.scope = "前三季度；本市"
date("前三季度", "01/09", subject="统计期", note="year not written.")
s("324个", "来自外省当年签约项目")
s("202个", "外省签约工业项目")
s("60%", "工业项目占全部签约项目比重", q="approx_more", note="比重超60%.")
s("700亿元", "实际到位外省资金（突破）", q="approx_more")
s("702.76亿元", "实际到位外省资金累计")
s("26.8%", "实际到位外省资金比上年同期增长", d="up")
ordn("第三位", 3, "到位外省资金总量全省排位", unit="位")
ordn("第四位", 4, "到位外省资金增速全省排位", unit="位")
s("526.89亿元", "投入固定资产的资金")
s("175.87亿元", "投入流动资金")
s("216个", "东部地区签约项目")
s("66.7%", "东部地区签约项目占比")
s("447.96亿元", "东部地区实际到位外省资金")
s("63.7%", "东部地区到位资金占比")
t("0个", "reader widget counter (已获得0个“”), page furniture", "vague_or_generic")
tall("签约", "签约 (sign a contract): 约 is not an approximator.", "approximator_lookalike")
D.write("../i15-city-q1-q3-out-of-province-funds-ranks-tupiankp120")
