"""Validate every gold and trap file: JSON parses, ids unique, required fields and types, each surface
occurs in the document starting at its line (LF-counted), gold_id targets exist."""
import json, sys, os
from docs import DOCS
H = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"count", "money", "percent", "ratio", "index", "measure", "date", "duration", "ordinal"}
QUALS = {None, "approx_more", "approx", "target", "at_most"}
GOLD_KEYS = {"id", "line", "surface", "subject", "value", "unit", "kind", "qualifier", "scope"}
TRAP_KEYS = {"id", "line", "surface", "why", "category", "ambiguous"}
CATS = {"idiom_or_figurative", "name_or_title", "slogan_count", "vague_or_generic", "list_marker",
        "approximator_lookalike", "title_embedded_count"}
bad = 0
def err(*a):
    global bad; bad += 1; print(*a)
for stem, ext, enc, rng in DOCS:
    text = open(os.path.join(H, f"{stem}.{ext}"), "rb").read().decode(enc)
    lines = text.split("\n")
    def at(line, surface):
        rest = "\n".join(lines[line - 1:])
        i = rest.find(surface)
        return i >= 0 and "\n" not in rest[:i]
    gold_ids = set()
    for kind in ("jsonl", "traps.jsonl"):
        recs = []
        for n, l in enumerate(open(os.path.join(H, f"{stem}.{kind}"), encoding="utf-8"), 1):
            try:
                recs.append(json.loads(l))
            except json.JSONDecodeError as e:
                err(stem, kind, n, "not JSON", e)
        ids = [r["id"] for r in recs]
        if len(ids) != len(set(ids)):
            err(stem, kind, "duplicate ids")
        for r in recs:
            need = GOLD_KEYS if kind == "jsonl" else TRAP_KEYS
            if not need <= set(r):
                err(stem, kind, r.get("id"), "missing", need - set(r))
            if not at(r["line"], r["surface"]):
                err(stem, kind, r["id"], "surface not at line", r["line"], repr(r["surface"]))
            if kind == "jsonl":
                gold_ids.add(r["id"])
                q = r["qualifier"]; qs = q if isinstance(q, list) else [q]
                if r["kind"] not in KINDS or any(x not in QUALS for x in qs):
                    err(stem, r["id"], "bad kind/qualifier")
                if r["kind"] != "date" and not isinstance(r["value"], (int, float)):
                    err(stem, r["id"], "non-numeric value")
                if r.get("direction") not in (None, "up", "down"):
                    err(stem, r["id"], "bad direction")
                if r.get("direction") and isinstance(r["value"], (int, float)) and r["value"] < 0:
                    err(stem, r["id"], "negative value with direction")
            else:
                if r["category"] not in CATS:
                    err(stem, r["id"], "bad category", r["category"])
                if r.get("gold_id") and r["gold_id"] not in gold_ids:
                    err(stem, r["id"], "dangling gold_id")
    g = [json.loads(l) for l in open(os.path.join(H, f"{stem}.jsonl"), encoding="utf-8")]
    tr = [json.loads(l) for l in open(os.path.join(H, f"{stem}.traps.jsonl"), encoding="utf-8")]
    lo, hi = rng or (1, len(lines))
    q = sum(1 for r in g if r["kind"] not in ("date", "duration", "ordinal") and lo <= r["line"] <= hi)
    print(f"{stem}: {len(g)} statements ({q} quantities in scored lines {lo}:{hi}), {len(tr)} traps "
          f"({sum(1 for r in tr if r['ambiguous'])} ambiguous), {len(text.encode(enc))} bytes, {text.count(chr(10))} LF")
print("problems:", bad)
sys.exit(1 if bad else 0)
