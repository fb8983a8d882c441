from lib import Doc
D = Doc("../o12-zhengzhou-state-tax-2009-zzrb-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 郑州日报 e-paper (zzrb.zynews.cn, 2010-01-29), 本报讯 on the city's 2009 国税 revenue. The two-line headline breaks inside
# the word 国税收入 (`全市去年国税` / `收入263亿元`), kept as printed. 国税收入/税收收入/地方级税收收入 亿元 + 同比增长 % (up),
# 占全省比重 `超过1/4` (ratio 0.25, approx_more; also an ambiguous trap, as earlier gold) and 25.56%, monthly 降幅 as signed
# levels (`-24.05%`, `-8.99%`: no direction), 登记工商户 万户 + 同比增加 户 (up), 重点税源企业 户. 一揽子 → idiom trap.
D.scope = "2009年；全市"
s("263亿元", "全市国税收入（标题）")
date("2009年", "2009", subject="统计年度")
s("263.22亿元", "全市国税收入")
s("6.13%", "全市国税收入同比增长", d="up")
s("243.24亿元", "扣除海关代征后税收收入")
s("5.49%", "扣除海关代征后税收收入增长", d="up")
s("1/4", "全市国税税收总量占全省比重（超过）", value=0.25, unit=None, kind="ratio", q="approx_more", note="超过1/4: ratio 0.25, approx_more (超过 outside the surface), as earlier gold.")
t("1/4", "fraction written with a slash: extraction as ratio 0.25 preferred, omission acceptable (earlier gold).", "vague_or_generic", ambiguous=True, gold_surface="1/4")
s("25.56%", "全市国税税收总量占全省比重")
s("61.54亿元", "组织地方级税收收入")
s("3.8%", "地方级税收收入增长", d="up")
date("1月份", "2009-01", subject="统计月份", note="去年 = 2009 (the issue is of 2010-01-29).")
s("-24.05%", "1月份全市国税收入降幅", value=-24.05, unit="%", kind="percent", scope="2009年1月；全市", note="降幅为-24.05%: a signed level, no direction.")
date("二季度末", "2009-Q2", subject="统计时点", note="二季度末 (end of Q2 2009).")
s("-8.99%", "二季度末全市国税收入降幅", value=-8.99, unit="%", kind="percent", scope="2009年二季度末；全市", note="a signed level, no direction.")
t("一", "一揽子 (a package of), idiom.", "idiom_or_figurative")
date("11月底", "2009-11", subject="止跌回升时点")
s("0.15%", "全市国税收入同比增长（11月底）", d="up", scope="2009年11月底；全市")
date("2009年", "2009", subject="统计年度")
s("17.12万户", "市国税局登记各类工商户")
s("8300户", "登记工商户同比增加", d="up")
date("2009年", "2009", subject="统计年度")
s("80户", "直接监控的大中型重点税源企业")
s("119.32亿元", "大中型重点税源企业入库税收")
s("49.05%", "大中型重点税源企业税收占全部税收比重")
D.write("../o12-zhengzhou-state-tax-2009-zzrb-epaper")
