from lib import Doc
D = Doc("../l7-gansu-audit-results-2015-silkroad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 甘肃省2015年度 审计结果公告 (甘肃日报 via 新华丝路, 2016-08-17), stops at `使用机制和`. No 审计 totals in the stored part:
# the figures are the 2015 economy (分别增长 in order). `减少到317万人`, `下降到15%` → levels (到), no direction.
t("一", "一带一路 (name).", "name_or_title")
t("一", "一带一路 (name).", "name_or_title")
date("2015年度", "2015", subject="预算执行年度（标题）")
date("2016-08-17", "2016-08-17", subject="发布日期")
t("11:05:24", "publication clock time.", "name_or_title")
date("2015年度", "2015", subject="审计的预算执行年度")
date("2015年", "2015", subject="所述年度")
t("十二届", "省十二届人大三次会议 (name).", "name_or_title")
t("三次", "人大三次会议 (name).", "name_or_title")
t("一", "一是 (list marker).", "list_marker")
t("一", "一系列 (idiom).", "idiom_or_figurative")
D.scope = "2015年；甘肃省"
t("一般", "一般公共预算 (category name): 一 is not a number.", "name_or_title")
s("12.8%", "省级一般公共预算收入增长", d="up")
s("17.8%", "省级一般公共预算支出增长", d="up")
s("11.2%", "固定资产投资增长", d="up")
s("8.1%", "国内生产总值增长", d="up")
s("9%", "城镇居民人均可支配收入增长", d="up")
s("10.5%", "农村居民人均可支配收入增长", d="up")
s("317万人", "贫困人口", note="减少到317万人: a level (到), no direction.")
s("15%", "贫困发生率", note="下降到15%: a level (到), no direction.")
t("二", "二是 (list marker).", "list_marker")
D.write("../l7-gansu-audit-results-2015-silkroad")
