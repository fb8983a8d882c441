"""Set-31 helpers on top of lib.Doc (lib.py is copied unchanged from set 30): statements may be added out of order
(e.g. every occurrence of a period word); `finish` puts them back in document order and renumbers ids."""
from lib import Doc


class Doc31(Doc):
    def s(self, *a, **k):
        rec = super().s(*a, **k)
        rec["_o"] = self.pos - 1
        return rec

    def every(self, surface, fn):
        """Call fn() with the statement cursor at each occurrence of surface."""
        i = self.text.find(surface)
        while i >= 0:
            self.pos = i
            fn()
            i = self.text.find(surface, i + 1)

    def write(self, stem):
        self.items.sort(key=lambda r: r["_o"])
        ren = {}
        for n, r in enumerate(self.items, 1):
            ren[r["id"]] = f"s{n}"
            r["id"] = f"s{n}"
            del r["_o"]
        for t in self.traps:
            if "gold_id" in t:
                t["gold_id"] = ren[t["gold_id"]]
        super().write(stem)


from decimal import Decimal

SCALE = {"万": 10**4, "亿": 10**8, "萬": 10**4, "億": 10**8}


def cell(D, label, num, unitcell, subject=None, scope="default", note=None, kind=None, unit=None):
    """A table row `label | unitcell | num |`: the surface is the number cell; unit and scale come from the unit cell
    (万张 → ×10⁴ 张, 亿元 → ×10⁸ 元, 元/人·月 → 元 with the denominator in the subject)."""
    D.seek(label)
    u = unitcell
    mul = 1
    if u and u[0] in SCALE and len(u) > 1:
        mul, u = SCALE[u[0]], u[1:]
    if u and u.startswith("元/"):
        u = "元"
    if unit is not None:
        u = unit
    v = Decimal(num.replace(",", "")) * mul
    v = int(v) if v == v.to_integral_value() else float(v)
    if kind is None:
        kind = "money" if u == "元" else ("measure" if u in ("平方米", "公里", "千瓦时") else "count")
    n = "table cell: unit and scale from the row's unit cell `%s`." % unitcell
    if "," in num:
        n += " Comma-grouped."
    if note:
        n += " " + note
    return D.s(num, subject or label, value=v, unit=u, kind=kind, scope=scope, note=n)
