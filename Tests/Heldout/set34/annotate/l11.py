from lib import Doc
from tradlib import M as _M
D = Doc("../l11-province-h1-agriculture-glossed-51pingpong.txt")
s, t, date, dur, ordn, tall = D.s, D.t, D.date, D.dur, D.ordn, D.tall
M = lambda *a, **k: _M(D, *a, **k)
# The 農業 paragraph of a province's 上半年 economic release (province and year not written), traditional script with
# pinyin glosses (`增長(zhǎng)`). 6月末 (no year) → `--06`. 萬畝/萬噸 → measure; 萬頭/萬只 → count; 公斤/畝 → measure.
D.scope = "上半年；全省"
s("987億元", "全省農林牧漁業增加值", value=98700000000, unit="元", kind="money")
s("3.4%", "農林牧漁業增加值同比增長", d="up")
M("517萬畝", "蔬菜種植面積"); s("1.0%", "蔬菜種植面積增長", d="up")
M("4.9萬噸", "淡水捕撈產量"); s("13.0%", "淡水捕撈產量下降", d="down")
M("52.7萬噸", "淡水養殖水產品產量"); s("1.9%", "淡水養殖水產品產量增長", d="up")
M("15.2萬噸", "禽蛋產量"); s("4.5%", "禽蛋產量下降", d="down")
date("6月末", "--06", subject="統計時點", note="year not written.")
M("620.9萬頭", "生豬存欄", scope="6月末；全省"); s("5.8%", "生豬存欄增長", d="up", scope="6月末；全省")
M("8110.7萬只", "家禽存欄", scope="6月末；全省"); s("5.6%", "家禽存欄下降", d="down", scope="6月末；全省")
M("416.7萬頭", "生豬出欄"); s("17.7%", "生豬出欄增長", d="up")
M("9962.3萬只", "家禽出欄"); s("3.4%", "家禽出欄下降", d="down")
M("73.1萬噸", "夏糧總產量"); s("11.9%", "夏糧總產量增長", d="up")
M("275.4萬畝", "夏糧播種面積"); s("10.5%", "夏糧播種面積增長", d="up")
M("265.3公斤/畝", "夏糧單產"); s("1.2%", "夏糧單產增長", d="up")
D.write("../l11-province-h1-agriculture-glossed-51pingpong")
