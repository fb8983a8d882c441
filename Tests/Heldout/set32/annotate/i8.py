from lib import Doc
D = Doc("../i8-soe-h1-profits-mof-hk01.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 香港01 财经快讯 (simplified script) on the 财政部's 上半年 figures for 国有企业 and 央企. The year is not written (今年);
# scope `今年上半年；全国` / `今年上半年；中央企业`. `约1.82万亿元` → 约 in the surface, approx (as `约6780亿元`); the
# headline's 7.2% repeats the body's. 资产负债率 64.5% / `降低0.1个百分点` → share + down. `增长8%` → up.
A = "今年上半年；全国"
C = "今年上半年；中央企业"
s("7.2%", "国企利润同比增长（标题）", d="up", scope=A)
s("约1.82万亿元", "国企利润总额", value=1820000000000, unit="元", kind="money", q="approx", scope=A)
s("7.2%", "国企利润总额同比增长", d="up", scope=A)
s("约1.22万亿元", "央企利润总额", value=1220000000000, unit="元", kind="money", q="approx", scope=C)
s("8.8%", "央企利润总额同比增加", d="up", scope=C)
s("29.49万亿元", "国企营业总收入", scope=A)
s("7.8%", "国企营业总收入同比增长", d="up", scope=A)
s("17.09万亿元", "央企营业总收入", scope=C)
s("6.2%", "央企营业总收入同比增长", d="up", scope=C)
s("28.45万亿元", "国企营业总成本", scope=A)
s("8%", "国企营业总成本增长", d="up", scope=A)
s("16.23万亿元", "央企营业总成本", scope=C)
s("6.3%", "央企营业总成本增长", d="up", scope=C)
date("6月底", "--06", subject="截至时点", note="截至6月底 of 今年; the year is not written.")
s("64.5%", "国企资产负债率", scope="今年6月底；全国")
s("0.1个百分点", "国企资产负债率降低", d="down", scope="今年6月底；全国")
s("67.6%", "央企负债率", scope="今年6月底；中央企业")
s("0.2个百分点", "央企负债率降低", d="down", scope="今年6月底；中央企业")
D.write("../i8-soe-h1-profits-mof-hk01")
