#!/usr/bin/env python3
"""make eval, wrapped: how well the line joiner holds on text laid out as an OCR'd newspaper column.

Our users' most common input is a newspaper column run through OCR: hard line breaks anywhere — inside words,
numbers and units (44.1⏎4亿元, 城镇新增就⏎业1.2万人, 1⏎2月) — and page furniture between the lines. This script
re-wraps every plain-text gold document of `make eval` (Corpus/eval-baseline.json, `.txt` documents only) at a column
width of N characters and scores the extractor on it exactly as on the original (../shared/tools/score.py), so the
figures stand next to each other.

The wrap: each line of the document is cut into pieces of N characters (Unicode scalars), the last one shorter,
breaking anywhere; a blank line stays blank. Not a character is added or dropped but the new line feeds (a GB-encoded
file is written as UTF-8, the same characters). With --furniture, a line of page furniture (（下转第2版）, a lone page
number, 责任编辑：王某) is inserted after every 40th line of the wrapped text, wherever that falls — mostly in the middle
of a sentence, as in a scanned page.

Gold records, traps and the scored line range follow the text: a record sits where its surface stands on its gold
line. Ambiguities are resolved so: the k-th record of a line with a given surface (gold file order) takes the k-th
place the surface is written on that line, preferring places not inside a longer number (5% is not found inside
15%); a surface written with whitespace the gold squashed is found with whitespace skipped; a surface not found at all
(rare: counted as `unplaced` in the output) takes the start of its line. A scored range A:B becomes the first new line
of line A to the last new line of line B.

Usage: wrap_eval.py [--width 10,14,17,22] [--furniture] [--keep DIR] [-v DOC-SUBSTRING] [--explain [DOC]] [--update]
--keep DIR keeps the wrapped documents, gold and traps (DIR/w17/NAME/); -v prints the scorer's misses and extras
of the documents whose name holds DOC-SUBSTRING.
--explain [DOC-SUBSTRING] classes what wrapping loses against the unwrapped text, per width: each gold figure the
extractor finds unwrapped but misses wrapped (LOST), finds with a right subject unwrapped but a wrong one wrapped
(SUBJ), or with another qualifier (QUAL), and each extra figure wrapping adds (EXTRA); each classed by where the
column's nearest line break falls (inside the figure, right before or after it, in the words before it) and the
characters either side of it. A table of counts, then one line per case with the wrapped text around it (⏎).
Without --width it explains the variants of Corpus/wrap-baseline.json.
Without --width it runs the widths of Corpus/wrap-baseline.json and its furniture variant, and exits 1 when a
group's total falls below its floor there (CI: `make eval`). --update writes the floors from this run.
"""
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate  # noqa: E402  (its paths, scorer parsing and micro-averaging)

ROOT = evaluate.ROOT
FURNITURE = ["（下转第2版）", "3", "责任编辑：王某", "本版编辑 李明", "- 4 -", "（上接第1版）"]
FURNITURE_EVERY = 40


