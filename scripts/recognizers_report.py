#!/usr/bin/env python3
"""Recognizers-Text Chinese specs: which cases concern written text, and the pass rates.

  scripts/recognizers_report.py classify   rewrite Tests/GongbaoTests/Specs/recognizers-zh/excluded.jsonl
  scripts/recognizers_report.py report     run `swift test --filter RecognizersSpec` and print the rates

The rule (also in the SOURCE.md next to the data) is applied here so it is the same for every case:
a case is excluded when it falls in one of the categories below; everything else is kept and must
pass through `Extractor().numbers(inText:)` (or be listed in known-issues.jsonl with a reason).
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "Tests", "GongbaoTests", "Specs", "recognizers-zh")

# Cases decided one by one (idx in the spec file); the other categories are found by rule below.
BY_HAND = {
    "NumberModel": {
        # 兆 read as 10^12 (Taiwan/Japan); in mainland documents 兆 is the SI prefix mega (兆瓦, 兆字节).
        "regional-scale": [58, 59, 140, 141, 361],
        # Colloquial clipped forms with no leading digit (百三 = 130, 千三 = 1300) and the idiom 半百 (年过半百).
        "colloquial": [61, 72, 358],
        # Expected output splits one written number where no reader would: 两百点两 → 两百 + 两, 一点两 → 一 + 两.
        "unwanted-expectation": [0, 1],
        # Not a number as written anywhere: 2222.2222.22222.222 (version-like dotted run).
        "malformed": [221],
        # Not a Chinese numeral form: 零十, 第零十刃, 五十千.
        "nonstandard": [292, 304, 305],
        # NumberModel wants the bare numeral inside 百分之…; the percentage is the reading (PercentModel tests it).
        "convention": [178, 179],
        # Expected nothing for a number with a currency unit (一美元, 两美刀): upstream leaves it to CurrencyModel,
        # but a document reader wants the 1 / 2.
        "currency-convention": [280, 281, 286],
    },
    "PercentModel": {
        # Expected nothing (百分之二三十, 二三十个百分点) or only the upper bound (5-20% → 20%);
        # a document reader wants the approximate range.
        "unwanted-expectation": [48, 49, 116, 148],
    },
}

NOTATION = re.compile(r"[\^]|\d\s*[eE][-+－]?\d|[0-9０-９]\s*[kKｋＫmMＭ]\b|[0-9０-９][kKｋＫ]|(^|[^0-9０-９.．])[-－]?[.．][0-9０-９]")
DISCOUNT = re.compile(r"[0-9０-９一二两兩三四五六七八九十半对對陆陸.．点點]\s*折")
DOZEN = re.compile(r"打|雙|双")
SPACE = re.compile(r"\s")


def category(model, case):
    for cat, ids in BY_HAND.get(model, {}).items():
        if case["idx"] in ids:
            return cat
    inp = case["input"]
    spans = [inp[r["start"]:r["end"] + 1] for r in case["results"]]
    # 折 is a sale price multiplier (八折 = pay 80 %), not a share of a measured quantity; 对折/半折 likewise.
    if DISCOUNT.search(inp):
        return "discount"
    # 一打 = 12, 十打 = 120: a dozen is not a Chinese document unit (三双/两双 keep: the numeral alone is expected).
    if any("打" in s for s in spans):
        return "dozen"
    # Scientific / exponent / SI-suffix / leading-dot / English mixed fractions (2e5, 2^5, 40k, .5, 1 3/5).
    if any(NOTATION.search(sp) for sp in spans) or re.search(r"\d\s+[0-9０-９]+\s*[/／]", inp):
        return "notation"
    # Spaces inside one numeral (一百 五 十 二, 十 余 万, 百 分 之 2.4): word-segmenter or speech output.
    if any(SPACE.search(s.strip()) for s in spans):
        return "spaced"
    if not case["results"] and re.search(r"\S\s+\S", inp) and re.search(r"[一二三四五六七八九十百千万成]\s", inp):
        return "spaced"
    return None


def load(name):
    with open(os.path.join(DIR, name + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def classify():
    rows = []
    for model in ("NumberModel", "PercentModel"):
        for case in load(model):
            cat = category(model, case)
            if cat:
                rows.append({"model": model, "idx": case["idx"], "category": cat, "input": case["input"]})
    with open(os.path.join(DIR, "excluded.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        counts.setdefault(r["model"], {}).setdefault(r["category"], 0)
        counts[r["model"]][r["category"]] += 1
    print(json.dumps(counts, ensure_ascii=False, indent=1))


def report():
    scratch = os.environ.get("SCRATCH", ".build")
    out = subprocess.run(["swift", "test", "--scratch-path", scratch, "--filter", "RecognizersSpec"],
                         cwd=ROOT, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("recognizers-zh"):
            print(line.strip())


if __name__ == "__main__":
    {"classify": classify, "report": report}[sys.argv[1] if len(sys.argv) > 1 else "report"]()
