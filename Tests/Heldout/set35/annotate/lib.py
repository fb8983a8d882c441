"""Annotation helper: statements are written by hand in document order; this only finds the line
where each hand-written surface occurs (scanning forward from the previous statement), converts the
surface's digits and scale words to a base value when no value is given, and writes the JSONL."""
import json, re, sys
from decimal import Decimal

FW = str.maketrans({**{c: d for c, d in zip("０１２３４５６７８９．％－萬億", "0123456789.%-万亿")}, ",": None})
MONEY = {"元", "美元"}
COUNT = {"戶", "家数",  "人", "个", "家", "项", "户", "台", "件", "辆", "人次", "场次", "名", "片", "期", "套", "列", "批", "条", "次", "届", "所", "座", "对", "起", "宗", "头", "只", "册", "双", "张", "处", "名", "头", "条", "种", "类", "场", "张"}
MEASURE = {"千公顷", "吨", "千瓦", "公里", "亩", "度", "标准量", "MW", "平方米", "天", "立方米", "年", "岁", "千瓦时", "重量箱", "斤", "万亩"}


def parse(surface):
    s = "".join(surface.split()).translate(FW)
    m = re.match(r"^([-+]?\d+(?:\.\d+)?)(.*)$", s)
    if not m:
        raise ValueError(f"cannot parse {surface!r}")
    num, rest = Decimal(m.group(1)), m.group(2)
    for w in ("余", "多"):
        if rest.startswith(w):
            rest = rest[1:]
    for sc, mul in (("万亿", Decimal(10**12)), ("亿", Decimal(10**8)), ("万", Decimal(10**4))):
        if rest.startswith(sc):
            num *= mul
            rest = rest[len(sc):]
            break
    for w in ("余", "多"):
        if rest.startswith(w):
            rest = rest[1:]
    for w in ("及以上", "以上", "左右"):
        if rest.endswith(w):
            rest = rest[: -len(w)]
    unit = rest or None
    v = int(num) if num == num.to_integral_value() else float(num)
    return v, unit


def kind_of(unit):
    if unit in ("%", "‰", "个百分点"):
        return "percent"
    if unit in MONEY:
        return "money"
    if unit == "倍":
        return "ratio"
    if unit in MEASURE:
        return "measure"
    if unit in COUNT:
        return "count"
    raise ValueError(f"no default kind for unit {unit!r}")


class Doc:
    def __init__(self, path, encoding="utf-8"):
        self.text = open(path, encoding=encoding).read()
        self.pos = 0
        self.tpos = 0
        self.items, self.traps = [], []
        self.scope = None

    def line_at(self, off):
        return self.text.count("\n", 0, off) + 1

    def seek(self, needle):
        """Move the statement cursor to the first occurrence of needle (a landmark) at or after it."""
        i = self.text.find(needle, self.pos)
        if i < 0:
            sys.exit(f"landmark not found: {needle!r}")
        self.pos = i

    def find(self, surface, start):
        i = self.text.find(surface, start)
        # a surface that starts with a digit must not start inside a longer number (7亿元 in 6.87亿元)
        while i > 0 and surface[:1].isdigit() and (self.text[i - 1].isdigit() or self.text[i - 1] in ".-"
                                                    or (self.text[i - 1] == "," and self.text[i - 2:i - 1].isdigit())):
            i = self.text.find(surface, i + 1)
        if i < 0:
            sys.exit(f"surface not found after {start} (line {self.line_at(start)}): {surface!r}")
        return i

    def s(self, surface, subject, value=None, unit="auto", kind=None, q=None, scope="default", d=None,
          note=None, vmax=None):
        i = self.find(surface, self.pos)
        self.pos = i + 1
        if value is None:
            value, u = parse(surface)
            if unit == "auto":
                unit = u
        elif unit == "auto":
            unit = parse(surface)[1]
        if kind is None:
            kind = kind_of(unit)
        rec = {"id": f"s{len(self.items) + 1}", "line": self.line_at(i), "surface": surface,
               "subject": subject, "value": value, "unit": unit, "kind": kind, "qualifier": q,
               "scope": self.scope if scope == "default" else scope}
        if d:
            rec["direction"] = d
        if vmax is not None:
            rec["value_max"] = vmax
        if note:
            rec["note"] = note
        self.items.append(rec)
        return rec

    def date(self, surface, value, subject="日期", unit="年", note=None, q=None):
        return self.s(surface, subject, value=value, unit=unit, kind="date", q=q, scope=None, note=note)

    def dur(self, surface, value, subject, unit="年", q=None, note=None):
        return self.s(surface, subject, value=value, unit=unit, kind="duration", q=q, scope=None, note=note)

    def ordn(self, surface, value, subject, unit=None, note=None):
        return self.s(surface, subject, value=value, unit=unit, kind="ordinal", scope=None, note=note)

    def t(self, surface, why, category, ambiguous=False, gold_surface=None, at=None):
        """A look-alike; found scanning forward from the trap cursor (or from landmark `at`)."""
        start = self.tpos if at is None else self.find(at, 0)
        i = self.find(surface, start)
        self.tpos = i + 1
        rec = {"_o": i, "id": f"t{len(self.traps) + 1}", "line": self.line_at(i), "surface": surface, "why": why,
               "category": category, "ambiguous": ambiguous}
        if gold_surface:
            g = [r for r in self.items if r["surface"] == gold_surface and r["line"] == rec["line"]]
            if len(g) != 1:
                sys.exit(f"gold_id for trap {surface!r}: {len(g)} candidates")
            rec["gold_id"] = g[0]["id"]
        self.traps.append(rec)

    def tall(self, surface, why, category, ambiguous=False):
        """Every occurrence of surface in the document is a trap (same reading each time)."""
        i = self.text.find(surface)
        while i >= 0:
            self.traps.append({"_o": i, "id": "t", "line": self.line_at(i), "surface": surface, "why": why,
                               "category": category, "ambiguous": ambiguous})
            i = self.text.find(surface, i + 1)

    def write(self, stem):
        with open(stem + ".jsonl", "w", encoding="utf-8") as f:
            for r in self.items:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        self.traps.sort(key=lambda r: r["_o"])
        for r in self.traps:
            del r["_o"]
        with open(stem + ".traps.jsonl", "w", encoding="utf-8") as f:
            for n, r in enumerate(self.traps, 1):
                r["id"] = f"t{n}"
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(stem, len(self.items), "statements", len(self.traps), "traps")