def read_text(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def wrap(text, width, furniture):
    """The wrapped text, `where(line, col) -> new line` (both 1-based line numbers, col 0-based), `last(line)` (the
    new line of a line's last piece) and `offset(line, col)` (the character's offset in the wrapped text)."""
    lines = text.split("\n")
    out, starts = [], []  # starts[i]: index in `out` of each piece of line i
    kinds = 0
    for line in lines:
        pieces = [line[k:k + width] for k in range(0, len(line), width)] or [""]
        idx = []
        for p in pieces:
            idx.append(len(out))
            out.append(p)
            if furniture and len(out) % (FURNITURE_EVERY + 1) == FURNITURE_EVERY:
                out.append(FURNITURE[kinds % len(FURNITURE)])
                kinds += 1
        starts.append(idx)

    def where(line, col):
        idx = starts[min(max(line, 1), len(starts)) - 1]
        return idx[min(col // width, len(idx) - 1)] + 1

    def last(line):
        return starts[min(max(line, 1), len(starts)) - 1][-1] + 1

    begins, o = [], 0  # begins[k]: offset of out[k] in the wrapped text
    for piece in out:
        begins.append(o)
        o += len(piece) + 1

    def offset(line, col):
        """Offset in the wrapped text of the character at (line, col) of the original (--explain)."""
        idx = starts[min(max(line, 1), len(starts)) - 1]
        k = min(col // width, len(idx) - 1)
        return begins[idx[k]] + col - k * width

    return "\n".join(out), where, last, offset


def squash(s):
    return "".join(s.split())


def find_on_line(line_text, rest_text, surface):
    """Start columns of `surface` on its line (it may run on past the line end: `rest_text` is the text from
    the line start), places not inside a longer number first."""
    if not surface:
        return []
    exact, inner = [], []
    k = rest_text.find(surface)
    while 0 <= k < len(line_text):
        before = rest_text[k - 1] if k else ""
        after = rest_text[k + len(surface)] if k + len(surface) < len(rest_text) else ""
        in_number = (before.isdigit() or before == ".") and surface[0].isdigit() \
            or (after.isdigit() and surface[-1].isdigit())
        (inner if in_number else exact).append(k)
        k = rest_text.find(surface, k + 1)
    if exact or inner:
        return exact + inner
    # Whitespace the gold squashed: match on the line with spaces skipped, mapped back to columns.
    cols = [i for i, c in enumerate(rest_text[:len(line_text) + 200]) if not c.isspace()]
    flat = "".join(rest_text[i] for i in cols)
    want = squash(surface)
    found, k = [], flat.find(want) if want else -1
    while k >= 0 and cols[k] < len(line_text):
        found.append(cols[k])
        k = flat.find(want, k + 1)
    return found


def place(records, text_lines, offsets, text):
    """Each record's column on its line (see the module doc); returns (columns, unplaced count)."""
    seen, cols, unplaced = {}, [], 0
    for r in records:
        ln = int(r["line"])
        if not 1 <= ln <= len(text_lines):
            cols.append(0)
            unplaced += 1
            continue
        key = (ln, r.get("surface") or "")
        k = seen.get(key, 0)
        seen[key] = k + 1
        found = find_on_line(text_lines[ln - 1], text[offsets[ln - 1]:], key[1])
        if found:
            cols.append(found[min(k, len(found) - 1)])
        else:
            cols.append(0)
            unplaced += 1
    return cols, unplaced


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def write_jsonl(records, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def wrapped_case(entry, width, furniture, tmp):
    """Writes the wrapped document, gold, traps; returns (entry for evaluate.score, unplaced count)."""
    text = read_text(evaluate.resolve(entry["document"]))
    lines = text.split("\n")
    offsets, o = [], 0
    for l in lines:
        offsets.append(o)
        o += len(l) + 1
    new_text, where, last, _ = wrap(text, width, furniture)
    base = os.path.join(tmp, entry["name"].replace("/", "_"))
    os.makedirs(base, exist_ok=True)
    out = dict(entry, document=os.path.join(base, os.path.basename(entry["document"]).replace("shared:", "")))
    with open(out["document"], "w", encoding="utf-8") as f:
        f.write(new_text)
    unplaced = 0
    for key in ("gold", "traps"):
        if not entry.get(key):
            continue
        recs = load_jsonl(evaluate.resolve(entry[key]))
        cols, miss = place(recs, lines, offsets, text)
        unplaced += miss if key == "gold" else 0
        for r, c in zip(recs, cols):
            if r.get("line") is not None:
                r["line"] = where(int(r["line"]), c)
        out[key] = os.path.join(base, key + ".jsonl")
        write_jsonl(recs, out[key])
    if entry.get("lines"):
        lo, hi = (int(x) for x in entry["lines"].split(":"))
        out["lines"] = f"{where(lo, 0)}:{last(hi)}"
    return out, unplaced


def text_entries(baseline):
    return [e for e in baseline["documents"] if e["document"].endswith(".txt")]


def run_variant(entries, width, furniture, verbose, pool, keep=None):
    def scored(tmp):
        cases = [wrapped_case(e, width, furniture, tmp) for e in entries]
        return list(pool.map(lambda c: evaluate.score(c[0], bool(verbose) and verbose in c[0]["name"]), cases)), \
            sum(u for _, u in cases)
    if keep:
        return scored(os.path.join(keep, f"w{width}{'-furn' if furniture else ''}"))
    with tempfile.TemporaryDirectory(prefix="gongbao-wrap-") as tmp:
        return scored(tmp)


def totals(rows):
    """(F1, subject, qualifier, gold) micro-averaged as evaluate.total_row prints them."""
    tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    subj = sum(r["subject"] * r["tp"] for r in rows) / tp if tp else 0.0
    qual = sum(r["qualifier"] * r["tp"] for r in rows) / tp if tp else 0.0
    return f1, subj, qual, sum(r["gold"] for r in rows)


def group_totals(entries, rows):
    groups = {}
    for e, r in zip(entries, rows):
        groups.setdefault(e.get("group", "gold"), []).append(r)
    out = {g: totals(rs) for g, rs in groups.items()}
    out["all"] = totals(rows)
    return out


def scorer():
    """shared/tools/score.py as a module: its value, unit, subject and qualifier comparisons."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", os.path.join(evaluate.SHARED, "tools", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(doc):
    run = subprocess.run([evaluate.BINARY, "extract", doc, "--format", "jsonl"], capture_output=True, text=True)
    return [json.loads(l) for l in run.stdout.splitlines() if l.strip()]


def match(sc, gold, pred):
    """score.py's matching: gold index → pred index (a value and unit on the same line or one off, first free)."""
    used, out = set(), {}
    for gi, g in enumerate(gold):
        gv, gu = sc.num(g["value"]), sc.unit_of(g.get("unit"))
        best = None
        for i, p in enumerate(pred):
            if i in used or p.get("line") is None or abs(int(p["line"]) - int(g["line"])) > 1:
                continue
            pv = sc.num(p.get("value"))
            if pv is None or gv is None or abs(pv - gv) > 1e-9 * max(1.0, abs(gv)):
                continue
            if gu is not None and sc.unit_of(p.get("unit")) != gu:
                continue
            best = i
            if int(p["line"]) == int(g["line"]):
                break
        if best is not None:
            used.add(best)
            out[gi] = best
    return out, [p for i, p in enumerate(pred) if i not in used]


def char_class(c):
    if not c:
        return "^"
    if c.isdigit():
        return "9"
    if c in ".,:-%‰、，：（）()":
        return c
    if "\u3400" <= c <= "\u9fff":
        return "字" if c not in "余多万亿千百十个人元家项户吨次年月日" else c
    if c.isalpha():
        return "A"
    return "·"


def break_class(line_text, col, length, width):
    """Where the column's nearest line break falls around a figure at `col` (its surface `length` long)."""
    breaks = [b for b in range(width, len(line_text), width)]
    inside = [b for b in breaks if col < b < col + length]
    if inside:
        b = inside[0]
        return f"inside {char_class(line_text[b - 1])}|{char_class(line_text[b])}"
    if col in breaks:
        return f"opens line ({char_class(line_text[col - 1])}|{char_class(line_text[col])})"
    after = [b for b in breaks if col + length <= b <= col + length + 2]
    if after:
        return f"after +{after[0] - col - length} ({char_class(line_text[after[0] - 1])}|{char_class(line_text[after[0]])})"
    before = [b for b in breaks if col - 12 <= b < col]
    if before:
        b = before[-1]
        return f"before -{col - b}"
    return "no break near"


def explain(entries, width, furniture, only):
    sc = scorer()
    cases = []
    with tempfile.TemporaryDirectory(prefix="gongbao-explain-") as tmp:
        for e in entries:
            if only and only not in e["name"]:
                continue
            text = read_text(evaluate.resolve(e["document"]))
            lines = text.split("\n")
            offsets, o = [], 0
            for l in lines:
                offsets.append(o)
                o += len(l) + 1
            new_text, where, last, offset = wrap(text, width, furniture)
            doc = os.path.join(tmp, "doc.txt")
            with open(doc, "w", encoding="utf-8") as f:
                f.write(new_text)
            gold = [g for g in load_jsonl(evaluate.resolve(e["gold"])) if sc.is_quantity(g)]
            if e.get("lines"):
                lo, hi = (int(x) for x in e["lines"].split(":"))
                gold = [g for g in gold if lo <= int(g["line"]) <= hi]
            cols, _ = place(gold, lines, offsets, text)
            wgold = [dict(g, line=where(int(g["line"]), c)) for g, c in zip(gold, cols)]
            plain, wrapped = predict(evaluate.resolve(e["document"])), predict(doc)
            if e.get("lines"):
                lo, hi = (int(x) for x in e["lines"].split(":"))
                plain = [p for p in plain if p.get("line") is not None and lo <= int(p["line"]) <= hi]
                wlo, whi = where(lo, 0), last(hi)
                wrapped = [p for p in wrapped if p.get("line") is not None and wlo <= int(p["line"]) <= whi]
            mu, xu = match(sc, gold, plain)
            mw, xw = match(sc, wgold, wrapped)

            def ctx(g, c):
                ln = int(g["line"])
                surf = g.get("surface") or ""
                a = offset(ln, c)
                b = offset(ln, min(c + len(surf), len(lines[ln - 1])))
                return new_text[max(0, a - 14):b + 6].replace("\n", "⏎")

            for gi, g in enumerate(gold):
                if gi not in mu:
                    continue
                ln, c = int(g["line"]), cols[gi]
                where_ = break_class(lines[ln - 1], c, len(g.get("surface") or "x"), width)
                pu = plain[mu[gi]]
                if gi not in mw:
                    cases.append(("LOST", where_, e["name"], g, pu.get("subject"), None, ctx(g, c)))
                    continue
                pw = wrapped[mw[gi]]
                if sc.char_f1(pu.get("subject"), g.get("subject")) >= 0.5 > sc.char_f1(pw.get("subject"), g.get("subject")):
                    cases.append(("SUBJ", where_, e["name"], g, pu.get("subject"), pw.get("subject"), ctx(g, c)))
                elif sc.quals(g) == sc.quals(pu) != sc.quals(pw):
                    cases.append(("QUAL", where_, e["name"], g, pu.get("qualifier"), pw.get("qualifier"), ctx(g, c)))
            seen = {}
            for p in xu:
                k = (str(p.get("value")), p.get("unit"))
                seen[k] = seen.get(k, 0) + 1
            wl = new_text.split("\n")
            for p in xw:
                k = (str(p.get("value")), p.get("unit"))
                if seen.get(k, 0):
                    seen[k] -= 1
                    continue
                ln = int(p.get("line") or 1)
                around = "⏎".join(wl[max(0, ln - 2):ln + 1])
                cases.append(("EXTRA", "-", e["name"], {"line": ln, "surface": p.get("surface"), "subject": ""},
                              None, p.get("subject"), around))
    return cases


def print_explain(width, furniture, cases):
    label = f"w={width}{' +furn' if furniture else ''}"
    counts = {}
    for kind, where_, *_ in cases:
        counts[(kind, where_)] = counts.get((kind, where_), 0) + 1
    print(f"\n== {label}: what wrapping loses against the unwrapped text ({len(cases)} cases)")
    for (kind, where_), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:5d}  {kind:5} {where_}")
    print()
    for kind, where_, name, g, before, after, context in sorted(cases, key=lambda c: (c[0], c[1], c[2])):
        print(f"{label} {kind:5} {where_:18} {name}:{g['line']} {g.get('surface')!r} gold={g.get('subject')!r} "
              f"unwrapped={before!r} wrapped={after!r} | {context}")


def main():
    argv = sys.argv[1:]
    if "--explain" in argv:
        k = argv.index("--explain")
        only = argv[k + 1] if k + 1 < len(argv) and not argv[k + 1].startswith("--") else None
        with open(os.path.join(ROOT, "Corpus", "eval-baseline.json"), encoding="utf-8") as f:
            entries = text_entries(json.load(f))
        if "--width" in argv:
            variants = [(int(w), "--furniture" in argv) for w in argv[argv.index("--width") + 1].split(",")]
        else:
            with open(os.path.join(ROOT, "Corpus", "wrap-baseline.json"), encoding="utf-8") as f:
                variants = [(v["width"], v.get("furniture", False)) for v in json.load(f)["variants"]]
        for w, furn in variants:
            print_explain(w, furn, explain(entries, w, furn, only))
        return 0
    verbose = argv[argv.index("-v") + 1] if "-v" in argv else None
    keep = os.path.abspath(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    if not os.path.isfile(os.path.join(evaluate.SHARED, "tools", "score.py")):
        print(f"wrapped eval: skipped: {evaluate.SHARED}/tools/score.py not found (the shared folder is absent)")
        return 0
    if not os.access(evaluate.BINARY, os.X_OK):
        raise SystemExit(f"{evaluate.BINARY}: error: not built; run `make build` first")
    with open(os.path.join(ROOT, "Corpus", "eval-baseline.json"), encoding="utf-8") as f:
        entries = text_entries(json.load(f))
    floors_path = os.path.join(ROOT, "Corpus", "wrap-baseline.json")
    floors = json.load(open(floors_path, encoding="utf-8")) if os.path.isfile(floors_path) else {"variants": []}
    if "--width" in argv:
        widths = [int(w) for w in argv[argv.index("--width") + 1].split(",")]
        variants = [(w, "--furniture" in argv) for w in widths]
    else:
        variants = [(v["width"], v.get("furniture", False)) for v in floors["variants"]]

    workers = max(1, min(4, os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        plain = group_totals(entries, list(pool.map(lambda e: evaluate.score(e, False), entries)))
        results = []
        for width, furn in variants:
            rows, unplaced = run_variant(entries, width, furn, verbose, pool, keep)
            results.append((width, furn, group_totals(entries, rows), unplaced))

    names = list(plain)
    print(f"wrapped eval: {len(entries)} plain-text documents; F1 / subject / qualifier, unwrapped → wrapped")
    head = f"{'group':12} {'gold':>5} {'unwrapped':>20}" + "".join(
        f" {('w=%d' % w) + (' +furn' if f else ''):>20}" for w, f, _, _ in results)
    print(head)
    print("-" * len(head))
    for g in names:
        f1, s, q, n = plain[g]
        line = f"{g:12} {n:5d} {f1:6.3f} {s:6.3f} {q:6.3f}"
        for _, _, t, _ in results:
            line += " {:6.3f} {:6.3f} {:6.3f}".format(*t[g][:3])
        print(line)
    print("unplaced gold records (mapped to their line start): "
          + ", ".join(f"w={w}{'+furn' if f else ''}: {u}" for w, f, _, u in results))

    if "--update" in argv:
        floors = {"variants": []}
        for w, f, t, _ in results:
            floors["variants"].append({"width": w, "furniture": f, "floors": {
                g: {"min_f1": round(v[0] - 0.005, 3), "min_subject": round(v[1] - 0.01, 3),
                    "min_qualifier": round(v[2] - 0.01, 3)} for g, v in t.items()}})
        with open(floors_path, "w", encoding="utf-8") as fh:
            json.dump(floors, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(f"updated floors in {os.path.relpath(floors_path, ROOT)}")
        return 0
    failed = []
    for w, f, t, _ in results:
        spec = next((v for v in floors["variants"] if v["width"] == w and v.get("furniture", False) == f), None)
        if not spec:
            continue
        for g, fl in spec["floors"].items():
            got = t.get(g)
            for i, key in enumerate(("min_f1", "min_subject", "min_qualifier")):
                if got and got[i] + 1e-9 < fl[key]:
                    failed.append(f"w={w}{'+furn' if f else ''} {g}: {key[4:]} {got[i]:.3f} below the floor {fl[key]:.3f}")
    for line in failed:
        print(f"{os.path.relpath(floors_path, ROOT)}: error: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
