from lib import Doc
D = Doc("../u1-industrial-profits-jan-sep-2023-metallurgy-news-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 《中國冶金報》 2023-11-15 (traditional-script repost): 全国规模以上工业企业利润, 1月—9月份 2023 (NBS monthly release).
# First of two consecutive bulletins of one series (u2 = 1—10月份). Scope `2023年1—9月；全国`; year from line 3.
# 增長 → up, 下降 → down (value positive); 降幅比1月—8月份收窄…個百分點 → down (the decline shrank; as sets 7/13).
PP, KP = "個百分點", "percent"
date("1月—9月份", "2023-01/2023-09", subject="统计期", note="year from the paper's date 2023年11月15日 (line 3).")
D.scope = "2023年1—9月；全国"
s("54119.9億元", "全国规模以上工业企业利润总额", value=5411990000000, unit="元", kind="money")
s("9.0%", "规模以上工业企业利润总额同比降幅", d="down")
date("1月—8月份", "2023-01/2023-08", subject="比较期")
s("2.7個百分點", "利润降幅比1—8月份收窄", unit=PP, kind=KP, d="down", note="降幅…收窄: the decline shrank → down (as set 7/13).")
s("1.8%", "黑色金属冶炼和压延加工业利润同比降幅", d="down")
date("1月—9月份", "2023-01/2023-09", subject="统计期")
s("50.0%", "电力、热力生产和供应业利润总额同比增速", d="up")
s("24.9%", "电气机械和器材制造业利润增速", d="up")
s("11.0%", "通用设备制造业利润增速", d="up")
s("2.4%", "专用设备制造业利润增速", d="up")
s("0.1%", "汽车制造业利润增速", d="up")
s("9.4%", "石油和天然气开采业利润降幅", d="down")
s("10.2%", "纺织业利润降幅", d="down")
s("15.1%", "农副食品加工业利润降幅", d="down")
s("15.1%", "有色金属冶炼和压延加工业利润降幅", d="down")
s("18.6%", "计算机、通信和其他电子设备制造业利润降幅", d="down")
s("26.5%", "煤炭开采和洗选业利润降幅", d="down")
s("26.7%", "非金属矿物制品业利润降幅", d="down")
s("40.4%", "石油、煤炭及其他燃料加工业利润降幅", d="down")
s("46.5%", "化学原料和化学制品制造业利润降幅", d="down")
date("2023年11月15日", "2023-11-15", subject="报纸日期")
t("07版", "page number of the newspaper (07版): not a quantity.", "name_or_title")
t("七版", "page number in words (七版): not a quantity.", "name_or_title")
D.write("../u1-industrial-profits-jan-sep-2023-metallurgy-news-repost")
