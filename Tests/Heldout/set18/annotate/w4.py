from lib import Doc
D = Doc("../w4-shanxi-population-sample-survey-2021-repost-trad.txt")
s, t, date, tall = D.s, D.t, D.date, D.tall
# 2021年山西省人口變動情況抽樣調查主要數據公報 (山西日報, traditional-script repost on cnchangtuo.com). Stocks at 年末
# `2021年末；山西省` (per city `2021年末；太原市` …), births/deaths/rates of the year `2021年；山西省`, the survey's
# sample sizes `2021年；山西省（抽樣調查）`. 萬人 → 人 ×10⁴; units AS WRITTEN (個, 個千分點). 減少/下降 → down,
# 增加/上升 → up; 出生率/死亡率/比重 → levels; 自然增長率 -0.26‰ → signed level, no direction.
YE, Y, SMP = "2021年末；山西省", "2021年；山西省", "2021年；山西省（抽樣調查）"
def c(x, subj, sc, unit="auto", d=None): return s(x, subj, unit=unit, kind="count", scope=sc, d=d)
date("2021年", "2021", subject="公報年份")
date("2022-03-22 06:08:57", "2022-03-22", subject="發布時間")
date("2021年", "2021", subject="公報年份（轉載摘要）")
date("2021年", "2021", subject="調查年度", note="2021年度.")
t("多", "多階段 (multi-stage sampling): 多 is not an approximator.", "approximator_lookalike")
c("11個", "抽樣覆蓋的市", SMP)
c("117個", "抽樣覆蓋的縣（市、區）", SMP)
c("1308個", "抽取的鄉（鎮、街道）", SMP)
c("5391個", "抽取的村（居）委會", SMP)
c("31.45萬個", "抽取的住戶", SMP)
c("78.43萬人", "調查登記常住人口", SMP)
date("2021年11月1日零時", "2021-11-01", subject="調查標準時間")
t("1", "section number 1 常住人口.", "list_marker", at="如下:1")
date("2021年", "2021", subject="年末")
c("3480.48萬人", "全省常住人口", YE)
c("10.02萬人", "常住人口比上年減少", YE, d="down")
s("0.29%", "常住人口減少", d="down", scope=YE)
t("2", "section number 2 人口自然增長.", "list_marker", at="2 人口")
date("2021年", "2021", subject="年末")
c("24.64萬人", "出生人口", Y)
c("4.16萬人", "出生人口比上年減少", Y, d="down")
s("7.06‰", "出生率", scope=Y)
s("1.20個千分點", "出生率比上年下降", value=1.2, unit="個千分點", kind="percent", d="down", scope=Y)
c("25.54萬人", "死亡人口", Y)
c("1.06萬人", "死亡人口比上年增加", Y, d="up")
s("7.32‰", "死亡率", scope=Y)
s("0.30個千分點", "死亡率比上年上升", value=0.3, unit="個千分點", kind="percent", d="up", scope=Y)
s("-0.26‰", "人口自然增長率", value=-0.26, unit="‰", kind="percent", scope=Y, note="signed level, no direction.")
s("1.50個千分點", "人口自然增長率比上年下降", value=1.5, unit="個千分點", kind="percent", d="down", scope=Y)
t("3", "section number 3 地區分布.", "list_marker", at="3 地區")
date("2021年", "2021", subject="年末")
for city, v in (("太原市", "539.10萬人"), ("大同市", "309.87萬人"), ("陽泉市", "131.10萬人"), ("長治市", "315.17萬人"),
                ("晉城市", "218.86萬人"), ("朔州市", "159.03萬人"), ("晉中市", "339.00萬人"), ("運城市", "473.32萬人"),
                ("忻州市", "266.32萬人"), ("臨汾市", "391.24萬人"), ("呂梁市", "337.47萬人")):
    c(v, city + "常住人口", "2021年末；" + city)
t("4", "section number 4 年齡構成.", "list_marker", at="4 年齡")
date("2021年", "2021", subject="年末")
AB = "age class bound, not a quantity; preferred not extracted (as sets 11 r1 and 14 t4)."
t("0—14歲", AB, "vague_or_generic", ambiguous=True)
c("554.08萬人", "0—14歲人口", YE)
s("15.92%", "0—14歲人口占常住人口比重", scope=YE)
t("15—64歲", AB, "vague_or_generic", ambiguous=True)
c("2450.33萬人", "15—64歲人口", YE)
s("70.40%", "15—64歲人口占常住人口比重", scope=YE)
t("15—59歲", AB, "vague_or_generic", ambiguous=True)
c("2254.31萬人", "15—59歲人口", YE)
s("64.77%", "15—59歲人口占常住人口比重", scope=YE)
t("65歲及以上", AB, "vague_or_generic", ambiguous=True)
c("476.07萬人", "65歲及以上人口", YE)
t("13.68", "the store stops inside the clause (占常住人口的13.68…, almost surely 13.68%): unit unknown in the text; either reading acceptable, gold does not extract it.",
  "vague_or_generic", ambiguous=True)
tall("統一", "統一部署 (unified arrangement): 一 is not a count.", "vague_or_generic")
D.write("../w4-shanxi-population-sample-survey-2021-repost-trad")
