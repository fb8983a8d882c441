from lib import Doc
D = Doc("../i10-central-soe-2016-sasac-simu001-noise.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A forum repost (simu001) of 新华社 news on 国资委's 2016 figures for 中央企业. The repost is "word-spun" (匀称 for 平均,
# 降落 for 下降, 增长值 for 增加值, 红利 for 盈利) and has anti-scraping noise runs at line ends/starts (`9 ^! J. R5 X& y6
# s9 ]" H`, `{7 G1 t$ u: O2`, `A4`); each digit-bearing noise token → trap. Figures read with their real meaning:
# `同比降落0.3个百分点` → down; `连续三年` → duration 3 年; 万亿元 → money; 家 → count.
D.scope = "2016年末；中央企业"
date("2016年末", "2016", subject="统计时点", note="年末 = end of 2016.")
s("60.4%", "中央企业实体产业平均资产负债率")
s("0.3个百分点", "资产负债率同比下降", d="down")
dur("三年", 3, "资产负债率连续下降年数")
for tok in ("9", "R5", "y6", "s9", "{7", "G1", "O2", "A4"):
    t(tok, "anti-scraping noise run inserted by the repost site, not a figure.", "vague_or_generic")
date("2016年", "2016")
D.scope = "2016年；中央企业"
s("23.4万亿元", "营业收入（业务收入）")
s("2.6%", "营业收入同比增长", d="up")
s("6.1万亿元", "增加值（增长值）")
s("5.2%", "增加值同比增长", d="up")
s("1.2万亿元", "利润总额")
s("0.5%", "利润总额同比增长", d="up")
s("102家", "中央企业")
s("96家", "盈利企业（红利企业）")
D.write("../i10-central-soe-2016-sasac-simu001-noise")
