from lib import Doc
D = Doc("../j4-telecom-jan-apr-miit-spaced-fxshell.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A reworded repost of 工信部 1~4月 figures (year not written; 手机用户 16.05亿户 and 5G 3.1亿 point to 2021 (5G终端连接 3.1亿, 千兆用户 just over 千万) — see
# Unsure). `5 G` is written with a space. `3.1亿`, `1.11亿` have no classifier (终端的接入量) → count, unit null.
# `超过千万` (千兆用户数) → bare 千万 count, approx_more (as set 21's 超过千万人次).
Y = "year not written; 2021 inferred from the figures (see README Unsure)."
D.scope = "2021年1-4月；全国"
date("1~4月", "2021-01/2021-04", subject="统计期", note=Y)
s("4862亿元", "电信业务累计营业收入")
s("6.6%", "电信业务收入同比增长", d="up")
D.scope = "2021年4月底；全国"
date("4月底", "2021-04", subject="时点", note=Y)
s("3家", "基础电信企业")
s("16.05亿户", "手机用户")
s("1084万户", "手机用户比上年末净增", d="up")
t("5 G", "5 G (network generation, written with a space), a name, not a count.", "name_or_title")
s("3.1亿", "5G手机终端接入量", value=310000000, unit=None, kind="count")
s("1.11亿", "5G手机终端接入量比去年同期增加", value=111000000, unit=None, kind="count", d="up")
t("千兆", "千兆 (gigabit), a technology name, not a number.", "name_or_title")
s("千万", "千兆用户数", value=10000000, unit=None, kind="count", q="approx_more", note="已超过千万: bare 千万 (超过 outside the surface), count approx_more, unit null.")
date("四月底", "2021-04", subject="时点", note=Y)
s("3家", "基础电信企业")
s("5.01亿户", "宽带固定互联网用户总数")
s("1706万户", "宽带固定互联网用户同比增长", d="up", note="同比增长1706万户: an absolute increase → count up.")
D.write("../j4-telecom-jan-apr-miit-spaced-fxshell")
