from lib import Doc
D = Doc("../l15-luoyang-affordable-housing-2011-lyrb-epaper.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 洛阳日报 e-paper (lyrb.lyd.com.cn, 2011-11-16), 本报讯 (曾宪平) on 保障性住房. Year 2011 from the issue date (今年).
# `省下达…任务为34408套` → target. Building names `1号、2号` → traps. Each housing type has 开工/竣工 万平方米 + 套.
t("1号", "浅水湾1号 (building name).", "name_or_title")
t("2号", "2号高层住宅 (building name).", "name_or_title")
D.scope = "2011年；洛阳市"
s("34408套", "省下达保障性住房建设任务", q="target")
s("83个", "已落实保障性住房建设项目")
s("35626套", "已落实保障性住房建设套数")
s("16.4亿元", "保障性住房完成投资")
s("84万平方米", "经济适用住房开工面积")
s("9863套", "经济适用住房开工套数")
s("39万平方米", "经济适用住房竣工面积")
s("4644套", "经济适用住房竣工套数")
s("72万平方米", "公共租赁住房开工面积")
s("14484套", "公共租赁住房开工套数")
s("3.9万平方米", "公共租赁住房竣工面积")
s("1023套", "公共租赁住房竣工套数")
s("12万平方米", "廉租住房开工面积")
s("2418套", "廉租住房开工套数")
s("18.9万平方米", "廉租住房竣工面积")
s("3775套", "廉租住房竣工套数")
s("93万平方米", "棚户区改造开工面积")
s("8861套", "棚户区改造开工套数")
s("29251户", "廉租住房累计保障困难家庭")
s("8486万元", "廉租住房发放补贴")
D.write("../l15-luoyang-affordable-housing-2011-lyrb-epaper")
