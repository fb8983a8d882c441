"""Small helper for the traditional-script and glossed texts: a surface whose scale is 萬/億 (optionally followed by a
pinyin gloss such as `萬(wàn)`) and whose unit is a measure word of those texts; value and unit are computed here and
passed to Doc.s explicitly (lib.parse does not know the traditional units)."""
import re
from decimal import Decimal
MEAS = {"噸": "measure", "吨": "measure", "公頃": "measure", "公顷": "measure", "畝": "measure", "亩": "measure",
        "斤": "measure", "公斤/畝": "measure", "公斤/公頃": "measure", "平方米": "measure", "千公頃": "measure",
        "頭": "count", "头": "count", "只": "count", "套": "count", "戶": "count", "户": "count", "個": "count",
        "个": "count", "元": "money", "%": "percent", "立方米": "measure", "人": "count", "万平方米": "measure", "平方米": "measure"}
GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)")
def val(surface):
    s = GLOSS.sub("", "".join(surface.split())).replace(",", "")
    m = re.match(r"^(\d+(?:\.\d+)?)(.*)$", s)
    num, rest = Decimal(m.group(1)), m.group(2)
    for w in ("多", "余"):
        if rest.startswith(w): rest = rest[1:]
    for sc, mul in (("萬億", 10**12), ("万亿", 10**12), ("億", 10**8), ("亿", 10**8), ("萬", 10**4), ("万", 10**4)):
        if rest.startswith(sc):
            num *= mul; rest = rest[len(sc):]; break
    for w in ("多", "余", "以上", "左右"):
        if rest.startswith(w): rest = rest[len(w):]
        if rest.endswith(w): rest = rest[: -len(w)]
    v = int(num) if num == num.to_integral_value() else float(num)
    return v, rest
def M(D, surface, subject, **kw):
    v, u = val(surface)
    kw.setdefault("kind", MEAS[u])
    return D.s(surface, subject, value=v, unit=u, **kw)
MEAS.update({"美元": "money", "SDR": "money", "盎司": "measure", "起": "count", "件": "count", "人次": "count", "名": "count"})
