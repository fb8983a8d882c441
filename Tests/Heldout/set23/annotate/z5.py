from lib import Doc
D = Doc("../z5-xian-econ-dev-zone-census-2020-communique-hongheiku.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 西安经开区第七次全国人口普查主要数据公报 (西安经济技术开发区), page of tjgb.hongheiku.com (红黑统计公报库, 人口普查公报).
# Census moment 2020-11-01 → scope `2020年11月1日；<area>` (经开区 = the whole zone; 中心区/高铁新城/泾渭新城 and the
# 街道 rows of the two tables → their own area); 2010 六普 figures → `2010年；西安经开区` (as set 14 t4). Tables are
# flattened as text rows `area number number` under `单位:人、%` / `单位:%`: cells take the unit of their column.
Z = "2020年11月1日；西安经开区"
tall("[2]", "footnote reference [2].", "list_marker")
tall("[3]", "footnote reference [3].", "list_marker")
tall("[4]", "footnote reference [4].", "list_marker")
ordn("第七次", 7, "全国人口普查次序", unit="次")
t("2020七人普", "category tag `2020七人普` of the collection site (2020 = the census year, 七 = the 7th census).", "name_or_title")
ordn("第七次", 7, "全国人口普查次序", unit="次")
date("2020年11月1日零时", "2020-11-01", subject="普查标准时点", note="surface includes 零时 (00:00).")
t("一、", "section number 一、全区常住人口情况.", "list_marker")
t("(一)", "list marker (一).", "list_marker")
D.scope = Z
s("550411人", "常住人口")
t("(二)", "list marker (二).", "list_marker")
date("2010年", "2010", subject="比较年度（六普）")
ordn("第六次", 6, "全国人口普查次序", unit="次")
s("220554人", "常住人口（2010年六普）", scope="2010年；西安经开区")
dur("10年", 10, "两次普查间隔")
s("329857人", "常住人口10年共增加", d="up")
s("1.5倍", "常住人口10年增长", d="up", note="增长1.5倍: a multiple of growth (ratio, unit 倍) with direction up.")
s("9.6%", "常住人口年平均增长率", note="年平均增长率为 (a rate stated as a level), no direction.")
t("(三)", "list marker (三).", "list_marker")
s("183261户", "家庭户")
s("25249户", "集体户")
s("458425人", "家庭户人口")
s("91986人", "集体户人口")
s("2.50人", "平均每个家庭户的人口")
t("(四)", "list marker (四).", "list_marker")
s("545581人", "汉族人口")
s("99.12%", "汉族人口占常住人口的比重")
s("4830人", "各少数民族人口")
s("0.88%", "各少数民族人口占常住人口的比重")
t("二、", "section number 二、全区常住人口分布情况.", "list_marker")
s("434532人", "中心区人口", scope="2020年11月1日；中心区")
s("78.95%", "中心区人口占全区比重", scope="2020年11月1日；中心区")
s("91061人", "高铁新城人口", scope="2020年11月1日；高铁新城")
s("16.54%", "高铁新城人口占全区比重", scope="2020年11月1日；高铁新城")
s("24818人", "泾渭新城人口", scope="2020年11月1日；泾渭新城")
s("4.51%", "泾渭新城人口占全区比重", scope="2020年11月1日；泾渭新城")
t("表2-1", "table number 表2-1 (caption), not a quantity.", "list_marker")
date("2020年", "2020", subject="表头年份", note="table column header 2020年.")
ROWS = [("全区", "550411", "100", "西安经开区"), ("中心区", "434532", "78.95", "中心区"),
        ("张家堡街道", "206084", "37.44", "张家堡街道"), ("徐家湾街道", "48943", "8.89", "徐家湾街道"),
        ("大明宫街道", "24380", "4.43", "大明宫街道"), ("未央宫街道", "18596", "3.38", "未央宫街道"),
        ("汉城街道", "136529", "24.80", "汉城街道"), ("高铁新城", "91061", "16.54", "高铁新城"),
        ("草滩街道", "33345", "6.06", "草滩街道"), ("六村堡街道", "57716", "10.49", "六村堡街道"),
        ("泾渭新城", "24818", "4.51", "泾渭新城"), ("姬家街道", "24818", "4.51", "姬家街道")]
for name, n, share, area in ROWS:
    D.seek(name + " " + n)
    sc = "2020年11月1日；" + area
    s(n, name + "常住人口（表2-1）", value=int(n), unit="人", kind="count", scope=sc, note="table cell; unit 人 from 单位:人、%.")
    s(share, name + "人口占全区比重（表2-1）", value=float(share) if "." in share else int(share), unit="%", kind="percent", scope=sc)
t("三、", "section number 三、人口性别构成情况.", "list_marker")
t("(一)", "list marker (一).", "list_marker")
s("284258人", "男性人口")
s("51.64%", "男性人口占常住人口比重")
s("266153人", "女性人口")
s("48.36 %", "女性人口占常住人口比重", value=48.36, unit="%", note="a space before % as stored.")
t("100", "(以女性为100,…): base of the sex ratio; extraction acceptable, preferred not (as set 14 t4).", "vague_or_generic", ambiguous=True)
s("106.80", "常住人口性别比（女性为100）", value=106.8, unit=None, kind="ratio")
t("(二)", "list marker (二).", "list_marker")
s("101.97", "中心区常住人口性别比", value=101.97, unit=None, kind="ratio", scope="2020年11月1日；中心区")
s("125.38", "高铁新城常住人口性别比", value=125.38, unit=None, kind="ratio", scope="2020年11月1日；高铁新城")
s("134.09", "泾渭新城常住人口性别比", value=134.09, unit=None, kind="ratio", scope="2020年11月1日；泾渭新城")
t("表3-1", "table number 表3-1 (caption), not a quantity.", "list_marker")
for name, m, f, r, area in [("全区", "51.64", "48.36", "106.80", "西安经开区"), ("中心区", "50.49", "49.51", "101.97", "中心区"),
                            ("张家堡街道", "51.27", "48.73", "105.21", "张家堡街道")]:
    D.seek(name + " " + m)
    sc = "2020年11月1日；" + area
    s(m, name + "男性占总人口比重（表3-1）", value=float(m), unit="%", kind="percent", scope=sc, note="table cell; 单位:%; the header 占总人口比重 spans the 男/女 columns.")
    s(f, name + "女性占总人口比重（表3-1）", value=float(f), unit="%", kind="percent", scope=sc)
    s(r, name + "性别比（表3-1）", value=float(r), unit=None, kind="ratio", scope=sc, note="性别比 column (女性=100); unit null.")
tall("六村堡", "六村堡街道 (a place name): 六 is not a number.", "name_or_title")
D.write("../z5-xian-econ-dev-zone-census-2020-communique-hongheiku")
