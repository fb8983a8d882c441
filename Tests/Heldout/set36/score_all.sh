#!/usr/bin/env bash
# Score a Gongbao binary on the held-out set 36: runs `BIN extract DOC --format jsonl` on each document,
# scores it with /work/shared/tools/score.py against the frozen gold and traps (restricted to the
# annotated line range for the HTML page), prints one row per document and a micro-averaged total
# (tp/fp/fn summed; subject and qualifier accuracy weighted by matches), like scripts/evaluate.py.
# Usage: ./score_all.sh BIN [-v]      (-v also prints the scorer's MISS/EXTRA/TRAP lines)
set -euo pipefail
BIN=${1:?usage: score_all.sh BIN [-v]}
VERBOSE=${2:-}
HERE=$(cd "$(dirname "$0")" && pwd)
SCORER=${SCORER:-/work/shared/tools/score.py}
(cd "$HERE" && sha256sum --quiet -c SHA256SUMS) || { echo "score_all.sh: error: files differ from SHA256SUMS" >&2; exit 2; }
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
: > "$TMP/rows"
while IFS=$'\t' read -r doc stem lines; do
  case "$doc" in ''|'#'*) continue;; esac
  "$BIN" extract "$HERE/$doc" --format jsonl > "$TMP/$stem.pred.jsonl" 2> "$TMP/$stem.err" \
    || { echo "score_all.sh: error: $BIN extract $doc failed:" >&2; cat "$TMP/$stem.err" >&2; exit 1; }
  args=(--pred "$TMP/$stem.pred.jsonl" --gold "$HERE/$stem.jsonl" --traps "$HERE/$stem.traps.jsonl")
  [ "$lines" != "-" ] && args+=(--lines "$lines")
  [ "$VERBOSE" = "-v" ] && args+=(-v)
  python3 "$SCORER" "${args[@]}" > "$TMP/$stem.score" || true
  if [ "$VERBOSE" = "-v" ]; then echo "== $stem"; head -n -2 "$TMP/$stem.score"; fi
  printf '%s\t%s\n' "$stem" "$(tail -n 2 "$TMP/$stem.score" | tr '\n' ' ')" >> "$TMP/rows"
done < "$HERE/docs.tsv"
python3 - "$TMP/rows" <<'PY'
import re, sys
C = re.compile(r"gold=(\d+) pred=(\d+) tp=(\d+) fp=(\d+) fn=(\d+)")
S = re.compile(r"quantity P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| subject=([\d.]+) \| qualifier=([\d.]+) \| traps_hit=(\d+)")
rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    name, out = line.rstrip("\n").split("\t", 1)
    c, s = C.search(out), S.search(out)
    if not c or not s:
        sys.exit(f"{name}: error: scorer printed no summary: {out}")
    g, pn, tp, fp, fn = map(int, c.groups())
    p, r, f1, subj, qual = map(float, s.groups()[:5])
    rows.append(dict(name=name, gold=g, tp=tp, fp=fp, fn=fn, P=p, R=r, F1=f1, subject=subj, qualifier=qual, traps=int(s.group(6))))
h = f"{'document':46} {'gold':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6} {'subj':>6} {'qual':>6} {'traps':>5}"
print(h); print("-" * len(h))
for r in rows:
    print(f"{r['name'][:46]:46} {r['gold']:5d} {r['tp']:4d} {r['fp']:4d} {r['fn']:4d} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} {r['subject']:6.3f} {r['qualifier']:6.3f} {r['traps']:5d}")
tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
p = tp / (tp + fp) if tp + fp else 0.0
rc = tp / (tp + fn) if tp + fn else 0.0
f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
subj = sum(r["subject"] * r["tp"] for r in rows) / tp if tp else 0.0
qual = sum(r["qualifier"] * r["tp"] for r in rows) / tp if tp else 0.0
print("-" * len(h))
print(f"{'TOTAL (micro)':46} {sum(r['gold'] for r in rows):5d} {tp:4d} {fp:4d} {fn:4d} {p:6.3f} {rc:6.3f} {f1:6.3f} {subj:6.3f} {qual:6.3f} {sum(r['traps'] for r in rows):5d}")
PY
