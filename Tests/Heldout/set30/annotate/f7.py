from lib import Doc
D = Doc("../f7-disasters-2019-year-review-peoples-daily-chinaenvironment.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人民日报 (记者丁怡婷), 北京1月16日电 (2020), on 应急管理部's 2019 natural-disaster review, as kept by 环保网
# (chinaenvironment.com) with its page furniture. Scope `2019年；全国`. 亿人次/万人次 → count 人次; 万间 → count 间;
# 千公顷 stays a unit (measure); 亿元 → money. `较近5年均值分别下降25%、57%和24%` → three down changes; `近5年` → duration
# 5 年 (set precedent: the last five years, not an approximation). `5级以上地震` → magnitude threshold: AMBIGUOUS trap
# without gold_id (as age bounds, set 28). Footer years/ICP numbers → traps.
S = "2019年；全国"
D.scope = S
s("3270.9亿元", "自然灾害直接经济损失（标题）")
date("1月16日", "2020-01-16", subject="电讯日期", note="year 2020: the review of 2019 was released in January 2020.")
date("2019年", "2019", subject="统计年份")
s("1.3亿人次", "自然灾害受灾人次")
s("909人", "死亡失踪人数")
s("528.6万人次", "紧急转移安置人次")
s("12.6万间", "倒塌房屋", kind="count")
s("28.4万间", "严重损坏房屋", kind="count")
s("98.4万间", "一般损坏房屋", kind="count")
s("19256.9千公顷", "农作物受灾面积")
s("3270.9亿元", "直接经济损失")
dur("近5年", 5, "比较期（近5年均值）", note="近5年 = the last five years (not an approximation).")
N3 = "较近5年均值分别下降25%、57%和24%: 因灾死亡失踪人数、倒塌房屋数量、直接经济损失占GDP比重, in that order."
s("25%", "因灾死亡失踪人数较近5年均值下降", d="down", note=N3)
s("57%", "倒塌房屋数量较近5年均值下降", d="down", note=N3)
s("24%", "直接经济损失占GDP比重较近5年均值下降", d="down", note=N3)
date("2019年", "2019", subject="年份")
s("85%", "西部地区5级以上地震占全国总数的比重")
dur("近5年", 5, "比较期（近5年均值）", note="近5年 = the last five years.")
date("2019年", "2019", subject="年份")
s("65%", "因旱需生活救助人口较近5年均值增加", d="up")
s("22%", "农作物受灾面积较近5年均值减少", d="down")
s("4%", "直接经济损失较近5年均值减少", d="down")
t("一", "一般损坏: 'ordinary' damage class (一般), not a count", "idiom_or_figurative", at="一般损坏")
t("多", "南北多、中间少: 多 = many (more), not an approximator", "approximator_lookalike", at="南北多")
t("多", "台风生成多: 多 = many, not an approximator", "approximator_lookalike", at="生成多")
t("5级", "5级以上地震: magnitude threshold of the class counted (as age bounds); preferred not extracted.", "vague_or_generic", True, at="5级以上")
t("1997-2027", "footer copyright years", "name_or_title")
t("12004549号-1", "footer: ICP registration number", "name_or_title")
t("070722号", "footer: ICP licence number", "name_or_title")
t("11010502031148号", "footer: public-security filing number", "name_or_title")
D.write("../f7-disasters-2019-year-review-peoples-daily-chinaenvironment")
