from decimal import Decimal
from lib import Doc
D = Doc("../e11-cdpf-disability-work-table-2015-2019-yearbook.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中国残疾人事业统计年鉴 (2019) table 3-1 中国残疾人事业主要业务进展情况 (2015-2019): 康复 and the start of 教育, bilingual
# rows, one line a row, five year columns 2015…2019 (`-` = no figure). Table cells are figures (gold README): scale and
# unit come from the row's unit cell — (万人) → 人 ×10⁴, (个) → 个, (人) → 人; scope = the column's year + 全国. The
# English unit label `(10,000 persons)` is the same 万人 in words → a trap each time (not a figure). The year header
# line and `(2015-2019)` → dates; `3-1` and the section numbers `1.`…`4.` → list markers. The store stops inside the
# next row's English label (`for (`).
t("3-1", "table number 3-1.", "list_marker")
date("2015-2019", "2015/2019", subject="表期（副标题）")
date("2015-2019", "2015/2019", subject="表期（英文副标题）")
date("2015-2019年", "2015/2019", subject="完成情况期间")
date("2015-2019", "2015/2019", subject="完成情况期间（英文）")
for y in range(2015, 2020):
    date(str(y), str(y), subject="列年份")
tall("10,000", "English unit label (10,000 persons) of the row, the same 万人 as the Chinese unit cell: not a figure.",
     "vague_or_generic")
tall("万人", "row unit cell (万人): the scale of the row's figures, given to each cell, not a figure itself.", "vague_or_generic")
tall("多重", "多重残疾人 (multiple disabilities), a category name.", "name_or_title")
YEARS = [2015, 2016, 2017, 2018, 2019]
def row(section, label, unit, scale, cells):
    for y, c in zip(YEARS, cells):
        if c is None:
            continue
        v = Decimal(c) * scale
        v = int(v) if v == v.to_integral_value() else float(v)
        s(c, f"{section}：{label}", value=v, unit=unit, kind="count", scope=f"{y}年；全国",
          note=None if y != YEARS[[i for i, x in enumerate(cells) if x is not None][0]] else
          f"table cell, column {y}; unit from the row's unit cell ({'万人' if scale != 1 else unit}).")
t("1.", "section number 1. 残疾人精准康复服务.", "list_marker")
R = "残疾人精准康复服务"
row(R, "视力残疾人", "人", 10000, [None, "40.0", "88.3", "120.5", "112.2"])
row(R, "听力残疾人", "人", 10000, [None, "18.5", "40.7", "66.1", "73.1"])
row(R, "言语残疾人", "人", 10000, [None, None, "4.3", "7.5", "4.4"])
row(R, "肢体残疾人", "人", 10000, [None, "135.7", "484.6", "592.3", "553.5"])
row(R, "智力残疾人", "人", 10000, [None, "23.1", "71.3", "83.8", "82.3"])
row(R, "精神残疾人", "人", 10000, [None, "62.6", "125.9", "150.8", "161.5"])
row(R, "多重残疾人", "人", 10000, [None, None, "35.5", "48.2", "46.8"])
t("2.", "section number 2. 残疾人辅助器具供应服务.", "list_marker")
row("残疾人辅助器具供应服务", "辅助器具供应", "人", 10000, [None, "132.2", "244.4", "319.1", "314.5"])
t("3.", "section number 3. 康复机构建设.", "list_marker")
row("康复机构建设", "残疾人康复机构", "个", 1, ["7111", "7858", "8334", "9036", "9775"])
row("康复机构建设", "康复机构在岗人员", "人", 10000, ["23.2", "22.3", "24.6", "25.0", "26.4"])
t("4.", "section number 4. 社区康复.", "list_marker")
row("社区康复", "开展社区康复服务的县(市、区)", "个", 1, ["2956", "2962", "2988", "2750", "2731"])
row("社区康复", "社区康复协调员", "人", 10000, ["40.6", "45.4", "47.9", "47.8", "47.8"])
t("1.", "section number 1. 学前教育 (教育).", "list_marker")
row("学前教育", "残疾人事业专项彩票公益金助学", "人", 1, ["12127", "14412", "18685", "17216", "15393"])
D.write("../e11-cdpf-disability-work-table-2015-2019-yearbook")
