from lib import Doc
D = Doc("../c5-shanghai-climate-2010-qa-site-injected-words.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A Q&A page (百度知道) whose answer is the text of 上海市 2010年 气候公报 (上海市气候中心), with the site's injected words
# (`气态毁温`, `最高亮笑气温`) kept as served. Scope `2010年；上海市`; sub-areas (中心城区, 郊区, 青浦…) in the subject.
# Temperatures → measure, unit ℃; 偏高/比常年多 → up; 偏低/比上年下降/偏少 → down; a signed level (-7.5℃) keeps its sign.
# Ranges `0.7℃~1.0℃`, `11天~27天`, `933毫米~1334毫米`, `10%~17%` → lower bound + value_max. Day counts → measure, unit 天
# (as set 15's 优良天数). `都在1300毫米以上` → approx_more; `都在1050毫米以下` → at_most. The class thresholds `≥35℃`/`≥37℃`
# (define 高温日/炎热日) → AMBIGUOUS traps, preferred not extracted (as set 13's `100张以下`). `11个气象观测站` → count.
# The store stops at `分别偏少9%和15`: the last figure gets unit % supplied (as set 26 b4's `2.90`).
tall("偏多", "偏多 (more than normal): 多 is a comparative, not an approximator.", "approximator_lookalike")
tall("常年多", "比常年多N天 (N days more than normal): 多 is a comparative, not an approximator.", "approximator_lookalike")
tall("较多", "降水量较多 (rather more): 多 is not an approximator.", "approximator_lookalike")
tall("地区多", "宝山地区多 (…areas have more): 多 is not an approximator.", "approximator_lookalike")
date("2010年", "2010", subject="年份")
date("8月", "2010-08", subject="月份", note="其中8月气温创历史同期最高纪录; year 2010 from line 2.")
D.scope = "2010年；上海市"
s("11个", "全市气象观测站", note="全市11个气象观测站平均.")
s("16.9℃", "全市年平均气温", kind="measure")
s("1.1℃", "全市年平均气温比常年平均偏高", kind="measure", d="up")
s("0.3℃", "全市年平均气温比上年下降", kind="measure", d="down")
s("17.4℃", "中心城区年平均气温", kind="measure")
s("16.8℃", "郊区年平均气温", kind="measure")
s("0.7℃~1.0℃", "青浦、奉贤、浦东新区南汇和崇明地区气温比常年偏高", value=0.7, unit="℃", kind="measure", d="up", vmax=1.0)
s("1.1℃~1.4℃", "其他地区气温比常年偏高", value=1.1, unit="℃", kind="measure", d="up", vmax=1.4)
date("4月", "2010-04", subject="月份")
s("1.5℃", "4月气温较常年同期偏低", kind="measure", d="down", scope="2010年4月；上海市")
date("6月", "2010-06", subject="月份", note="6月气态毁温与常年同期持平 (态毁 injected by the site): no figure.")
date("8月", "2010-08", subject="月份")
s("3.2℃", "8月气温较常年同期偏高", kind="measure", d="up", scope="2010年8月；上海市")
s("-7.5℃", "全市极端最低气温(青浦地区)", value=-7.5, unit="℃", kind="measure", note="a signed level: no direction.")
s("40.5℃", "全市极端最高气温(浦东地区)", kind="measure", note="极端最高亮笑气温: 亮笑 injected by the site.")
t("35℃", "≥35℃ (the threshold that defines a 高温日): preferred not extracted.", "vague_or_generic", ambiguous=True)
s("30天", "中心城区高温日数")
s("21天", "中心城区高温日数比常年多", d="up")
s("11天~27天", "郊区高温日数", value=11, unit="天", kind="measure", vmax=27)
t("37℃", "≥37℃ (the threshold that defines a 炎热日): preferred not extracted.", "vague_or_generic", ambiguous=True)
s("13天", "中心城区炎热日数")
s("11天", "中心城区炎热日数比常年多", d="up")
s("10天", "闵行和嘉定地区炎热日数")
s("4天", "南汇地区炎热日数")
s("7天~8天", "其他地区炎热日数", value=7, unit="天", kind="measure", vmax=8)
s("11个", "全市气象观测站", note="repeat of line 4.")
s("1213毫米", "全市平均年降水量", kind="measure")
s("5%", "全市平均年降水量较常年平均偏多", d="up")
s("933毫米~1334毫米", "各区县年降水量", value=933, unit="毫米", kind="measure", vmax=1334)
s("1300毫米以上", "中心城区和闵行、浦东地区年降水量", value=1300, unit="毫米", kind="measure", q="approx_more")
s("1050毫米以下", "崇明和青浦地区年降水量", value=1050, unit="毫米", kind="measure", q="at_most")
s("10%~17%", "中心城区、浦东、嘉定和闵行地区降水量比常年偏多", value=10, unit="%", kind="percent", d="up", vmax=17)
s("4%~8%", "金山、奉贤和松江地区降水量比常年偏多", value=4, unit="%", kind="percent", d="up", vmax=8)
s("9%", "青浦地区降水量比常年偏少", d="down", note="青浦和崇明地区分别偏少9%和15…: the first goes with 青浦.")
s("15", "崇明地区降水量比常年偏少", value=15, unit="%", kind="percent", d="down",
  note="the store stops after `15`: unit % supplied from 分别偏少9%和… (as set 26 b4's `2.90`).")
D.write("../c5-shanghai-climate-2010-qa-site-injected-words")
