from lib import Doc
D = Doc("../i18-guangzhou-municipal-soe-jan-aug-2023-gzw.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 广州市国资委 data release (gzw.gz.gov.cn/zt/sjfb): 市属国企 1-8月. The year is not written as a number: 今年 = 2023
# (`全面贯彻落实党的二十大精神的开局之年`); `二十大` → name trap. Comma-grouped 亿元 (`7,080.1亿元`) → plain values;
# 资产负债率 `同比增长0.6个百分点` → up. Scope `2023年1-8月；广州市属国企`, the stocks at `2023年8月末`.
Y = "year 2023: 今年 is 全面贯彻落实党的二十大精神的开局之年 (2023)."
t("二十大", "党的二十大: the 20th Party Congress, a name", "name_or_title")
date("1-8月", "2023-01/2023-08", subject="统计期", note=Y)
D.scope = "2023年1-8月；广州市属国企"
date("1-8月", "2023-01/2023-08", subject="统计期", note=Y)
s("7,080.1亿元", "市属国企营业收入", value=708010000000)
s("4.1%", "营业收入同比增长", d="up")
s("5,773.2亿元", "市属国企营业成本", value=577320000000)
s("5.6%", "营业成本同比增长", d="up")
s("421.7亿元", "市属国企利润总额")
s("12.1%", "利润总额同比下降", d="down")
date("8月末", "2023-08", subject="统计时点", note=Y)
D.scope = "2023年8月末；广州市属国企"
s("5.6万亿元", "市属国企资产总额")
s("7.4%", "资产总额同比增长", d="up")
s("76%", "市属国企资产负债率")
s("0.6个百分点", "资产负债率同比增长", d="up", kind="percent")
s("66.9%", "不含金融业资产负债率")
s("1.1个百分点", "不含金融业资产负债率同比增长", d="up", kind="percent")
D.write("../i18-guangzhou-municipal-soe-jan-aug-2023-gzw")
