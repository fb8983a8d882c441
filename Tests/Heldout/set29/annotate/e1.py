from lib import Doc
D = Doc("../e1-nbs-rd-funding-2022-askci-szsme-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 中商产业研究院 summary (2023-09-19) of the 2022 全国科技经费投入统计公报 (国家统计局/科技部/财政部), traditional, as
# reposted on a Shenzhen SME portal. R&D 经费 by activity type (基础研究/应用研究/试验发展) and by performer (企业/政府属研究
# 机构/高等学校/其他). 億元 → 元 ×10⁸; 萬元 → 元 ×10⁴. 比上年增加/增长/提高/提升 → up; 比上年下降 → down; bare 增长N% after a
# figure → up. 投入强度 (与GDP之比) and 所占比重 → levels/shares. The store stops at `政府屬研究機構、高`.
D.scope = "2022年；全國"
PP = "個百分點"
date("2022年", "2022", subject="年份（标题）")
date("2023-09-19", "2023-09-19", subject="发布日期")
t("1728", "page furniture: the page's view counter under the date line.", "vague_or_generic")
date("2022年", "2022", subject="统计年度")
t("一、", "section number 一、研究與試驗發展(R&D)經費情況.", "list_marker")
date("2022年", "2022", subject="统计年度")
s("30782.9億元", "研究與試驗發展(R&D)經費")
s("2826.6億元", "R&D經費比上年增加", d="up")
s("10.1%", "R&D經費增長", d="up")
s("2.54%", "R&D經費投入強度（與國內生產總值之比）", note="投入强度 = R&D经费/GDP: a level.")
s("0.11個百分點", "R&D經費投入強度比上年提高", unit=PP, kind="percent", d="up")
s("48.4萬元", "按R&D人員全時工作量計算的人均經費")
s("0.5萬元", "人均經費比上年下降", d="down")
s("2023.5億元", "基礎研究經費")
s("11.4%", "基礎研究經費比上年增長", d="up")
s("3482.5億元", "應用研究經費")
s("10.7%", "應用研究經費增長", d="up")
s("25276.9億元", "試驗發展經費")
s("9.9%", "試驗發展經費增長", d="up")
s("6.57%", "基礎研究經費所占比重")
s("0.07個百分點", "基礎研究經費比重比上年提升", unit=PP, kind="percent", d="up")
s("11.3%", "應用研究經費所占比重", note="應用研究和試驗發展經費所占比重分別為11.3%和82.1%.")
s("82.1%", "試驗發展經費所占比重")
s("23878.6億元", "各類企業R&D經費")
s("11.0%", "企業R&D經費比上年增長", d="up")
s("3814.4億元", "政府屬研究機構經費")
s("2.6%", "政府屬研究機構經費增長", d="up")
s("2412.4億元", "高等學校經費")
s("10.6%", "高等學校經費增長", d="up")
s("677.5億元", "其他主體經費")
s("22.3%", "其他主體經費增長", d="up")
D.write("../e1-nbs-rd-funding-2022-askci-szsme-trad")
