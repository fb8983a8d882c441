from lib import Doc
D = Doc("../f15-china-environment-bulletin-2016-xinhua-yusrgfq.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新华社 北京6月6日电 (2017) on the 《2016中国环境状况公报》, as kept by a mirror of 人民政协网 with its furniture. The
# mirror garbled `环境保护部6日` into `环境?;げ?日` (kept as served; no figure left there). Scope `2016年；全国` (74 and 338
# cities in the subject). `比2015年上升3个百分点` → up; `比2015年下降9.1%` → down. The title's year (《2016中国…公报》) →
# AMBIGUOUS trap without gold_id; `第一阶段` → ordinal. The keyword line (`2016年`, `74城市`) and footer numbers → traps.
D.scope = "2016年；全国"
date("6月6日", "2017-06-06", subject="电讯日期", note="year 2017 from the footer (copyright 2004-2017) and the 2016 bulletin's release.")
date("2016年", "2016", subject="统计年份")
ordn("第一阶段", 1, "新环境空气质量标准实施阶段", unit="阶段")
s("74个", "第一阶段实施监测的城市")
s("74.2%", "74个城市平均优良天数比例")
date("2015年", "2015", subject="比较年份")
s("3个百分点", "74个城市平均优良天数比例比2015年上升", d="up")
date("2015年", "2015", subject="比较年份")
s("9.1%", "74个城市细颗粒物(PM2.5)平均浓度比2015年下降", d="down")
s("338个", "地级及以上城市")
s("78.8%", "338个城市平均优良天数比例")
date("2015年", "2015", subject="比较年份")
s("2.1个百分点", "338个城市平均优良天数比例比2015年上升", d="up")
s("21.2%", "338个城市平均超标天数比例")
t("2016", "《2016中国环境状况公报》: the year inside a title; preferred not extracted", "title_embedded_count", True)
tall("PM2.5", "pollutant name PM2.5, not a quantity.", "name_or_title")
t("2016年", "keyword tag 2016年 (page furniture)", "name_or_title", at="关键词")
t("74城市", "keyword tag 我国74城市 (page furniture)", "name_or_title")
t("2004-2017", "footer copyright years", "name_or_title")
t("09078172号", "footer: ICP registration number", "name_or_title")
t("101200605", "footer: licence number", "name_or_title")
D.write("../f15-china-environment-bulletin-2016-xinhua-yusrgfq")
