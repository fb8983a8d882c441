from lib import Doc
D = Doc("../d13-mof-state-enterprises-jan-oct-2021-eeju.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 财政部 monthly release 2021年1-10月全国国有及国有控股企业经济运行情况, as reposted on news.eeju.com (address
# shichang/2021/1124/…), with section heads on their own lines. Flows of 1-10月 → scope `2021年1-10月；全国`; 资产负债率 at
# 10月末 → `2021年10月末；全国`. 中央企业 / 地方国有企业 in the subject. 同比增长 → up; 两年平均增长 → up with `两年` a duration
# (as set 5 h4 / set 17). 资产负债率 levels have no direction; 同比下降/上升 N个百分点 → down/up; `与上年持平` has no figure.
F = "2021年1-10月；全国"
K = "2021年10月末；全国"
D.scope = F
date("24日", "2021-11-24", subject="公布日期", note="month from the page address (2021/1124).")
date("2021年1-10月", "2021-01/2021-10", subject="统计期")
date("2021年1-10月", "2021-01/2021-10", subject="统计期")
TW = "两年平均增长 = average annual growth over 2020–2021 (base 2019)."
def block(total, subj, pct, two, c_amt, c_pct, c_two, l_amt, l_pct, l_two):
    date("1-10月", "2021-01/2021-10", subject="统计期")
    v = lambda x: round(float(x.replace("亿元", "")) * 1e8)
    s(total, "国有企业" + subj, value=v(total), unit="元", kind="money")
    s(pct, "国有企业" + subj + "同比增长", d="up")
    if two:
        dur("两年", 2, "平均增长期", note=TW)
        s(two, "国有企业" + subj + "两年平均增长", d="up")
    s(c_amt, "中央企业" + subj, value=v(c_amt), unit="元", kind="money")
    s(c_pct, "中央企业" + subj + "同比增长", d="up")
    if c_two:
        dur("两年", 2, "平均增长期", note=TW)
        s(c_two, "中央企业" + subj + "两年平均增长", d="up")
    s(l_amt, "地方国有企业" + subj, value=v(l_amt), unit="元", kind="money")
    s(l_pct, "地方国有企业" + subj + "同比增长", d="up")
    if l_two:
        dur("两年", 2, "平均增长期", note=TW)
        s(l_two, "地方国有企业" + subj + "两年平均增长", d="up")
D.seek("营业总收入\n")
date("1-10月", "2021-01/2021-10", subject="统计期")
s("603860.0亿元", "国有企业营业总收入", value=60386000000000, unit="元", kind="money")
s("22.1%", "国有企业营业总收入同比增长", d="up")
dur("两年", 2, "平均增长期", note=TW)
s("9.7%", "国有企业营业总收入两年平均增长", d="up")
date("2019年", "2019", subject="两年平均增长的基期", note="以2019年相应同期数为基数.")
s("338515.6亿元", "中央企业营业总收入", value=33851560000000, unit="元", kind="money")
s("21.3%", "中央企业营业总收入同比增长", d="up")
dur("两年", 2, "平均增长期", note=TW)
s("8.0%", "中央企业营业总收入两年平均增长", d="up")
s("265344.4亿元", "地方国有企业营业总收入", value=26534440000000, unit="元", kind="money")
s("23.0%", "地方国有企业营业总收入同比增长", d="up")
dur("两年", 2, "平均增长期", note=TW)
s("12.1%", "地方国有企业营业总收入两年平均增长", d="up")
D.seek("利润总额\n")
block("38250.4亿元", "利润总额", "47.6%", "14.1%", "25326.5亿元", "44.0%", "14.2%", "12924.0亿元", "55.3%", "13.8%")
D.seek("应交税费\n")
block("43837.4亿元", "应交税费", "19.1%", None, "30395.8亿元", "16.1%", None, "13441.6亿元", "26.4%", None)
D.scope = K
date("10月末", "2021-10", subject="时点（10月末）")
s("64.3%", "国有企业资产负债率", note="与上年持平 (no change figure).")
s("67.0%", "中央企业资产负债率")
s("0.2个百分点", "中央企业资产负债率同比下降", d="down")
s("62.7%", "地方国有企业资产负债率")
s("0.1个百分点", "地方国有企业资产负债率同比上升", d="up")
D.write("../d13-mof-state-enterprises-jan-oct-2021-eeju")
