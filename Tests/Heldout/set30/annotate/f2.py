from lib import Doc
D = Doc("../f2-hkex-monthly-market-highlights-2023-08-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 香港交易所 Monthly Market Highlights, August 2023 (traditional). Scored lines 1:118: the bullet summary, its
# `(截止2023年8月底)`, and the first table (one cell per line between `|` lines; columns 2023年8月 / 2022年8月 / 2022年底).
# Table cells are figures (gold README): the unit comes from the row header (`(億元)` → 元 ×10⁸, `(家)`, `(隻)`); a row
# header without a unit (上市公司數目, 特殊目的收購公司權證) → unit null. `新增上市公司` under `2022年底` = the year 2022.
# The second table (from line 119: its caption is not in the store; cut at `2,16`) is not scored.
# 億元/萬億元 are Hong Kong dollars (元 as written; unit 元). Comma-grouped numbers (1,018億元, 1,371,770張) → plain values.
# `較去年同期的94億元上升30%` → the earlier level (scope 2022年1-8月) and an up change. `張合約` → count, unit 張 (the
# classifier; 合約 is what is counted, outside the surface). 首八個月 → the date range 2023-01/2023-08.
M = "2023年8月；香港交易所"
E = "2023年1-8月；香港交易所"
P = "2022年1-8月；香港交易所"
date("2023年8月底", "2023-08", subject="时点（8月底）")
s("33.1萬億元", "證券市場市價總值", scope="2023年8月底；香港交易所")
date("2023年8月", "2023-08", subject="统计月份")
date("首八個月", "2023-01/2023-08", subject="统计期（首八個月）")
s("1,018億元", "8月平均每日成交金額", scope=M)
s("1,120億元", "首八個月平均每日成交金額", scope=E)
def pair(per, subj, cur, prev, pct, unit_kind=None):
    date(per, "2023-01/2023-08", subject="统计期（首八個月）")
    if unit_kind:
        s(cur + "合約", subj, unit="張", kind="count", value=int(cur[:-1].replace(",", "")), scope=E,
          note="N張合約: unit 張; 合約 (contracts) kept in the surface so that its 約 is not read as an approximator.")
        s(prev, subj + "（去年同期）", unit="張", kind="count", value=int(prev[:-1].replace(",", "")), scope=P)
    else:
        s(cur, subj, scope=E)
        s(prev, subj + "（去年同期）", scope=P)
    s(pct, subj + "較去年同期上升", d="up", scope=E)
pair("2023年首八個月", "交易所買賣基金平均每日成交金額", "122億元", "94億元", "30%")
pair("2023年首八個月", "槓桿及反向產品平均每日成交金額", "23億元", "20億元", "15%")
pair("2023年首八個月", "期貨及期權平均每日成交量", "1,371,770張", "1,253,149張", "9%", True)
pair("2023年首八個月", "股票指數期貨平均每日成交量", "567,562張", "536,486張", "6%", True)
pair("2023年首八個月", "股票指數期權平均每日成交量", "144,982張", "108,183張", "34%", True)
pair("2023年首八個月", "股票期權平均每日成交量", "625,679張", "578,225張", "8%", True)
pair("2023年首八個月", "人民幣貨幣期貨平均每日成交量", "25,909張", "17,591張", "47%", True)
date("2023年8月8日", "2023-08-08", subject="创新高日期")
s("7,940張合約", "恒生科技指數期貨期權成交量（歷史新高）", value=7940, unit="張", kind="count", scope="2023年8月8日；香港交易所")
date("2023年8月4日", "2023-08-04", subject="创新高日期")
s("83,522張合約", "美元兌人民幣(香港)期貨成交量（歷史新高）", value=83522, unit="張", kind="count", scope="2023年8月4日；香港交易所")
date("2023年8月底", "2023-08", subject="截止时点")

# the first table
date("2023年8月", "2023-08", subject="表头列（2023年8月）")
date("2022年8月", "2022-08", subject="表头列（2022年8月）")
date("2022年底", "2022-12", subject="表头列（2022年底）")
COLS = ("2023年8月底；香港交易所", "2022年8月底；香港交易所", "2022年底；香港交易所")
FLOW = ("2023年8月；香港交易所", "2022年8月；香港交易所", "2022年；香港交易所")
ROWS = [("上市公司數目", None, "count", 1, ("2,600", "2,577", "2,597"), COLS),
        ("市價總值", "元", "money", 10**8, ("331,362", "355,907", "356,668"), COLS),
        ("新增上市公司", "家", "count", 1, ("0", "5", "90"), FLOW),
        ("上市證券", "隻", "count", 1, ("14,141", "16,625", "15,274"), COLS),
        ("特殊目的收購公司股份", "隻", "count", 1, ("5", "3", "5"), COLS),
        ("股本認股權證", "隻", "count", 1, ("1", "3", "2"), COLS),
        ("特殊目的收購公司權證", None, "count", 1, ("5", "3", "5"), COLS),
        ("衍生權證", "隻", "count", 1, ("5,819", "7,678", "6,731"), COLS),
        ("界內證", "隻", "count", 1, ("4", "42", "28"), COLS),
        ("牛熊證", "隻", "count", 1, ("3,890", "4,343", "3,979"), COLS),
        ("信託基金", "隻", "count", 1, ("187", "178", "191"), COLS),
        ("債券", "隻", "count", 1, ("1,629", "1,789", "1,735"), COLS)]
for name, unit, kind, mul, cells, scopes in ROWS:
    D.seek("\n" + name)
    for cell, sc in zip(cells, scopes):
        D.pos = D.text.find("\n" + cell + "\n", D.pos) + 1
        r = s(cell, name + "（表）", value=int(cell.replace(",", "")) * mul, unit=unit, kind=kind, scope=sc,
              note=("table cell; unit and scale from the row header" if unit else "table cell; the row header names no unit"))
        assert D.text.split("\n")[r["line"] - 1] == cell, cell
t("億元", "row header `市價總值 (億元)`: the unit and scale of the cells below, not a figure", "vague_or_generic", at="市價總值 (億元)")
D.write("../f2-hkex-monthly-market-highlights-2023-08-trad")
