from lib import Doc
D = Doc("../i3-express-bulletin-2021-trad-e2udq9.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
# A traditional-script repost (海外生活網, 2022) of the 2021年郵政行業發展統計公報 headline figures. 億件 → count 件;
# `第七次全國人口普查` → ordinal 次 (as earlier gold); `14.12億人` → count 人; `6.39個` (parcels per person per month)
# → count 個; `前15名` → AMBIGUOUS trap without gold_id (a rank class introducing a list, as 前5位); the footer
# (copyright years, ICP number, a spaced QQ number) → traps.
date("2021年", "2021", note="title of the 公报 (in 2021年郵政行業發展統計公報).")
D.scope = "2021年；全國"
date("2021年", "2021")
s("1083.0億件", "快遞服務企業業務量", kind="count")
s("29.9%", "快遞業務量同比增長", d="up")
s("10332.3億元", "快遞業務收入")
s("17.5%", "快遞業務收入同比增長", d="up")
ordn("第七次", 7, "全國人口普查次序", unit="次")
s("14.12億人", "第七次全國人口普查人口數", scope="2020年；全國", note="第七次全國人口普查 (2020) population used as the base.")
date("2021年", "2021")
s("6.39個", "全年平均每人每月快遞量", kind="count")
t("前15名", "快遞業務量前15名的城市: a rank class introducing a list of names (as 前5位); preferred not extracted.", "vague_or_generic", True)
t("2015-2022", "copyright years in the footer", "name_or_title")
t("滬ICP備2020036824號-21", "ICP licence number in the footer", "name_or_title")
t("562 66 29", "e-mail address (QQ number) in the footer", "name_or_title")
D.write("../i3-express-bulletin-2021-trad-e2udq9")
