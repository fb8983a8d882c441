#!/usr/bin/env python3
"""make eval: score Gongbao's extraction against hand-checked gold, per document and in total.

For each document listed in Corpus/eval-baseline.json it runs `gongbao extract DOC --format jsonl`, scores the
output with the team's scorer (../shared/tools/score.py, the judge of extraction), and prints precision,
recall and F1 of quantities, subject and qualifier accuracy and non-ambiguous traps hit. Totals are micro-
averaged (summed tp/fp/fn; subject and qualifier weighted by matches), one per group of documents (`group` in the
baseline: the gold of the shared corpus, and each held-out set kept in Tests/Heldout) and one over all. Exits 1
when a document falls below one of its floors in the baseline (F1, subject, qualifier, traps: trafilatura's eval
gate), so CI notices an accuracy regression.

Skips with a message (exit 0) when ../shared is absent: the tests of the project never need it.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("GONGBAO_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
BINARY = os.environ.get("GONGBAO", os.path.join(ROOT, ".build", "release", "gongbao"))
SCORE_LINE = re.compile(r"quantity P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| subject=([\d.]+) \| "
                        r"qualifier=([\d.]+) \| traps_hit=(\d+)")
COUNT_LINE = re.compile(r"gold=(\d+) pred=(\d+) tp=(\d+) fp=(\d+) fn=(\d+)")


def resolve(path):
    """Paths in the baseline are relative to the repo; `shared:` ones to the shared folder."""
    if path.startswith("shared:"):
        return os.path.join(SHARED, path[len("shared:"):])
    return os.path.join(ROOT, path) if not os.path.isabs(path) else path


def score(entry, verbose):
    doc = resolve(entry["document"])
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as pred:
        run = subprocess.run([BINARY, "extract", doc, "--format", "jsonl"], stdout=pred,
                             stderr=subprocess.PIPE, text=True)
    if run.returncode not in (0,):
        sys.stderr.write(run.stderr)
        raise SystemExit(f"{doc}: error: gongbao extract exited {run.returncode}")
    args = [sys.executable, os.path.join(SHARED, "tools", "score.py"), "--pred", pred.name,
            "--gold", resolve(entry["gold"])]
    if entry.get("traps"):
        args += ["--traps", resolve(entry["traps"])]
    if entry.get("lines"):
        args += ["--lines", entry["lines"]]
    if verbose:
        args.append("-v")
    out = subprocess.run(args, capture_output=True, text=True)
    os.unlink(pred.name)
    if verbose:
        sys.stdout.write("".join(l + "\n" for l in out.stdout.splitlines()[:-2]))
    counts, summary = COUNT_LINE.search(out.stdout), SCORE_LINE.search(out.stdout)
    if not counts or not summary:
        raise SystemExit(f"{entry['gold']}: error: scorer printed no summary:\n{out.stdout}{out.stderr}")
    gold, pred_n, tp, fp, fn = map(int, counts.groups())
    p, r, f1, subj, qual = map(float, summary.groups()[:5])
    return dict(name=entry["name"], gold=gold, tp=tp, fp=fp, fn=fn, P=p, R=r, F1=f1, subject=subj,
                qualifier=qual, traps=int(summary.group(6)))


# The floors a document of the baseline may carry: (baseline key, row field, label).
FLOORS = [("min_f1", "F1", "F1"), ("min_subject", "subject", "subject accuracy"),
          ("min_qualifier", "qualifier", "qualifier accuracy")]


def total_row(label, rows):
    """One micro-averaged line: tp/fp/fn summed, subject and qualifier weighted by matches."""
    tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    subj = sum(r["subject"] * r["tp"] for r in rows) / tp if tp else 0.0
    qual = sum(r["qualifier"] * r["tp"] for r in rows) / tp if tp else 0.0
    traps = sum(r["traps"] for r in rows)
    print(f"{label[:44]:44} {sum(r['gold'] for r in rows):5d} {p:6.3f} {rc:6.3f} {f1:6.3f} "
          f"{subj:6.3f} {qual:6.3f} {traps:5d}")


def main():
    if "--wrap" in sys.argv:
        # The same gold re-wrapped as an OCR'd newspaper column of N characters: scripts/wrap_eval.py.
        import wrap_eval
        width = sys.argv[sys.argv.index("--wrap") + 1]
        sys.argv = [sys.argv[0], "--width", width] + [a for a in sys.argv[1:] if a == "--furniture"]
        return wrap_eval.main()
    verbose = "-v" in sys.argv
    update = "--update" in sys.argv
    if not os.path.isfile(os.path.join(SHARED, "tools", "score.py")):
        print(f"make eval: skipped: {SHARED}/tools/score.py not found (the shared folder is absent)")
        return 0
    if not os.access(BINARY, os.X_OK):
        raise SystemExit(f"{BINARY}: error: not built; run `make build` first")
    baseline_path = os.path.join(ROOT, "Corpus", "eval-baseline.json")
    if "--baseline" in sys.argv:
        baseline_path = os.path.abspath(sys.argv[sys.argv.index("--baseline") + 1])
    with open(baseline_path, encoding="utf-8") as f:
        baseline = json.load(f)
    rows = [score(e, verbose) for e in baseline["documents"]]

    header = f"{'document':44} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'subj':>6} {'qual':>6} {'traps':>5}"
    groups = []
    for e in baseline["documents"]:
        if e.get("group", "gold") not in groups:
            groups.append(e.get("group", "gold"))
    for group in groups:
        members = [r for e, r in zip(baseline["documents"], rows) if e.get("group", "gold") == group]
        print(header if group == groups[0] else "")
        print("-" * len(header))
        for r in members:
            print(f"{r['name'][:44]:44} {r['gold']:5d} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} "
                  f"{r['subject']:6.3f} {r['qualifier']:6.3f} {r['traps']:5d}")
        print("-" * len(header))
        total_row(f"TOTAL {group} (micro)", members)
    if len(groups) > 1:
        print("=" * len(header))
        total_row("TOTAL all (micro)", rows)

    failed = []
    for e, r in zip(baseline["documents"], rows):
        for key, field, label in FLOORS:
            if r[field] + 1e-9 < e.get(key, 0.0):
                failed.append(f"{e['name']}: {label} {r[field]:.3f} below the floor {e[key]:.3f}")
        if r["traps"] > e.get("max_traps", 10**9):
            failed.append(f"{e['name']}: {r['traps']} traps hit, the floor allows {e['max_traps']}")
    if update:
        for e, r in zip(baseline["documents"], rows):
            # (F1 may move by one item on a short document; subject and qualifier by one in a hundred matches.)
            e["min_f1"] = round(max(0.0, r["F1"] - 0.005), 3)
            e["min_subject"] = round(max(0.0, r["subject"] - 0.01), 3)
            e["min_qualifier"] = round(max(0.0, r["qualifier"] - 0.01), 3)
            e["max_traps"] = r["traps"]
        with open(baseline_path, "w", encoding="utf-8") as f:
            json.dump(baseline, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"updated floors in {os.path.relpath(baseline_path, ROOT)}")
        return 0
    for line in failed:
        print(f"{os.path.relpath(baseline_path, ROOT)}: error: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
