from lib import Doc
D = Doc("../b7-jiuhuashan-spring-festival-2002-evening-paper-sina-print-breaks.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 江淮晨报 item (via 合肥报业网) as kept by news.sina.com.cn (2002-07-27 03:25): the newspaper's print line breaks survive
# inside words (`九华\n山`, `人财两旺\n,`) and between a number and its unit (`226\n人`); surfaces keep the break (gold README:
# line breaks kept, `42\n\n人`). 春节黄金周 of 2002 (金蛇…入世, 骏马…迎春: the Horse year 2002; the page date is July).
# Scope `2002年春节黄金周；九华山风景区`. `2.12万` (游人、香客) has no unit written → count, unit null. 增长 → up.
tall("九华", "九华山 (a mountain's name; at line 6 the print breaks it as 九华 / 山): 九 is not a number.", "name_or_title")
tall("两旺", "人财两旺 (idiom: both visitors and revenue flourish).", "idiom_or_figurative")
date("2002年07月27日03:25", "2002-07-27", subject="新浪发布时间")
D.scope = "2002年春节黄金周；九华山风景区"
t("一派", "一派…新气象 (a scene of): 一 is not a number.", "idiom_or_figurative")
s("2.12万", "接待中外游人、香客", value=21200, unit=None, kind="count", note="no unit after 万 (游人、香客 counted): unit null.")
s("143.8%", "接待游人香客与上年同期相比增长", d="up")
s("2.1万人", "国内游客", value=21000, unit="人", kind="count")
s("226\n人", "入境游客", value=226, unit="人", kind="count", note="the print line break between 226 and 人 is kept in the surface.")
s("146.97%", "国内游客比上年同期增长", d="up", note="分别增长146.97%和11.88%.")
s("11.88%", "入境游客比上年同期增长", d="up")
s("120.33%", "全山旅游收入比上年同期增长", d="up")
t("上百幅", "每天增加上百幅 (site advertisement: 'a hundred-odd pictures a day'): page furniture, not part of the report.", "vague_or_generic")
D.write("../b7-jiuhuashan-spring-festival-2002-evening-paper-sina-print-breaks")
