from lib import Doc
D = Doc("../l19-district-old-compounds-2022-3dmxku.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A district's 2022 老旧小区改造 paragraph (district not named; 河东/河西/中华街道), stored by 3dmxku.com after `不拆`.
# `其中河东街道1个小区、河西街道2个小区和中华街道17个小区` → parts of the 20. 栋 → count.
date("2022年", "2022", subject="实施年度")
D.scope = "2022年；本区"
s("26个", "实施改造的老旧小区")
s("52.5万平方米", "老旧小区改造面积")
s("20个", "进行改造维修的老旧小区")
s("1个", "河东街道改造维修小区")
s("2个", "河西街道改造维修小区")
s("17个", "中华街道改造维修小区")
s("46栋", "改造涉及居民住宅楼", kind="count")
s("1585户", "改造涉及居民")
s("13.66万平方米", "改造涉及建筑面积")
D.write("../l19-district-old-compounds-2022-3dmxku")
