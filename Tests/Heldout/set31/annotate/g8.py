from extra import Doc31, cell
D = Doc31("../g8-zunyi-civil-affairs-table-2024.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 遵义市民政局 statistics table (mzj.zunyi.gov.cn/…/202407/t20240729_…), flattened badly: some row labels run together with
# the next group's heading (`#养老机构 四、社会救助 城市最低生活保障 |`) and the unit and number cells fall on the next line
# (`个 | 245 |`). Table cells are figures: surface = number cell, unit/scale from the unit cell on its line; the subject is
# the row label before it. No date in the stored text: scope `2024年；遵义市` (year from the address, 2024-07); 结婚/离婚登记
# are 本年截至统计期的累计数 (the 注). `#` marks a 其中 row. 一、…七、 and the 注's 1、2、3、 → list markers.
D.scope = "2024年；遵义市"
N = "year from the page address (202407/t20240729); the period is not written."
cell(D, "一、民政事业费累计支出", "57324.8", "万元", subject="民政事业费累计支出", note="the label's line runs on into `二、乡级行政区划单位`; unit and figure on the next line. " + N)
cell(D, "#镇", "179", "个", subject="镇")
cell(D, "乡 |", "21", "个", subject="乡")
cell(D, "街道", "54", "个")
cell(D, "三、提供住宿的民政机构", "258", "个", subject="提供住宿的民政机构")
cell(D, "#养老机构", "245", "个", subject="养老机构（其中）", note="label line runs on into `四、社会救助 城市最低生活保障`; figure on the next line.")
cell(D, "最低生活保障人数", "59,395", "人", subject="城市最低生活保障人数")
cell(D, "最低生活保障人数", "240,887", "人", subject="农村最低生活保障人数")
cell(D, "城乡特困人员救助供养人数", "21,655", "人", note="label line runs on into `五、残疾人福利`; figure on the next line.")
cell(D, "享受困难残疾人生活补贴人数", "54,504", "人")
cell(D, "享受重度残疾人护理补贴人数", "68,013", "人")
cell(D, "结婚登记*", "19,215", "对", subject="结婚登记（本年累计）")
cell(D, "离婚登记*", "4,621", "对", subject="离婚登记（本年累计）", note="label line runs on into `七、社会组织`; figure on the next line.")
cell(D, "社会团体", "1,336", "个")
cell(D, "民办非企业单位", "1,504", "个")
for m in ("一、", "二、", "三、", "四、", "五、", "六、", "七、", "1、", "2、", "3、"):
    t(m, "row/note number %s." % m, "list_marker")
t("万元", "the row's unit cell (万元); the figure is the number cell after it.", "vague_or_generic", at="万元")
D.write("../g8-zunyi-civil-affairs-table-2024")
