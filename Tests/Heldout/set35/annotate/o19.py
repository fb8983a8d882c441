from lib import Doc
D = Doc("../o19-zhejiang-red-cross-2022-zjredcross.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 潮新闻 on 浙江省红十字会 第八届理事会第二次(扩大)会议 (3月7日; 2023 from the text's 2023年 plans): 2022 — 接受捐赠款物 亿元 +
# 同比增长 %, 使用款物 亿元, 应急救护 万余人次 / 万余人, 造血干细胞/器官 捐献 例, 与会 余人. 第八届/第二次 → name traps;
# “三献”, “快一点” → slogan/name traps; 两级 (two levels) → vague; “双第一” → title (第一).
date("3月7日", "2023-03-07", subject="理事会会议日期", note="year not written: 2023 from 谋划部署2023年 in the same sentence.")
t("第八届", "理事会届次 (name).", "name_or_title")
t("第二次", "会议次数 (name).", "name_or_title")
date("2022年", "2022", subject="回顾年度")
date("2023年", "2023", subject="部署年度")
date("2022年", "2022", subject="监督工作年度")
date("2022年度", "2022", subject="财务收支年度")
date("2022年", "2022", subject="年度")
D.scope = "2022年；浙江省"
s("8.05亿元", "全省红十字会接受捐赠款物")
s("56%", "接受捐赠款物同比增长", d="up")
s("7.41亿元", "使用款物")
s("603万余人次", "普及应急救护知识", q="approx_more")
s("74万余人", "培训持证人员", q="approx_more")
s("46万余人", "培训救护员", q="approx_more")
t("三献", "“三献” (slogan for 献血/献造血干细胞/献器官).", "slogan_count")
s("115例", "造血干细胞捐献", kind="count")
s("787例", "人体器官（遗体、组织）捐献", kind="count")
t("两级", "省、市两级 (two administrative levels), not a quantity.", "vague_or_generic")
t("第一", "“双第一” (ranking title).", "name_or_title")
t("一", "“快一点—救在身边” (name of an activity).", "name_or_title")
date("2022年度", "2022", subject="表扬年度")
t("第八届", "理事会届次 (name).", "name_or_title")
s("130余人", "参加会议人员", q="approx_more", scope="2023年3月7日；浙江省红十字会")
tall("红十字", "红十字 (name of the organization).", "name_or_title")
D.write("../o19-zhejiang-red-cross-2022-zjredcross")
