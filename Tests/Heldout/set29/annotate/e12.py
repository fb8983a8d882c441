from lib import Doc
D = Doc("../e12-national-greening-bulletin-2022-xinhua-chuzhou-trad.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# 新華社 2023-03-12 on the 《2022年中國國土綠化狀況公報》 (全国绿化委员会办公室), traditional, as kept by 滁州日報's site with
# its footer (the spam lines after the footer are left out). 億公頃/萬公頃 → 公頃 ×10⁸/×10⁴ (measure, unit as written);
# 萬億元 → 元 ×10¹²; 萬名 → 名 ×10⁴; 萬噸 → 噸. `近10萬公里`, `近120萬名` → approx (近 in the surface); `100余個` →
# approx_more; `茶油年產量有望突破100萬噸` → [target, approx_more] (as 預計…將突破, set 28 d9). `第45個植樹節` → ordinal.
# Footer numbers (copyright years, 備案 numbers, 熱線電話) → name traps. `生態美百姓富` (a slogan) → 百 trap.
D.scope = "2022年；全國"
YR = "year from the page address (2023/0313)."
def m(surf, subj, v, unit="公頃", **k): return s(surf, subj, value=v, unit=unit, kind="measure", **k)
m("2.31億公頃", "我國森林面積（标题）", 231000000)
date("3月12日", "2023-03-12", subject="电讯日期", note=YR)
date("3月12日", "2023-03-12", subject="植樹節日期", note=YR)
ordn("第45個", 45, "植樹節屆次", unit="個")
date("2022年", "2022", subject="公報年度")
m("2.31億公頃", "我國森林面積", 231000000)
s("24.02%", "森林覆蓋率")
m("2.65億公頃", "草地面積", 265000000)
s("50.32%", "草原綜合植被蓋度")
date("2022年", "2022", subject="年度")
m("383萬公頃", "全國完成造林", 3830000)
m("321.4萬公頃", "種草改良", 3214000)
m("184.73萬公頃", "治理沙化、石漠化土地", 1847300)
s("262個", "“互聯網+全民義務植樹”盡責活動", kind="count")
s("26個", "授予“國家森林城市”稱號的城市", kind="count")
s("218個", "全國國家森林城市數量", kind="count")
s("100余個", "開展國家園林城市建設的城市", kind="count", q="approx_more")
s("3520個", "全國各地建設“口袋公園”", kind="count")
m("近10萬公里", "全年完成公路綠化里程", 100000, unit="公里", q="approx")
s("87.32%", "鐵路線路綠化率")
date("2022年", "2022", subject="年度")
t("百", "生態美百姓富 (a slogan; 百姓 = the people), not a number.", "slogan_count")
s("近120萬名", "全國各級林長", value=1200000, unit="名", kind="count", q="approx")
m("1384.6萬公頃", "完成草原有害生物防治", 13846000)
s("8.37萬億元", "全年林草產業總產值")
m("13.33萬公頃", "全年完成油茶種植", 133300)
m("26.67萬公頃", "油茶改造", 266700)
m("100萬噸", "茶油年產量（有望突破）", 1000000, unit="噸", q=["target", "approx_more"],
  note="茶油年產量有望突破100萬噸: expectation (target) of passing (approx_more).")
t("2009-2010", "footer: Copyright?2009-2010 (copyright years of the site).", "name_or_title")
t("3412015001", "footer: 皖網宣備 registration number.", "name_or_title")
t("11004325號-1", "footer: 皖ICP備 registration number.", "name_or_title")
t("0550-3022685", "footer: 熱線電話 (telephone number).", "name_or_title")
D.write("../e12-national-greening-bulletin-2022-xinhua-chuzhou-trad")
