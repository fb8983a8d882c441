from lib import Doc
from tradlib import M as _M
D = Doc("../l20-medical-insurance-bulletin-2022-trad-spam-duocaiyimin.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
M = lambda *a, **k: _M(D, *a, **k)
# 人民日報 (孫秀艷) on the 2022年全國醫療保障事業發展統計公報, reposted by a spam site (duocaiyimin.com, 2023-07-13):
# traditional with pinyin glosses, a spam keyword line at the top, and two garbled byte runs (`醫(yī)?;鹗杖?0128.90億元`,
# `醫(yī)?;甬?dāng)期結(jié)存`) — kept. The first eats the leading digit of 居民醫保基金收入 (10128.90億元 in the bulletin):
# `0128.90億元` is an AMBIGUOUS trap without gold (what is printed is not the figure). `參保率穩定在95%以上` → approx_more.
t("91", "spam keyword line (超91在线).", "name_or_title")
t("91", "spam keyword line (91av).", "name_or_title")
t("二", "spam keyword line (在线视频二区).", "name_or_title")
t("一", "spam keyword line (专区一).", "name_or_title")
t("一区二区三区", "spam keyword line.", "name_or_title")
date("2022年", "2022", subject="公報年度（標題）")
M("4.26萬億元", "醫保基金累計結存", scope="2022年底；全國")
date("7月12日", "2023-07-12", subject="電頭日期", note="year from the page address (2023/0713): the 2022 bulletin came out in July 2023.")
date("2022年", "2022", subject="公報年度")
date("2022年底", "2022", subject="統計時點")
D.scope = "2022年底；全國"
M("134592萬人", "全國基本醫療保險參保人數")
s("95%以上", "基本醫療保險參保率", q="approx_more", note="參保率穩定在95%以上.")
date("2022年", "2022", subject="統計年度")
D.scope = "2022年；全國"
M("30922.17億元", "基本醫療保險（含生育保險）基金總收入")
s("7.6%", "基金總收入比上年增長", d="up")
M("24597.24億元", "基本醫療保險基金總支出")
s("2.3%", "基金總支出比上年增長", d="up")
M("6324.93億元", "基本醫療保險基金當期結存")
M("42639.89億元", "基本醫療保險基金累計結存", scope="2022年底；全國")
M("13712.65億元", "職工基本醫療保險個人賬戶累計結存", scope="2022年底；全國")
date("2022年底", "2022", subject="統計時點")
M("36243萬人", "職工醫保參保人數", scope="2022年底；全國")
M("813萬人", "職工醫保參保人數比上年增加", d="up", scope="2022年底；全國")
M("20793.27億元", "職工醫保基金（含生育保險）收入")
s("9.4%", "職工醫保基金收入比上年增長", d="up")
M("15243.80億元", "職工醫保基金支出")
s("3.3%", "職工醫保基金支出比上年增長", d="up")
date("2022年底", "2022", subject="統計時點")
M("98349萬人", "城鄉居民基本醫療保險人數", scope="2022年底；全國")
date("2022年", "2022", subject="統計年度")
t("0128.90億元", "居民醫保基金收入 with its leading digit eaten by a garbled byte run (10128.90億元 in the bulletin): "
  "the printed figure is wrong; extraction or omission acceptable.", "vague_or_generic", True)
s("4.2%", "居民醫保基金收入比上年增長", d="up")
M("9353.44億元", "居民醫保基金支出")
s("0.6%", "居民醫保基金支出比上年增長", d="up")
date("2022年", "2022", subject="統計年度")
M("775.46億元", "居民醫保基金當期結存")
M("7534.13億元", "居民醫保基金累計結存", scope="2022年底；全國")
D.write("../l20-medical-insurance-bulletin-2022-trad-spam-duocaiyimin")
