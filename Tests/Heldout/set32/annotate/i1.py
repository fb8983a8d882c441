from lib import Doc
D = Doc("../i1-postal-h1-2022-state-post-bureau-cppi.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 国家邮政局 上半年 release as reposted by cppi.cn (page head `发布时间: 浏览: 次` with empty fields). The year is not
# written anywhere; the figures (快递 512.2亿件, +3.7%) are those of 上半年 2022, released 2022-07-13, so scope
# `2022年上半年；全国` and the date `13日` → 2022-07-13 (note says the year is not in the text). 亿件/万件 → count 件;
# 亿份 → count 份; 万笔 → count 笔 (set 30 precedent); 亿元 → money; 同比增长/下降 → up/down.
Y = "year not written: 2022 from the figures of the 国家邮政局 上半年 2022 release (快递 512.2亿件, +3.7%)."
D.scope = "2022年上半年；全国"
date("13日", "2022-07-13", subject="发布日期", note=Y)
s("6543.1亿元", "邮政行业业务收入（不包括邮政储蓄银行直接营业收入）")
s("6.5%", "邮政行业业务收入同比增长", d="up")
s("6808.5亿元", "邮政行业业务总量")
s("6.0%", "邮政行业业务总量同比增长", d="up")
s("1151.6亿元", "邮政服务业务总量")
s("6.6%", "邮政服务业务总量同比增长", d="up")
s("142.1亿件", "邮政寄递服务业务量", kind="count")
s("11.0%", "邮政寄递服务业务量同比增长", d="up")
s("199.1亿元", "邮政寄递服务业务收入")
s("3.1%", "邮政寄递服务业务收入同比增长", d="up")
s("4.2亿件", "邮政函件业务量", kind="count")
s("28.1%", "邮政函件业务量同比下降", d="down")
s("855.0万件", "包裹业务量", kind="count")
s("8.4%", "包裹业务量同比下降", d="down")
s("82.0亿份", "报纸业务量", kind="count")
s("0.4%", "报纸业务量同比增长", d="up")
s("3.6亿份", "杂志业务量", kind="count")
s("1.1%", "杂志业务量同比增长", d="up")
s("228.2万笔", "汇兑业务量", kind="count")
s("32.7%", "汇兑业务量同比下降", d="down")
s("512.2亿件", "快递服务企业业务量", kind="count")
s("3.7%", "快递服务企业业务量同比增长", d="up")
s("4982.2亿元", "快递服务企业业务收入")
s("2.9%", "快递业务收入同比增长", d="up")
s("61.3亿件", "同城快递业务量", kind="count")
s("5.1%", "同城快递业务量同比下降", d="down")
date("6月份", "2022-06", subject="统计月份", note=Y)
D.scope = "2022年6月；全国"
s("102.6亿件", "快递服务企业业务量（6月）", kind="count")
s("5.4%", "6月快递业务量同比增长", d="up")
s("976.7亿元", "快递服务企业业务收入（6月）")
s("6.6%", "6月快递业务收入同比增长", d="up")
D.write("../i1-postal-h1-2022-state-post-bureau-cppi")
