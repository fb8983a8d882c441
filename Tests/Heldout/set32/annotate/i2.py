from lib import Doc
D = Doc("../i2-postal-q1-2024-xinhua-tzdaily.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新华社 2024-04-21 (page address tzdaily.com.cn/html/2024-04/22): 国家邮政局 一季度 figures. Year 2024 from the
# address and the telegram date. `19号` (colloquial 19日) → the release date 2024-04-19. 亿件 → count 件.
Y = "year 2024 from the page address (tzdaily.com.cn/html/2024-04/22)."
date("4月21日", "2024-04-21", subject="电讯日期", note=Y)
date("19号", "2024-04-19", subject="国家邮政局公布日期", note="19号 = 19日 (colloquial); " + Y)
D.scope = "2024年一季度；全国"
date("一季度", "2024-Q1", subject="统计期", note=Y)
date("一季度", "2024-Q1", subject="统计期", note=Y)
s("417.3亿件", "邮政行业寄递业务量", kind="count")
s("22.1%", "邮政行业寄递业务量同比增长", d="up")
s("371.1亿件", "快递业务量", kind="count")
s("25.2%", "快递业务量同比增长", d="up")
date("一季度", "2024-Q1", subject="统计期", note=Y)
s("3943.7亿元", "邮政行业业务收入")
s("10.7%", "邮政行业业务收入同比增长", d="up")
s("3116.9亿元", "快递业务收入")
s("17.4%", "快递业务收入同比增长", d="up")
D.write("../i2-postal-q1-2024-xinhua-tzdaily")
