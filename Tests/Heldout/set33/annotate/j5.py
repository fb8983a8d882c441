from lib import Doc
D = Doc("../j5-business-entities-q1-q3-2023-samr-sdenews.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 人民日报客户端 via sdenews.com (page address /html/2023/11/): 市场监管总局 前三季度 2023 经营主体. Year from the
# address and `截至2023年9月底`. `第一/二/三产业` → name traps. `40%以上` → approx_more. `分别增长7.4%、6.5%、0.1%`
# → in list order (企业, 个体工商户, 农民专业合作社).
Y = "year 2023 from the page address and 截至2023年9月底 (line 5)."
tall("第一产业", "sector name 第一产业.", "name_or_title")
tall("第二产业", "sector name 第二产业.", "name_or_title")
tall("第三产业", "sector name 第三产业.", "name_or_title")
date("11月7日", "2023-11-07", subject="发布日期", note=Y)
D.scope = "2023年前三季度；全国"
date("前三季度", "2023-01/2023-09", subject="统计期", note=Y)
s("2480.8万户", "新设经营主体")
s("12.7%", "新设经营主体同比增长", d="up")
s("751.8万户", "新设企业")
s("15.4%", "新设企业同比增长", d="up")
s("1719.6万户", "新设个体工商户")
s("11.7%", "新设个体工商户同比增长", d="up")
s("9.4万户", "新设农民专业合作社")
s("5.4%", "新设农民专业合作社同比减少", d="down")
t("一系列", "一系列 (a series of): 一 is not a number.", "idiom_or_figurative")
date("前三季度", "2023-01/2023-09", subject="统计期", note=Y)
date("前三季度", "2023-01/2023-09", subject="统计期", note=Y)
s("23.6%", "第一产业新设企业同比增长", d="up")
s("5.3%", "第二产业新设企业同比增长", d="up")
s("17.2%", "第三产业新设企业同比增长", d="up")
s("40%以上", "住宿和餐饮业新设企业同比增幅", q="approx_more", d="up")
date("前三季度", "2023-01/2023-09", subject="统计期", note=Y)
s("15.3%", "新设民营企业同比增长", d="up")
s("29.3%", "新设外资企业同比增长", d="up")
t("多种", "多种所有制 (many kinds): 多 is not an approximator.", "approximator_lookalike")
D.scope = "截至2023年9月底；全国"
date("2023年9月底", "2023-09", subject="时点")
s("1.81亿户", "登记在册经营主体")
date("2022年底", "2022", subject="比较时点")
s("6.7%", "登记在册经营主体较2022年底增长", d="up")
s("5673.7万户", "登记在册企业")
s("1.22亿户", "登记在册个体工商户")
s("224.0万户", "登记在册农民专业合作社")
s("7.4%", "企业较上年底增长", d="up")
s("6.5%", "个体工商户较上年底增长", d="up")
s("0.1%", "农民专业合作社较上年底增长", d="up")
D.write("../j5-business-entities-q1-q3-2023-samr-sdenews")
