from extra import Doc31
D = Doc31("../g15-jingbian-county-news-2017-gb18030.txt", encoding="gb18030")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 靖边县 government news (jbxc.gov.cn/xwjj/jbxw/…): 我县召开脱贫攻坚汇报座谈会, 2017-09-18, with the breadcrumb and the
# `网络编辑:` footer kept; written in GB18030 (the store gives UTF-8 text only: re-encoded, see SOURCES.md). Figures of the
# county's 前三个季度 脱贫攻坚 work: 万元, 户, 人, 个, 名, 公里, 台, 处, %. `计划建卫生室8个` → target; `目前已建成7个`
# → plain. `10千伏线路` → a voltage class (name trap, as 二级公路 in set 27). `第一政治任务`, `一号工程`, `刘迪一行` → idiom
# traps; `“十三五”` → name trap. Scope `2017年前三季度；靖边县` (the 十三五 搬迁对象 → `十三五期间；靖边县`).
A = "2017年前三季度；靖边县"
date("2017-09-18 08:34", "2017-09-18", subject="发布时间")
date("9月16日", "2017-09-16", subject="座谈会日期", note="year from the date line 2017-09-18.")
t("一行", "刘迪一行 (Liu Di and his party), not a figure.", "idiom_or_figurative")
date("前三个季度", "2017-01/2017-09", subject="统计期", note="year from the date line 2017-09-18.")
t("第一政治任务", "脱贫攻坚作为第一政治任务: a slogan, not a rank.", "idiom_or_figurative")
t("一号工程", "一号工程 (top-priority project), a slogan.", "idiom_or_figurative")
D.scope = A
s("1806万元", "安排产业扶贫资金")
s("2226户", "产业扶贫覆盖贫困户")
s("1543万元", "已兑付产业扶贫资金")
s("85.5%", "产业扶贫资金兑付比例")
t("十三五", "the 十三五 plan period (in quotes), a name.", "name_or_title")
s("2433户", "建档立卡移民搬迁对象（户）", scope="十三五期间；靖边县")
s("8930人", "建档立卡移民搬迁对象（人）", scope="十三五期间；靖边县")
s("218个", "落实公益性岗位")
s("51个", "开发特设公益性岗位")
s("1688名", "符合教育资助条件的贫困户就学子女")
s("215.82万元", "发放教育扶贫资金")
s("1935户", "兑付天然林保护工程生态效益补偿基金的贫困户")
s("67万元", "兑付生态效益补偿基金")
s("134名", "选聘生态护林员")
t("10千伏", "voltage class of the line (10千伏线路), a name.", "name_or_title")
s("115.71公里", "新建及改造10千伏线路")
s("6台", "新增和更换配变压器")
s("3300万元", "电力扶贫完成投资")
s("792户", "解决住房安全问题的贫困户")
s("25个", "通村公路建设项目")
s("164公里", "通村公路总里程")
s("36处", "完成人饮项目")
s("371户", "人饮项目受益贫困户（户）", note="收益 (sic) for 受益.")
s("1168人", "人饮项目受益贫困户（人）")
s("8个", "贫困村计划建卫生室", q="target")
s("7个", "已建成卫生室")
D.write("../g15-jingbian-county-news-2017-gb18030")
