from lib import Doc
from gdtransport import items
D = Doc("../o22-guangdong-transport-investment-jan-may-2017-td-gd-broken.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 广东省交通运输厅 data release (td.gd.gov.cn), 2017年1-5月 交通基础设施建设 完成投资. The stored text breaks the line inside
# the period (`2017` / `年1-5月`), kept: the date surface spans the break. 为年度计划/年计划的 % → percent, no direction;
# 同比增长/下降 → up/down. `为年计划56.3%` (no 的) likewise.
date("2017\n年1-5月", "2017-01/2017-05", subject="统计期", note="the year and 年 are split by a hard line break in the stored text.")
D.scope = "2017年1-5月；广东省"
items(D, [("全省交通基础设施建设", "461.3亿元", "40.1%", "62.7%", "up"),
          ("公路项目", "412.7亿元", "39.7%", "66.7%", "up"),
          ("高速公路", "336.9亿元", "38.9%", "85.8%", "up"),
          ("普通国省道", "20.5亿元", "27.4%", "2.8%", "down"),
          ("农村公路", "55.3亿元", "55.3%", "22.4%", "up"),
          ("港口项目", "29.3亿元", "39.1%", "11.0%", "up"),
          ("航道项目", "14.1亿元", "56.3%", "57.9%", "up"),
          ("公路客货站场项目及其他", "5.2亿元", "51.8%", "831.8%", "up")])
D.write("../o22-guangdong-transport-investment-jan-may-2017-td-gd-broken")
