from lib import Doc
D = Doc("../d15-hainan-employment-2017-epaper-summary-hndaily.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 海南日报 e-paper 2018-04-13 (news.hndaily.cn/html/2018-04/13/content_6_5.htm): the stored text is the page's summary block
# (提要 lines set as on the printed page, two items per line separated by a space) on 海南 就业 in 2017. Scope `2017年；海南省`
# (我省 = 海南, the paper's province; year from `2017年末` and the issue date). `以平均每年3%的速度增长` → percent up (an
# average annual growth). `累计超过万名` → count 10,000 名, approx_more (超过 outside the surface); 名 → 人 for the scorer's
# alias, kept as written. 亿元 → 元 ×10⁸.
D.scope = "2017年；海南省"
s("3%", "全省从业人员总量年平均增长", d="up", note="以平均每年3%的速度增长.")
date("2017年末", "2017", subject="时点（年末）", note="年末 dates → the year (as set 13).")
s("583.06万人", "全省从业人员总量", value=5830600, unit="人", kind="count", scope="2017年末；海南省")
s("51.4万人", "城镇新增就业", value=514000, unit="人", kind="count")
s("58.6万人", "农村劳动力转移就业", value=586000, unit="人", kind="count")
s("17.8万人", "失业人员再就业", value=178000, unit="人", kind="count")
s("5.5万人", "就业困难人员实现就业", value=55000, unit="人", kind="count")
s("325家", "建成就业见习基地", kind="count", scope="海南省", note="建成…325家: a cumulative count (no period written).")
s("万名", "参加就业见习的离校未就业高校毕业生（累计超过）", value=10000, unit="名", kind="count", q="approx_more", scope="海南省",
  note="累计超过万名: 万 alone = 10,000; 超过 → approx_more (outside the surface).")
s("31.6万人", "重点群体职业培训", value=316000, unit="人", kind="count")
s("2.4亿元", "职业培训补贴", value=240000000, unit="元", kind="money")
D.write("../d15-hainan-employment-2017-epaper-summary-hndaily")
