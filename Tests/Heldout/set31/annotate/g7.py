from extra import Doc31, cell
D = Doc31("../g7-fujian-civil-affairs-2021-q2-table.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 福建省民政厅 2021年2季度民政统计数据 (mzt.fujian.gov.cn), 指标名称 | 单位 | 数量 flattened one row a line; the store stops at
# `基金会 | `. Table cells are figures: surface = number cell, unit and scale from the 单位 cell (`万张 | 10.2` → 102000 张,
# `亿元 | 42.6` → 4.26e9 元). Rows with an empty 数量 cell (区公所, 低保平均标准 ×2, 福利彩票销售, 注册志愿者) carry no figure;
# their unit cells with 万/亿 are traps like every unit cell (the figure is the number cell). Scope `2021年2季度；福建省`;
# 累计支出 → `2021年1-6月；福建省`. 一、…九、 and `1.`/`2.` → list markers.
Q = "2021年2季度；福建省"
D.scope = Q
date("2021年2季度", "2021-Q2", subject="统计期（标题）")
date("2021-08-05 13:17", "2021-08-05", subject="发布时间")
cell(D, "一、民政事业费累计支出", "42.6", "亿元", subject="民政事业费累计支出", scope="2021年1-6月；福建省")
cell(D, "镇 |", "650", "个", subject="镇")
cell(D, "乡 |", "258", "个", subject="乡")
cell(D, "街道 |", "195", "个", subject="街道")
cell(D, "1.提供住宿的民政机构", "789", "个", subject="提供住宿的民政机构")
cell(D, "养老机构 |", "712", "个", subject="养老机构")
cell(D, "精神疾病服务机构 |", "13", "个", subject="精神疾病服务机构")
cell(D, "儿童福利和救助保护机构 |", "13", "个", subject="儿童福利和救助保护机构")
cell(D, "其他提供住宿机构 |", "51", "个", subject="其他提供住宿机构")
cell(D, "2.提供住宿的民政机构床位", "10.2", "万张", subject="提供住宿的民政机构床位")
cell(D, "养老机构床位", "9.5", "万张")
cell(D, "精神疾病服务机构床位", "0.4", "万张")
cell(D, "儿童福利和救助保护机构床位", "0.1", "万张")
cell(D, "其他提供住宿机构床位", "0.2", "万张")
cell(D, "最低生活保障人数", "6.1", "万人", subject="城市最低生活保障人数")
cell(D, "最低生活保障户数", "4.1", "万户", subject="城市最低生活保障户数")
cell(D, "农村最低生活保障 |", "45.9", "万人", subject="农村最低生活保障人数")
cell(D, "最低生活保障户数", "25.4", "万户", subject="农村最低生活保障户数")
cell(D, "城市特困人员救助供养人数", "0.6", "万人")
cell(D, "农村特困人员救助供养人数", "6.2", "万人")
cell(D, "生活无着的流浪乞讨人员救助", "0.6", "万人次")
cell(D, "临时救助", "8.2", "万人次")
cell(D, "社区服务指导中心", "7", "个")
cell(D, "社区服务中心", "662", "个")
cell(D, "社区服务站", "16,021", "个")
cell(D, "社区专项服务机构和设施", "2,532", "个")
cell(D, "享受困难残疾人生活补贴人数", "33.5", "万人")
cell(D, "享受重度残疾人护理补贴人数", "38.8", "万人")
cell(D, "孤儿 |", "0.3", "万人", subject="孤儿")
cell(D, "集中养育孤儿", "0.1", "万人")
cell(D, "社会散居孤儿", "0.2", "万人")
cell(D, "收养登记", "132", "件")
cell(D, "社会团体", "1.9", "万个")
cell(D, "民办非企业单位", "1.5", "万个")
for m in ("一、", "二、", "三、", "1.", "2.", "四、", "五、", "六、", "七、", "八、", "九、"):
    t(m, "row number %s of the table." % m, "list_marker")
for u in ("亿元", "万张", "万人", "万户", "万个"):
    tall(u, "the row's unit cell (%s); the figure is the number cell after it (or the cell is empty)." % u, "vague_or_generic")
D.write("../g7-fujian-civil-affairs-2021-q2-table")
