from lib import Doc
D = Doc("../j1-telecom-jan-jul-2025-miit-163.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 观点网 via 163 (工信部官微, 8月27日): 通信业 前7个月. Year not written (今年); 2025 inferred from the figures
# (5G基站 459.8万个 at 7月末; 5G用户 11.37亿户) and the 163 article id — see README Unsure.
Y = "year not written (今年); 2025 inferred from the figures."
tall("5G", "5G (network generation), a name, not a count.", "name_or_title")
tall("千兆", "千兆 (gigabit broadband), a technology name, not a number.", "name_or_title")
date("8月27日", "2025-08-27", subject="发布日期", note=Y)
date("前7个月", "2025-01/2025-07", subject="统计期", note=Y)
D.scope = "2025年前7个月；全国"
date("前7个月", "2025-01/2025-07", subject="统计期", note=Y)
s("10431亿元", "电信业务收入累计")
s("0.7%", "电信业务收入同比增长", d="up")
s("8.9%", "电信业务总量同比增长（上年不变价）", d="up")
D.scope = "2025年7月末；全国"
date("7月末", "2025-07", subject="时点", note=Y)
s("三家", "基础电信企业", value=3, unit="家", note="三家基础电信企业 (中国移动/电信/联通): a count written in a CJK numeral.")
s("18.15亿户", "移动电话用户总数（三家基础电信企业及中国广电）")
s("2508万户", "移动电话用户比上年末净增", d="up")
s("11.37亿户", "5G移动电话用户")
s("1.23亿户", "5G移动电话用户比上年末净增", d="up")
s("62.7%", "5G移动电话用户占移动电话用户比重")
date("7月末", "2025-07", subject="时点", note=Y)
s("459.8万个", "5G基站总数")
s("34.8万个", "5G基站比上年末净增", d="up")
s("36%", "5G基站占移动基站总数比重")
date("上半年", "2025-01/2025-06", subject="比较期", note="占比较上半年提高: the reference period; " + Y)
s("0.3个百分点", "5G基站占比较上半年提高", d="up")
D.write("../j1-telecom-jan-jul-2025-miit-163")
