from lib import Doc
D = Doc("../e10-maternal-infant-health-2016-kankanews-hotline.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 看看新闻 (上海) item of 2017-11 on 妇女儿童健康 figures for 2016 given at a 百姓生殖健康促进工程 meeting, with the site's
# hotline and copyright lines. `婴儿死亡率为7.5‰` → percent ‰; `与2000年相比下降76.7%` → down; `比2000年上升36.9%`,
# `农村地区上升52.8%` → up; 岁 → measure. `2017年试点工作经验交流会` (a meeting's name with its year) → date.
# Page furniture: hotline 12318, phone 021-64334547 and the copyright year 2016 → name traps (as sets 25/28).
D.scope = "2016年；全国"
tall("百姓", "百姓生殖健康促进工程 (a programme's name; 百姓 = the people).", "name_or_title")
date("2017年", "2017", subject="试点工作年度（会议名称）")
date("2016年度", "2016", subject="统计年度")
s("79.4岁", "中国妇女平均期望寿命")
date("2017年", "2017", subject="试点工作年度（会议名称）")
date("11月16日至17日", "2017-11-16/2017-11-17", subject="交流会日期", note="year from the meeting's name (2017年).")
date("2016年", "2016", subject="年份")
s("7.5‰", "全国婴儿死亡率")
date("2000年", "2000", subject="比较年份")
s("76.7%", "婴儿死亡率与2000年相比下降", d="down")
date("2016年", "2016", subject="年份")
s("99.7%", "全国住院分娩率")
date("2000年", "2000", subject="比较年份")
s("36.9%", "住院分娩率比2000年上升", d="up")
s("52.8%", "农村地区住院分娩率上升", d="up")
t("近", "几近消失 (nearly vanished), no figure follows.", "approximator_lookalike")
t("近", "近年来 (in recent years), not an approximator.", "approximator_lookalike")
t("千年", "千年发展目标 (Millennium Development Goals), a name.", "name_or_title")
t("12318", "footer: the 剑网行动 hotline number.", "name_or_title")
t("021-64334547", "footer: a telephone number (市版权局).", "name_or_title")
t("2016", "Copyright © 2016 (copyright year of the site, page furniture).", "name_or_title")
D.write("../e10-maternal-infant-health-2016-kankanews-hotline")
