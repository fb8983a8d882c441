from lib import Doc, parse
D = Doc("../x1-nbs-cpi-food-pork-month-zhimen.txt")
s, t, tall = D.s, D.t, D.tall
# CPI news (zhimen.com): the stored text starts at 同比看; neither the month nor the year is stated, so scopes carry
# only the comparison (同比/环比). 价格上涨/下降 a% → percent with direction; 影响CPI上涨/下降约b个百分点 → percent
# (个百分点) with direction and approx; 约 is kept in the surface (as set 11's 约4.27万公顷).
Y, H = "同比", "环比"
def pair(name, a, b, d, sc):
    s(a, name + "价格" + sc + ("上涨" if d == "up" else "下降"), d=d, scope=sc)
    v, u = parse(b)
    s("约" + b, name + "价格影响CPI" + sc, value=v, unit=u, d=d, q="approx", scope=sc)
pair("食品烟酒", "6.3%", "1.81个百分点", "up", Y)
pair("畜肉类", "28.3%", "0.91个百分点", "up", Y)
pair("猪肉", "58.1%", "0.74个百分点", "up", Y)
pair("鲜果", "16.0%", "0.26个百分点", "up", Y)
pair("禽肉类", "11.7%", "0.18个百分点", "up", Y)
pair("蛋类", "13.3%", "0.09个百分点", "up", Y)
pair("食用油", "11.2%", "0.08个百分点", "up", Y)
pair("鲜菜", "7.9%", "0.18个百分点", "down", Y)
pair("水产品", "2.0%", "0.04个百分点", "down", Y)
s("七大类", "其他（食品烟酒以外的）商品和服务大类", value=7, unit="类", kind="count", scope=Y,
  note="其他七大类; the seven are listed after it, so extracted as in corpus 007. AMBIGUOUS (also in traps).")
s("六", "同比上涨的大类", value=6, unit=None, kind="count", scope=Y, note="“六涨一降” = 6 up, 1 down. AMBIGUOUS (also in traps).")
s("一", "同比下降的大类", value=1, unit=None, kind="count", scope=Y, note="“六涨一降”: 1 down (居住). AMBIGUOUS (also in traps).")
for name, v, d in (("其他用品及服务", "2.5%", "up"), ("交通通信", "2.1%", "up"), ("生活用品服务", "1.5%", "up"),
                   ("教育文化娱乐", "1.3%", "up"), ("医疗保健", "0.7%", "up"), ("衣着", "0.6%", "up"), ("居住", "1.5%", "down")):
    s(v, name + "价格同比" + ("上涨" if d == "up" else "下降"), d=d, scope=Y)
pair("畜肉类", "6.8%", "0.26个百分点", "up", H)
pair("猪肉", "11.9%", "0.21个百分点", "up", H)
pair("鲜菜", "5.4%", "0.11个百分点", "down", H)
pair("水产品", "5.3%", "0.10个百分点", "down", H)
pair("鲜果", "4.5%", "0.09个百分点", "down", H)
s("七大类", "其他（食品烟酒以外的）商品和服务大类", value=7, unit="类", kind="count", scope=H,
  note="其他七大类 (环比). AMBIGUOUS (also in traps).")
s("四", "环比上涨的大类", value=4, unit=None, kind="count", scope=H, note="“四涨三降” = 4 up, 3 down. AMBIGUOUS (also in traps).")
s("三", "环比下降的大类", value=3, unit=None, kind="count", scope=H, note="“四涨三降”: 3 down. AMBIGUOUS (also in traps).")
for name, v, d in (("衣着", "1.2%", "up"), ("其他用品及服务", "0.6%", "up"), ("生活用品及服务", "0.4%", "up"),
                   ("教育文化娱乐", "0.2%", "up"), ("交通通信", "0.3%", "down"), ("医疗保健", "0.1%", "down"), ("居住", "0.1%", "down")):
    s(v, name + "价格环比" + ("上涨" if d == "up" else "下降"), d=d, scope=H)
t("七大类", "其他七大类 (同比): gold extracts 7 (corpus 007); omission acceptable.", "slogan_count", True, gold_surface="七大类")
t("六", "“六涨一降”: 六 = 6 categories up; gold extracts; omission acceptable.", "vague_or_generic", True, gold_surface="六")
t("一", "“六涨一降”: 一 = 1 category down; gold extracts; omission acceptable.", "vague_or_generic", True, gold_surface="一", at="六涨")
t("七大类", "其他七大类 (环比): gold extracts 7; omission acceptable.", "slogan_count", True, gold_surface="七大类", at="环比看")
t("四", "“四涨三降”: gold extracts; omission acceptable.", "vague_or_generic", True, gold_surface="四", at="环比看")
t("三", "“四涨三降”: gold extracts; omission acceptable.", "vague_or_generic", True, gold_surface="三", at="四涨")
D.write("../x1-nbs-cpi-food-pork-month-zhimen")
