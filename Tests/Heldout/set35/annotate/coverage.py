"""Every numeral character (CJK numerals incl. traditional 萬/億/兩, ASCII and fullwidth digits) and every
多/约/近 in the scored lines must lie inside some gold or trap surface on its line (a statement's surface
that spans a line break also covers its continuation at the start of the following line). Markup inside <...> of an HTML page is not text. Exit 1 when any is uncovered."""
import json, sys, os
from docs import DOCS
H = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NUM = set("一二三四五六七八九十百千万亿两零〇萬億兩壹贰叁0123456789０１２３４５６７８９多约近約")
miss = 0
for stem, ext, enc, rng in DOCS:
    lines = open(os.path.join(H, f"{stem}.{ext}"), "rb").read().decode(enc).split("\n")
    cov = [[False] * len(l) for l in lines]
    for k in ("jsonl", "traps.jsonl"):
        for l in open(os.path.join(H, f"{stem}.{k}"), encoding="utf-8"):
            r = json.loads(l); L = r["line"] - 1; parts = r["surface"].split("\n"); s = parts[0]
            i = lines[L].find(s)
            while i >= 0:
                for j in range(i, i + len(s)): cov[L][j] = True
                i = lines[L].find(s, i + 1)
            # a surface that runs over a line break also covers its continuation at the start of the next lines
            for k, part in enumerate(parts[1:], 1):
                if L + k < len(lines) and lines[L + k].startswith(part):
                    for j in range(len(part)): cov[L + k][j] = True
    lo, hi = rng or (1, len(lines))
    for n, l in enumerate(lines):
        if not (lo <= n + 1 <= hi): continue
        intag = False
        for j, c in enumerate(l):
            if ext == "html" and c in "<>":
                intag = c == "<"; continue
            if c in NUM and not cov[n][j] and not intag:
                miss += 1
                print(stem[:2], n + 1, repr(l[max(0, j - 10):j + 10]))
print("uncovered:", miss)
sys.exit(1 if miss else 0)
