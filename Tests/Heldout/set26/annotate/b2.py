from lib import Doc
D = Doc("../b2-national-day-midautumn-2020-first-four-days-tourism-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# Repost (zhishi5.com, 2020-10) of the 文旅部 figures for the first four days of the 2020 国庆中秋 holiday. The year 2020 is
# not written: from the comparison with 2019 and the page address (202010). Scopes: `2020年10月1日至4日；全国`,
# `2019年国庆假期前4日；全国`, `2020年10月1日至3日；全国`, single days `2020年10月1日；全国`…, `截至2020年10月4日12时；全国`.
# 恢复N% / 同比恢复N% / 按可比口径同比恢复N% = the level as a share of the same period of 2019 → percent, no direction
# (a ratio of levels, not a change). Headline `超3000亿` → money 3000亿 with 元 supplied (unit not written), approx_more.
Y = "year 2020 not written: from the 2019 comparison and the page address (202010)."
s("4.25亿人次", "国庆中秋假期过半出游人次（标题）", scope="2020年10月1日至4日；全国")
s("3000亿", "国庆中秋假期过半旅游收入（标题，超）", value=300000000000, unit="元", kind="money", q="approx_more",
  scope="2020年10月1日至4日；全国", note="超3000亿: 超 → approx_more; the unit 元 is not written (supplied, as set 24 u3).")
date("10月4日", "2020-10-04", subject="发布日期", note=Y)
date("10月1日至4日", "2020-10-01/2020-10-04", subject="统计期", note=Y)
D.scope = "2020年10月1日至4日；全国"
s("4.25亿人次", "全国接待国内游客")
s("3120.2亿元", "实现旅游收入")
date("2019年", "2019", subject="比较年度")
date("2019年", "2019", subject="比较年度")
dur("前4日", 4, "国庆假期统计天数（2019年）", unit="日")
D.scope = "2019年国庆假期前4日；全国"
s("5.42亿人次", "2019年国庆假期前4日接待国内游客")
s("4526.3亿元", "2019年国庆假期前4日国内旅游收入")
dur("前4日", 4, "国庆假期统计天数", unit="日")
s("78.41%", "国庆假期前4日接待国内游客人次恢复程度（较2019年同期）", scope="2020年10月1日至4日；全国",
  note="恢复78.41% = 4.25/5.42 of 2019: a level, no direction.")
dur("前三天", 3, "长假统计天数", unit="天")
date("10月1日至3日", "2020-10-01/2020-10-03", subject="统计期", note=Y)
D.scope = "2020年10月1日至3日；全国"
s("3.16亿人次", "累计接待国内游客")
s("77.5%", "国内游客人次同比恢复程度")
s("2312.3亿元", "旅游收入")
s("68.4%", "旅游收入同比恢复程度")
for day, vals in (("1", [("0.97亿人次", "接待国内游客"), ("73.8%", "接待国内游客按可比口径同比恢复程度"),
                          ("766.5亿元", "实现旅游收入"), ("68.9%", "旅游收入按可比口径同比恢复程度")]),
                  ("2", [("1.08亿人次", "接待国内游客"), ("80.3%", "接待国内游客同比恢复程度"),
                          ("765.1亿元", "实现国内旅游收入"), ("69.5%", "国内旅游收入同比恢复程度")]),
                  ("3", [("1.11亿人次", "接待游客"), ("78.2%", "接待游客同比恢复程度"),
                          ("780.7亿元", "旅游收入"), ("66.8%", "旅游收入同比恢复程度")])):
    date(f"10月{day}日", f"2020-10-0{day}", subject="日期", note=Y)
    D.scope = f"2020年10月{day}日；全国"
    for surf, subj in vals:
        s(surf, subj)
date("10月4日12时", "2020-10-04", subject="截至时点", note="截至10月4日12时; " + Y)
t("十一", "十一长假 (the National Day holiday's name, 1 October).", "name_or_title")
ordn("第4天", 4, "十一长假天次", unit="天")
D.scope = "截至2020年10月4日12时；全国"
s("3.16亿人次", "全国共接待游客", note="the same figure as the 10月1日至3日 total (line 4), as printed.")
s("78.2%", "旅游人次同比恢复程度")
s("66.8%", "旅游收入同比恢复程度")
dur("前四天", 4, "长假统计天数", unit="天")
dur("三天", 3, "有雨的未来天数", unit="天", note="未来三天有雨 (a forecast span).")
dur("前四天", 4, "国庆中秋假期统计天数", unit="天")
t("长三角", "长三角 (a region's name).", "name_or_title")
t("珠三角", "珠三角 (a region's name).", "name_or_title")
s("一起", "重大道路交通事故（吉林松原）", value=1, unit="起", kind="count", scope="2020年10月1日至4日；吉林松原",
  note="AMBIGUOUS 发生一起重大道路交通事故: one accident (count 1 起); 一起 also reads 'together'.")
t("一起", "一起 = one (accident) here, but the word also means 'together': extraction preferred (gold), omission acceptable.",
  "vague_or_generic", ambiguous=True, gold_surface="一起")
D.write("../b2-national-day-midautumn-2020-first-four-days-tourism-repost")
