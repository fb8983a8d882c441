from lib import Doc
D = Doc("../i9-soe-jan-feb-2016-gmrb-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 光明日报 e-paper (epaper.gmw.cn, 2016-03-26, 版面 8): 财政部 figures for 国有企业 1—2月 2016. Dates: the dateline
# `3月25日` (2016 from the page), `2016年1至2月` and `1—2月` → 2016-01/2016-02, `2月末` → 2016-02. 亿元 → money;
# 同比下降/增长 → down/up. 中央企业 / 地方国有企业 sub-scopes in the subject.
A = "2016年1—2月；全国"
date("3月25日", "2016-03-25", subject="电讯日期", note="year 2016 from 2016年1至2月 in the next sentence and the page date.")
date("2016年1至2月", "2016-01/2016-02", subject="统计期")
D.scope = A
date("1—2月", "2016-01/2016-02", subject="统计期")
s("62415.5亿元", "国有企业营业总收入")
s("5.8%", "国有企业营业总收入同比下降", d="down")
s("7.8%", "中央企业营业总收入同比下降", d="down")
s("2.2%", "地方国有企业营业总收入同比下降", d="down")
s("2226.1亿元", "国有企业利润总额")
s("14.2%", "国有企业利润总额同比下降", d="down")
date("2月末", "2016-02", subject="统计时点")
D.scope = "2016年2月末；全国"
s("1203281.8亿元", "国有企业资产总额")
s("15.6%", "国有企业资产总额同比增长", d="up")
s("797306.7亿元", "国有企业负债总额")
s("17.9%", "国有企业负债总额同比增长", d="up")
s("405975.1亿元", "国有企业所有者权益合计")
s("11.2%", "国有企业所有者权益同比增长", d="up")
D.write("../i9-soe-jan-feb-2016-gmrb-epaper")
