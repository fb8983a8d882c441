from lib import Doc
D = Doc("../w1-province-power-july-in-en.txt")
s, t, date, tall = D.s, D.t, D.date, D.tall
# A province's 电力运行 release for 7月 (in-en.com repost). Neither the province nor the year is named in the stored
# text: scopes say 全省; dates carry the month only (value "--07", year not stated; dates are not scored).
# 亿千瓦时 → 千瓦时 ×10⁸, 万千瓦 → 千瓦 ×10⁴ (measure). 同比/环比增长 → up, 下降 → down; 占…比重 → share, no direction.
M, C, E = "7月；全省", "1-7月；全省", "7月末；全省"
NY = "year not stated in the stored text."
def up(x, subj, sc): return s(x, subj, d="up", scope=sc)
date("7月", "--07", subject="月份", unit="月", note=NY)
s("195.32亿千瓦时", "全省发电量", scope=M)
up("7.85%", "全省发电量同比增长", M)
date("1-7月", "--01/--07", subject="累计期", unit="月", note=NY)
s("1177.59亿千瓦时", "全省发电量（累计）", scope=C)
up("6.02%", "全省发电量（累计）同比增长", C)
date("7月", "--07", subject="月份", unit="月", note=NY)
s("137.76亿千瓦时", "全省全社会用电量", scope=M)
up("8.79%", "全省全社会用电量同比增长", M)
date("1-7月", "--01/--07", subject="累计期", unit="月", note=NY)
s("934.93亿千瓦时", "全省全社会用电量（累计）", scope=C)
up("8.59%", "全省全社会用电量（累计）同比增长", C)
t("一、", "section number 一、全省全社会用电情况.", "list_marker")
t("1.", "subsection number 1.分产业用电.", "list_marker", at="1.分产业用电")
date("7月", "--07", subject="月份", unit="月", note=NY)
for name, v, a, b in (("第一产业用电量", "1.68亿千瓦时", "19.25%", "15.94%"), ("第二产业用电量", "96.78亿千瓦时", "6.01%", "3.54%"),
                      ("第三产业用电量", "28.66亿千瓦时", "19.87%", "15.08%"), ("城乡居民生活用电量", "10.64亿千瓦时", "6.21%", "8.82%")):
    s(v, name, scope=M)
    up(a, name + "同比增长", M)
    up(b, name + "环比增长", M)
date("1-7月", "--01/--07", subject="累计期", unit="月", note=NY)
for name, v, sh, g in (("第一产业用电量", "9.97亿千瓦时", "1.07%", "16.39%"), ("第二产业用电量", "684.64亿千瓦时", "73.23%", "8.53%"),
                       ("第三产业用电量", "159.97亿千瓦时", "17.11%", "9.24%"), ("城乡居民生活用电量", "80.35亿千瓦时", "8.59%", "6.92%")):
    s(v, name + "（累计）", scope=C)
    s(sh, name + "占全社会用电比重", scope=C)
    up(g, name + "（累计）同比增长", C)
t("2.", "subsection number 2.分行业用电.", "list_marker", at="2.分行业用电")
for name, v, sh, g, dd in (("农林牧渔业用电", "41.36亿千瓦时", "4.42%", "6.13%", "up"), ("工业用电", "676.15亿千瓦时", "72.32%", "8.58%", "up"),
                           ("建筑业用电", "9.52亿千瓦时", "1.02%", "4.79%", "up"), ("交通运输、仓储和邮政业用电", "46.10亿千瓦时", "4.93%", "7.97%", "up"),
                           ("信息传输、软件和信息技术服务业用电", "10.89亿千瓦时", "1.16%", "3.75%", "down")):
    s(v, name + "（累计）", scope=C)
    s(sh, name + "占全社会用电比重", scope=C)
    s(g, name + "（累计）同比" + ("增长" if dd == "up" else "下降"), d=dd, scope=C)
t("二、", "section number 二、全省发电情况.", "list_marker")
t("1.", "subsection number 1.发电装机规模.", "list_marker", at="1.发电装机规模")
date("7月", "--07", subject="截至月底", unit="月", note="截至7月底: " + NY)
s("7487.71万千瓦", "全省发电装机容量", scope=E)
up("15.94%", "全省发电装机容量同比增长", E)
for name, v, g, sh in (("水电装机", "971.82万千瓦", "0.37%", "12.98%"), ("火电装机", "2324.62万千瓦", "0.58%", "31.05%"),
                       ("风电装机", "2217.86万千瓦", "15.30%", "29.62%"), ("太阳能装机", "1804.24万千瓦", "44.41%", "24.10%"),
                       ("储能装机", "169.17万千瓦", "2719.42%", "2.26%")):
    s(v, name, scope=E)
    up(g, name + "同比增长", E)
    s(sh, name + "占总装机比重", scope=E)
t("2.", "subsection number 2.发电量.", "list_marker", at="2.发电量")
date("7月", "--07", subject="月份", unit="月", note=NY)
s("195.32亿千瓦时", "全省发电量", scope=M, note="repeats the lead's 7月 发电量 (the store stops in this paragraph).")
up("7.85%", "全省发电量同比增长", M)
s("44.24亿千瓦时", "水电发电量", scope=M)
up("5.16%", "水电发电量同比增长", M)
s("22.65%", "水电占总发电量比重", scope=M)
for w in ("第一产业", "第二产业", "第三产业"):
    tall(w, w + " (sector name): 一/二/三 name the sector, not a quantity.", "name_or_title")
D.write("../w1-province-power-july-in-en")
