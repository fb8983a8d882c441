from lib import Doc
D = Doc("../x1-shangnan-livelihood-projects-2015-shangluo-daily-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 商洛日报 e-paper (2015-08-10, 02版): 商南新办惠民实事74件. The page header (通版 links, 当前版, 发布日期, 文章字数) is kept
# as stored. Year 2015 from 发布日期. Plan figures of the year (规划实施, 年度计划投资) → target; outcomes 截至7月底 → scope
# 2015年7月底；商南县; the lead's village anecdotes → 2015年；<village> (日前, no other time). Physical sizes (公里, 米, 平方米,
# 亩) → measure; 户/个/套/条 → count; 两个组 → count 2 个; 500多村民 → count 500, unit null (no classifier), approx_more.
C, J, Y = "2015年；商南县", "2015年7月底；商南县", "2015年；"
t("02版", "page number of the newspaper (当前版:02版), not a quantity statement.", "list_marker")
t("上一版", "navigation link 上一版 (previous page).", "name_or_title")
t("下一版", "navigation link 下一版 (next page).", "name_or_title")
date("2015年08月10日", "2015-08-10", subject="发布日期")
s("74件", "商南县新办惠民实事", scope=J, note="headline; the body says 建成74个 by 7月底.")
t("598", "文章字数:598 — the e-paper's word count of the article (page metadata); preferred not extracted.",
  "vague_or_generic", ambiguous=True)
V = Y + "商南县金丝峡镇寺湾村"
s("3公里", "寺湾村铺成水泥路的土路长度", kind="measure", scope=V)
s("1公里", "寺湾村安装路灯的路段长度", kind="measure", scope=V)
s("两个", "受益村民小组", value=2, unit="个", kind="count", scope=V)
s("130户", "受益户数", scope=V)
s("500多", "受益村民", value=500, unit=None, kind="count", q="approx_more", scope=V, note="500多村民: no classifier written.")
W = Y + "商南县赵川镇魏家台村"
s("9米", "桥梁工程宽度", kind="measure", unit="米", scope=W)
s("38米", "桥梁工程长度", kind="measure", unit="米", scope=W)
s("160户", "桥梁方便的搬迁农民户数", scope=W)
s("157个", "商南县规划实施民生工程", q="target", scope=C, note="规划实施 (planned for the year).")
s("12.46亿元", "民生工程年度计划投资", q="target", scope=C)
t("逐一", "逐一落实 (one by one), not a quantity.", "idiom_or_figurative")
t("一般性", "一般性支出 (general expenditure): 一 of 一般.", "vague_or_generic")
date("7月底", "2015-07", subject="截至时点", note="year 2015 from 发布日期 (2015年08月10日).")
s("7.1亿元", "民生工程建设完成投资", scope=J)
s("74个", "民生工程建成", scope=J)
s("2000平方米", "党马店小学新建教学楼面积", scope=J)
s("70套", "试马镇初级中学新建教师周转宿舍", scope=J)
s("14个", "完工的消除贫困项目", scope=J)
s("0.5公里", "毕家湾村修复的水毁河堤长度", kind="measure", scope=J)
s("100余户", "饮水工程保障的周边村民户数", q="approx_more", scope=J)
t("十里坪", "十里坪镇 (town name).", "name_or_title")
t("三河村", "三河村 (village name).", "name_or_title")
t("百鸡村", "百鸡村 (village name).", "name_or_title")
s("8条", "完工的乡村道路", scope=J)
t("一一", "一一解决 (one by one), not a quantity.", "idiom_or_figurative")
s("2公里", "龙窝至黄柏道路长度", kind="measure", scope=J)
t("四级", "四级公路标准 (road grade 4, a class name), not a quantity.", "name_or_title")
s("100亩", "泉垭村、老府湾村分别新建基本农田", kind="measure", scope=J,
  note="分别新建了100亩: 100亩 for each of the two villages (one statement, as written once).")
D.write("../x1-shangnan-livelihood-projects-2015-shangluo-daily-epaper")
