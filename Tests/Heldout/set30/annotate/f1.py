from lib import Doc
D = Doc("../f1-a-share-ipo-2020-cls-apdnews.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 财联社 2020-09-05 on A股 IPO (the year is not written; 2010年-2020年 and 中芯国际's 科创板 IPO date it to 2020).
# 今年/截至9月4日 totals → scope `2020年；A股`; 去年 → `2019年；A股`; 2010 figures → `2010年；A股`.
# `逾千亿元` → 1000亿元 approx_more, 逾 in the surface (as 逾一成, set 28). `比去年全年多482.63亿元` → up.
# `创10年新高` → duration 10年. `8家企业` → count. `单月`, `单日`, `同日`: no numeral.
Y = "year 2020 not written: the article reviews 2020's IPOs (2010年-2020年, 中芯国际's 2020 listing)."
A = "2020年；A股"
D.scope = A
date("9月5日", "2020-09-05", subject="发布日期", note=Y)
date("4日", "2020-09-04", subject="证监会消息日期", note=Y)
s("8家", "证监会核准首发申请企业", scope="2020年9月；A股")
date("9月4日", "2020-09-04", subject="截至日期", note=Y)
s("3121.33亿元", "今年A股IPO募集资金总额")
s("2532.48亿元", "去年全年A股IPO募集资金总额", scope="2019年；A股")
dur("10年", 10, "IPO募资金额创新高的年数", note="创10年新高: a span of years, not a date.")
date("2010年", "2010", subject="历史新高年份")
s("4855亿元", "A股IPO融资记录（历史新高）", scope="2010年；A股")
date("2010年", "2010", subject="农业银行IPO年份")
s("221亿美元", "农业银行A、H股首次公开发行募集资金总额", scope="2010年；农业银行")
s("685.29亿元", "农业银行A股融资总额", scope="2010年；农业银行", note="685.29亿元人民币: 人民币 after the unit, outside the surface.")
date("2010年", "2010", subject="大型企业IPO年份")
s("240家", "今年A股实现IPO企业")
s("203家", "去年A股首发家数", scope="2019年；A股")
s("13家", "今年A股被实施退市企业")
s("13家", "被实施暂停上市企业")
date("2010年-2020年", "2010/2020", subject="图表期间")
date("8月", "2020-08", subject="标题月份", note=Y)
date("8月份", "2020-08", subject="统计起点（8月份以来）", note=Y)
s("63家", "8月份以来首发企业", scope="2020年8月；A股")
date("7月份", "2020-07", subject="月份", note=Y)
s("逾千亿元", "7月份A股IPO募资", value=100000000000, unit="元", kind="money", q="approx_more", scope="2020年7月；A股",
  note="逾千亿元: more than 1000亿元; 逾 in the surface (as 逾一成, set 28).")
date("前8个月", "2020-01/2020-08", subject="统计期", note=Y)
s("3015.11亿元", "今年前8个月A股首发募集资金规模", scope="2020年1-8月；A股")
s("482.63亿元", "前8个月首发募资比去年全年多", d="up", scope="2020年1-8月；A股")
date("8月20日", "2020-08-20", subject="过会日期", note=Y)
s("12家", "同日过会IPO上会企业", scope="2020年8月20日；A股")
s("532.3亿元", "中芯国际IPO募资（绿鞋行使后）", scope="2020年；中芯国际")
date("6月1日", "2020-06-01", subject="科创板上市申请获受理日期", note=Y)
t("近日", "近日 (recently): 近 not an approximator", "approximator_lookalike")
t("零", "零部件: part of a company name", "name_or_title")
t("一", "值得一提: idiom", "idiom_or_figurative", at="值得一提")
t("多", "比去年全年多482.63亿元: 多 = more than (the comparison), not an approximator", "approximator_lookalike", at="全年多482")
D.write("../f1-a-share-ipo-2020-cls-apdnews")
