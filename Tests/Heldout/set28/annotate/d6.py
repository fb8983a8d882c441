from lib import Doc
D = Doc("../d6-sasac-central-enterprises-h1-2008-xinhua-repost.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新华社 2008-07-22 item on 国务院国资委 statistics for 中央企业, 上半年 2008 (营业收入, 利润, 家数 and shares), as reposted on
# delfinoverde.com (address gnyw/2008-07/23); the repost ends with table-cell pipes ` |` / `|`. Year 2008 from the address.
# Scope `2008年上半年；中央企业`. 同比增长 → up; 增幅比上年同期提高N个百分点 → up; 同比减少 / 减幅为 → down. `占91.9%` → a
# share (no direction). `两大行业` → count 2, unit null, with an AMBIGUOUS trap (gold_id) (as 三大/四大, sets 20/26).
D.scope = "2008年上半年；中央企业"
YR = "year 2008 from the page address (gnyw/2008-07/23)."
date("7月22日", "2008-07-22", subject="电头日期", note=YR)
D.seek("委员会22日")
date("22日", "2008-07-22", subject="数据提供日期", note=YR)
s("57650.3亿元", "中央企业累计实现营业收入", value=5765030000000, unit="元", kind="money")
s("25.7%", "中央企业营业收入同比增长", d="up")
s("5.4个百分点", "营业收入增幅比上年同期提高", d="up")
s("137家", "累计实现营业收入同比增长的中央企业")
s("91.9%", "营业收入同比增长的企业占全部中央企业比重")
s("80家", "营业收入增速快于上年同期的中央企业")
s("53.7%", "营业收入增速快于上年同期的企业占比")
s("4256亿元", "中央企业实现利润", value=425600000000, unit="元", kind="money")
s("489.9亿元", "中央企业利润同比减少", value=48990000000, unit="元", kind="money", d="down")
s("10.3%", "中央企业利润减幅", d="down", note="减幅为10.3%: a decrease → down.")
s("两大", "政策性减利的行业（石油石化和电力）", value=2, unit=None, kind="count",
  note="AMBIGUOUS 两大行业 (the two big sectors, named: 石油石化和电力): count 2, unit null (as 三大, sets 20/26).")
t("两大", "两大行业 (the two sectors named before it): extraction preferred (count 2, unit null), omission acceptable.",
  "vague_or_generic", ambiguous=True, gold_surface="两大")
s("22.6%", "扣除石油石化和电力后中央企业利润同比增长", d="up")
D.write("../d6-sasac-central-enterprises-h1-2008-xinhua-repost")
