from lib import Doc
D = Doc("../o20-gansu-red-cross-2020-gzrcf.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 每日甘肃 (2021-01-28) on the 2021年全省红十字工作会议, reposted by gzrcf.org: 甘肃 红十字会系统 2020 — 筹集款物 亿元, 疫情捐赠
# 亿元, 应急救护培训 万人, 救护员 万人 + 占总人口 % (`分别…5.5%和1%`), 造血干细胞 库容 万人份, 捐献 例, 器官 个, 角膜 对,
# 登记 人. Headline repeats 6.88亿元. Image file name and the clock → traps; 过去一年 → duration; 多项 ×2 → vague traps.
date("2020年", "2020", subject="年度")
D.scope = "2020年；甘肃省"
s("6.88亿元", "全省红十字会系统累计筹集款物（标题）")
date("2021-01-28", "2021-01-28", subject="发布日期")
t("16:00:32", "clock time of the post.", "vague_or_generic")
t("5f6517eca705050dfb4ff2dec18c8bd4", "image file name (page furniture).", "vague_or_generic")
date("2021年", "2021", subject="工作会议年度")
date("2020年", "2020", subject="年度")
s("6.88亿元", "全省红十字会系统累计筹集款物")
s("4.54亿元", "接受新冠疫情社会捐赠款物")
dur("一年", 1, "过去一年（2020年）")
t("多", "多项工作 (many items), vague.", "vague_or_generic")
t("多", "多项数据 (many figures), vague.", "vague_or_generic")
date("2020年底", "2020-12", subject="统计截至时间")
s("143万人", "普及性红十字应急救护培训")
s("25.81万人", "培训救护员")
s("5.5%", "应急救护培训人数占全省总人口比重")
s("1%", "救护员占全省总人口比重")
s("4.2万人份", "造血干细胞捐献有效库容", kind="count")
s("5例", "完成造血干细胞捐献", kind="count")
s("13例", "人体器官捐献", kind="count")
s("40个", "捐献大器官")
s("18对", "捐献角膜", kind="count")
s("14790人", "新登记器官捐献志愿者")
s("31906人", "累计登记遗体器官捐献志愿者")
tall("红十字", "红十字 (name of the organization).", "name_or_title")
D.write("../o20-gansu-red-cross-2020-gzrcf")
