from lib import Doc
D = Doc("../v3-beijing-civil-affairs-march-2022-table.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 北京市民政局 (mzj.beijing.gov.cn, 政务公开>统计信息): 2022年社会服务统计3月份报表, a flattened table
# 指标名称 | 单位 | 数量 whose cells run together: label, unit (scale) then figure (亿元30.4, 万人7.1, 元/人·月1,245.0).
# Table cells are figures: scale and unit come from the row's unit (gold README). The surface is the unit cell
# and the figure together (万人7.1), so the scale character is inside it. Rows without a unit cell (镇143,
# 社区服务站7,149) are counts with unit null. Stocks: scope 2022年3月；北京市; 累计支出 (January–March) 2022年1—3月.
# The figures carry no qualifier (a monthly report's outcomes).
M, Q = "2022年3月；北京市", "2022年1—3月；北京市"
T = "table cell: unit/scale from the row's 单位 cell written before the figure (README: table cells are figures)."
date("2022年", "2022", subject="报表年度")
date("3月份", "2022-03", subject="报表月份", note="year from the same title.")
date("2022-04-18 16:54", "2022-04-18", subject="发布日期", note="time 16:54 kept in the surface.")
t("一、", "section number 一、 (table row group).", "list_marker")
s("亿元30.4", "民政事业费累计支出（1—3月）", value=3040000000, unit="元", kind="money", scope=Q, note=T)
t("二、", "section number 二、.", "list_marker")
D.scope = M
R = "row without a unit cell: a count, unit null."
s("143", "乡级行政区划单位：镇", unit=None, kind="count", note=R)
s("35", "乡级行政区划单位：乡", unit=None, kind="count", note=R)
s("165", "乡级行政区划单位：街道", unit=None, kind="count", note=R)
t("三、", "section number 三、.", "list_marker")
t("1.", "row number 1. (提供住宿的民政机构).", "list_marker")
s("617", "提供住宿的民政机构", unit=None, kind="count", note=R + " The figure is separated from its label by spaces.")
s("586", "提供住宿的民政机构：养老机构", unit=None, kind="count", note=R)
s("1", "提供住宿的民政机构：精神疾病服务机构", unit=None, kind="count", note=R)
s("11", "提供住宿的民政机构：儿童福利和救助保护机构", unit=None, kind="count", note=R)
s("19", "提供住宿的民政机构：其他提供住宿机构", unit=None, kind="count", note=R)
t("2.", "row number 2. (提供住宿的民政机构床位).", "list_marker")
s("万张11.8", "提供住宿的民政机构床位", value=118000, unit="张", kind="count", note=T)
s("万张11.3", "养老机构床位", value=113000, unit="张", kind="count", note=T)
t("万张", "精神疾病服务机构床位万张: the row's unit cell with an empty figure cell; no quantity.", "vague_or_generic",
  at="精神疾病服务机构床位万张")
s("万张0.3", "儿童福利和救助保护机构床位", value=3000, unit="张", kind="count", note=T)
s("万张0.2", "其他提供住宿机构床位", value=2000, unit="张", kind="count", note=T)
t("四、", "section number 四、.", "list_marker")
s("万人7.1", "城市最低生活保障人数", value=71000, unit="人", kind="count", note=T)
s("万户4.2", "城市最低生活保障户数", value=42000, unit="户", kind="count", note=T)
s("元/人·月1,245.0", "城市最低生活保障平均标准（每人每月）", value=1245, unit="元", kind="money",
  note=T + " 元/人·月: money, unit 元, the denominator in the subject (as 每人每月630元 in earlier sets); comma-grouped.")
s("万人3.8", "农村最低生活保障人数", value=38000, unit="人", kind="count", note=T)
s("万户2.3", "农村最低生活保障户数", value=23000, unit="户", kind="count", note=T)
s("元/人·年14,940.0", "农村最低生活保障平均标准（每人每年）", value=14940, unit="元", kind="money",
  note=T + " 元/人·年: money, unit 元, the denominator in the subject; comma-grouped.")
s("万人0.1", "城市特困人员救助供养人数", value=1000, unit="人", kind="count", note=T)
s("万人0.5", "农村特困人员救助供养人数", value=5000, unit="人", kind="count", note=T)
s("万人次0.2", "生活无着的流浪乞讨人员救助", value=2000, unit="人次", kind="count", note=T)
s("万人次0.3", "临时救助", value=3000, unit="人次", kind="count", note=T)
t("五、", "section number 五、.", "list_marker")
s("16", "社区服务指导中心", unit=None, kind="count", note=R)
s("190", "社区服务中心", unit=None, kind="count", note=R)
s("7,149", "社区服务站", unit=None, kind="count", note=R + " Comma-grouped.")
s("1,155", "社区专项服务机构和设施", unit=None, kind="count", note=R + " Comma-grouped.")
t("六、", "section number 六、.", "list_marker")
s("万人11.8", "享受困难残疾人生活补贴人数", value=118000, unit="人", kind="count", note=T)
s("万人9.6", "享受重度残疾人护理补贴人数", value=96000, unit="人", kind="count", note=T)
t("七、", "section number 七、.", "list_marker")
s("万人0.1", "孤儿", value=1000, unit="人", kind="count", note=T)
s("万人0.1", "集中养育孤儿", value=1000, unit="人", kind="count", note=T)
D.write("../v3-beijing-civil-affairs-march-2022-table")
