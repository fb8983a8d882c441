#!/usr/bin/env python3
"""make eval: plant faults in real documents and count how many `gongbao check` catches.

For every document of ../shared/corpus (and the bundled Corpus, the held-out sets of Tests/Heldout, and the 云溪市
bulletin series of the tests)
it runs `gongbao extract --format jsonl` to find the figures, then plants one fault at a time in a temporary
copy of the text (same file name, same encoding: GB files are decoded as GB18030 and written back so):

  changed-repeat    a figure stated twice (same value and unit, related subjects, different paragraphs, not
                    under two numbered headings that name different years or stages — 一、2025年预算执行 vs
                    二、2026年预算草案 hold two figures that happen to be equal; nor under two headings ((一)/(二), 1./2.)
                    naming two levels of government, 全市 / 市本级; nor in clauses naming two different groups by two counts,
                    11个部门的12家协会 / 11个部门和60家所属单位; nor of a subject the document states with three values or
                    more, 项目 20个 / 5个 / 17个, which names several sets): the later one's last digit moves
                    by one (48 → 49, 7.8 → 7.9), its first digit moves by one (150 → 250, 7.8 → 8.8), or its
                    digits are reversed (7.8 → 8.7, 236 → 632)
  scale-slip        the later of such a money pair (or a series figure) gets 亿 for 万, or 万 for 亿; and one
                    step down the scale: 千 for 万, 千万 for 亿 (a tenth); and the last part of a complete
                    breakdown in 亿 (其中 parts adding up to their total) gets 万
  part-above-whole  the first figure after 其中, or the next one of its clause, is raised above its total (same
                    unit, the total in the 其中's sentence or the one before, no HTML block between; a 其中 opening an
                    aside, (其中:…), ends its parts at the closing parenthesis)
  partition-off     a part of a complete split (rules.yaml partitions: 出口/进口, 男/女, 第一/第二/第三产业 …) whose
                    parts add up to their total as written gets its first digit moved by one; the sum then misses
                    the total (caught on the total's line)
  structure-off     a part of a structure written as a ratio run (三次产业结构为11.1：30.1：58.8, parts adding up to
                    100 as written) gets its first digit moved by one (30.1 → 40.1); caught on the first part's line
  order-broken      a 签约 count is raised above the 招引 count (开工 above 签约) of the same document
  share-over-100    a share (占比, 比重 …) gets 100 added (71.8% → 171.8%)
  repeat-change-off a change stated right after a repeated figure (地区生产总值5678.9亿元，比上年增长5.5%, headline and
                    body) gets its first digit moved by one in the later statement, where the earlier one states the
                    same change in the same words
  increase-slip     an increase stated after its level in one sentence (常住人口578.9万人，比上年末增加2.3万人) gets 亿
                    for 万 when that makes it larger than the level; amounts that may be below zero (利润, 结余 …) left out
  total-off         a budget total (收入总计, 支出合计) of a sentence that adds items after 加 moves by its first digit
  cumulative-fall   a 1—4月 running total of the series is lowered below the 1—3月 one

Session 9 adds what an outside grader plants and the kinds above did not (the rules' authors wrote those):
  repeat-middle-digit  a middle digit of the later repeat moves (5678.9 → 5688.9)
  repeat-point-slip    its point moves one place left or is dropped (567.89, 56789), or a middle digit is dropped or
                       doubled (2360 → 260, 236 → 2336)
  repeat-reworded      a figure stated twice in other words (第三产业增加值 / 服务业(第三产业)增加值 159.91亿元): three
                       digits or more, subjects sharing a word, the later one's last or first digit moved
  repeat-first         the earlier of a repeat changed instead (its last digit, or 万 and 亿 traded), levels and rates
  rate-repeat          a change stated twice on its own (a headline and its paragraph: 居民消费价格同比上涨0.3%), the later
                       one's last digit moved
  part-other-scale     the first 其中 part raised above its total in 亿 and written in 万 (676500万元)
  total-lowered        the total put under its first 其中 part instead
  shares-over-100      the last of a 分别 list of shares of one whole (占, 比重, 份额, 贡献率) raised so the list passes 100%
  worded-fall          cumulative-fall in the series rewritten with 1至N月, 前N个月, 截至N月末, 1-N月, 1~N月, 一至N月
  earlier-raised       the 1—3月 running total raised above the 1—4月 one (planted in the earlier bulletin)
  lone-scale-slip      万 → 亿 on a per-head amount (人均…4.5万元 → 4.5亿元; 115155元 → 115155万元) or a population (万人 → 亿人)
  sibling-slip         万 ↔ 亿 (or 万 added to a figure in 元) on one of three figures or more of one paragraph that
                       name kinds of one thing, no 其中 linking them (第一产业增加值85.3亿元…第二产业增加值152.08万元…
                       第三产业增加值301.2亿元; 城镇/农村居民人均可支配收入): same unit, kind and scale word, subjects
                       ending alike; the median one and the first one slipped, where that leaves it ~10⁴ off every
                       sibling (10⁴ ÷ scale-factor² at least: within a thousand times of one it reads as a list's large
                       or small item, 原煤产量3.0亿吨 beside 水泥产量960.2万吨)
  rate-vs-base         a rate stated after its level and the amount it changed by (收入120.0亿元，比上年增加20.0亿元，
                       增长20.0%) or its earlier value (上年为100.0亿元), agreeing with them as written, gets its first
                       digit moved (20.0% → 30.0%)
  listed-total-off     a total after its items (交通投资50亿元，水利投资60亿元，两项合计110亿元; 共计, 总计), the items adding
                       up to it as written, no 其中 and no 加 in the sentence: the total's first digit moves
  list-count-off       a 分别 list whose figures are as many as the names before it joined by 、 (农业、林业、畜牧业、渔业
                       产值分别增长2.1%、21.9%、8.4%和9.4%) loses its last figure (and its joiner)
  ratio-off            a figure defined as one figure over another (rules.yaml definitions: 常住人口城镇化率 = 城镇常住人口 /
                       常住人口, 人均地区生产总值 = 地区生产总值 / 常住人口), both stated and agreeing: its first digit moves
  month-above-total    one month's figure (4月份，实际到位资金30.0亿元) raised above the running total of its document that
                       covers it (1—4月…115.0亿元), same subject, unit and scale
  from-to-reversed     由A增加到B / 由A下降到B (rules.yaml change_verbs) with the two figures' numbers traded, so the verb
                       says the opposite of the figures (由1200家增加到1050家)
  rate-absurd          GDP or CPI changes given 100 more or their point dropped (5.5% → 105.5%, 55%), and falls of amounts
                       that cannot be below zero given 100 more (下降3.4% → 103.4%)

Session 12 (helper vfault3):
  change-word-swap     a change's word traded for its opposite (增长 ↔ 下降, 增加 ↔ 减少, 提高 ↔ 降低, 上涨 ↔ 下跌 …) where
                       something fixes its sign: the level and its base beside it (rate-vs-base's cases), 由A增加到B
                       before it, or the same change stated after the same figure, or on its own, elsewhere (repeats)
  from-to-change-off   the change after 由A增加到B (增长25.0%, 提高0.9个百分点, 增加6083元), agreeing with the two levels
                       as written, moved by its first digit (the corpus holds none: not pinned)
  impossible-date      a date given a day its month lacks (4月30日 → 4月31日, 2月14日 → 2月30日, 3月31日 → 4月31日)
  enumeration-off      a count announcing a 一是 list right after it (重点抓好三项工作：一是…三是…) one more or one less than
                       the list holds (三项 → 四项, 两项)
  total-transposed     two neighbouring digits traded in a total its parts fix: a complete split's total (其中 parts
                       adding up to it) or a budget total after 加 items (3256.7 → 3526.7)

Session 17 (helper vfault10): the arithmetic a grader who knows official statistics redoes by hand:
  amount-vs-rate       a level, the amount it changed by (比上年增加20.0亿元) or its earlier value (上年为100.0亿元), and a
                       rate, agreeing as written: the amount or earlier value gets its first digit moved, planted only
                       when no rounding of the three figures reconciles them any more
  completion-off       a budget, its outcome and the rate of completion in one sentence (收入预算171.9亿元，实际完成174.5亿元，
                       为预算的101.5%), agreeing: the rate's first digit moves
  repeat-scale-dropped the later of a figure stated twice loses its scale word (5678.9万元 → 5678.9元, 7.8万人 → 7.8人)
  impossible-month     a month 3…9 after a written year or before a day given a 1 before it (2025年3月 → 2025年13月,
                       5月24日 → 15月24日)
  share-point-slip     a share's decimal point moved one place: right past 100 (71.8% → 718%), or left where its part
                       stands right before it and its whole is stated, the share agreeing (46.6% → 4.66%)

Session 19 (helper vfault14): the brief's consistency families in forms a grader writes and the kinds above did not:
  repeat-rescaled      the later of a figure stated twice written with another scale word and its last digit moved
                       (7.8万人 → 79000人, 159.91亿元 → 1599200万元, 18756元 → 1.8757万元): the repeat is one value
                       in base units, whatever the writing
  pinned-scale-slip    a level, the amount it changed by (or its earlier value) and a rate, agreeing as written
                       (amount-vs-rate's cases): the amount or earlier value gets 万 for 亿 or 亿 for 万 (收入12.0亿元，
                       比上年增加2.0亿元，增长20.0% → 增加2.0万元), a figure stated once that its level and rate pin
  mixed-period-fall    cumulative-fall across two bulletins whose periods are worded differently (一季度 / 1—4月,
                       第一季度 / 1至4月, 截至3月末 / 前4个月, 1—3月 / 截至4月末)
  html-text-fall       cumulative-fall where the earlier bulletins are web pages (<h1> title, <p> lines) and the later one
                       text

Wrapped (FAULT_EVAL_WRAP=17): the same plants in the plain-text documents, each document then re-wrapped as a column
of N characters the way scripts/wrap_eval.py does it (its `wrap`: hard breaks anywhere, inside words and numbers), the
other documents of its case wrapped alike; HTML cases are left out. A planted figure maps to the wrapped line(s) its
characters (the changed ones widened to the figure the extractor read there) fall on; a fault planted on one line and
caught on another figure's line (partition-off: the total's) maps to every wrapped line of that line. A catch is an
error on any of them. A miss with an error on another wrapped line of its text's line (change-agrees on the rate's line
when the amount before it was planted: one line as written, two in the column) is counted apart as "nearby". The run
prints its own totals and pins nothing unless the baseline has a "wrapped" entry for N.

A fault is caught when `gongbao check` reports an error-level finding on the planted line. Error-level
findings on the clean documents are false errors. Prints one row per fault kind and a total; with -v, every
missed fault. Exits 1 on a regression against Tests/GongbaoTests/Fixtures/validate/fault-eval-baseline.json
(any false error, or a catch rate below the baseline's), and skips with a message (exit 0) when ../shared is
absent.
"""
import bisect
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("GONGBAO_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
BINARY = os.environ.get("GONGBAO", os.path.join(ROOT, ".build", "release", "gongbao"))
BASELINE = os.path.join(ROOT, "Tests", "GongbaoTests", "Fixtures", "validate", "fault-eval-baseline.json")
SERIES = os.path.join(ROOT, "Tests", "GongbaoTests", "Fixtures", "validate", "series")
PER_KIND = int(os.environ.get("FAULTS_PER_DOCUMENT", "4"))   # at most this many plants per kind and document
KINDS = ["changed-repeat", "scale-slip", "part-above-whole", "partition-off", "structure-off", "total-off", "order-broken", "share-over-100",
         "increase-slip", "repeat-change-off", "cumulative-fall",
         # Session 9: the faults an outside grader plants in the ways this generator did not.
         "repeat-middle-digit", "repeat-point-slip", "repeat-reworded", "part-other-scale", "shares-over-100",
         "worded-fall", "lone-scale-slip", "rate-absurd", "rate-repeat", "repeat-first", "total-lowered", "earlier-raised",
         "share-off", "series-slip-earlier",
         # Session 11
         "sibling-slip", "rate-vs-base", "listed-total-off", "list-count-off", "ratio-off", "month-above-total", "from-to-reversed",
         # Session 12
         "from-to-change-off", "change-word-swap", "impossible-date", "total-transposed", "enumeration-off",
         # Session 17
         "amount-vs-rate", "completion-off", "repeat-scale-dropped", "impossible-month", "share-point-slip",
         # Session 19
         "repeat-rescaled", "pinned-scale-slip", "mixed-period-fall", "html-text-fall"]
# FAULT_KINDS=amount-vs-rate,completion-off plants only those kinds (a quick look while mending one rule); the
# floors of the other kinds are then not asked, as for kinds nothing was planted of.
KINDS_ONLY = {k for k in os.environ.get("FAULT_KINDS", "").split(",") if k}
# FAULT_EVAL_WRAP=17 plants into the plain-text cases and checks them re-wrapped as a 17-character column (module doc).
WRAP = int(os.environ.get("FAULT_EVAL_WRAP", "0") or 0)
FINDING = re.compile(r"^(.*):(\d+):(\d+): (error|warning|note): (.*) \[([\w.-]+)\]$")
AMOUNTS = {"count", "money", "measure"}
SHARE_WORDS = ["占比", "比重", "比例", "份额", "占全"]
NOT_SHARE = ["增长", "增速", "下降", "提高", "完成", "超额", "预算", "计划", "相当于", "回落", "上涨"]
DIGITS = "0123456789０１２３４５６７８９"
NUMBER_CHARS = set(DIGITS + ".．")
MARKUP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|\s")
JOINERS = ("、", "和", "及", "与")


def bare(text):
    """The text as a reader sees it: no tags, no entities, no spaces or breaks."""
    return MARKUP.sub("", text)


def joined_runs(doc, ms, reach):
    """Runs of two figures or more of `ms` (in text order) joined by 、和及与 alone, each within `reach` characters of
    the one before (9.9%、33.4%和56.7%)."""
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and ms[j + 1]["offset"] - ms[j]["offset"] < reach \
                and bare(doc.text[ms[j]["positions"][-1] + 1:ms[j + 1]["offset"]]) in JOINERS:
            j += 1
        if j > i:
            yield ms[i:j + 1]
        i = j + 1


class Document:
    """A text file as gongbao reads it: decoded, split in lines, its figures located."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        raw = open(path, "rb").read()
        try:
            self.text, self.encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            self.text, self.encoding = raw.decode("gb18030"), "gb18030"
        self.line_starts = [0]
        for i, c in enumerate(self.text):
            if c == "\n":
                self.line_starts.append(i + 1)
        self.metrics = []
        for m in extract(path):
            off = self.offset(m["line"], m["column"])
            positions = self.locate(off, m["surface"]) if off is not None else None
            if positions:
                m["offset"], m["positions"] = off, positions
                self.metrics.append(m)

    def locate(self, off, surface):
        """Where each character of a surface sits in the text from `off`, skipping HTML tags between them
        (the extractor's surface is the reader's text: 17.5</span><span>亿元 → 17.5亿元); None if it is not there."""
        positions, i = [], off
        for ch in surface:
            while i < len(self.text) and self.text[i] == "<" and self.text[i] != ch:
                close = self.text.find(">", i)
                if close < 0:
                    return None
                i = close + 1
            if i >= len(self.text) or self.text[i] != ch:
                return None
            positions.append(i)
            i += 1
        return positions

    def offset(self, line, column):
        if line - 1 >= len(self.line_starts):
            return None
        return self.line_starts[line - 1] + column - 1

    def write(self, folder, text):
        target = os.path.join(folder, self.name)
        with open(target, "wb") as f:
            f.write(text.encode(self.encoding))
        return target


def change_words():
    """qualifiers.yaml `directions: shown`: the change words a change's subject is shown with (traditional forms too)."""
    path = os.path.join(ROOT, "Sources/Gongbao/Resources/qualifiers.yaml")
    m = re.search(r"^  shown: \[([^\]]*)\]", open(path, encoding="utf-8").read(), re.M)
    words = [w.strip() for w in m.group(1).split(",")] if m else []
    folded = {"负": "負", "长": "長", "减": "減", "涨": "漲", "跌": "跌", "扩": "擴", "缩": "縮"}
    words += ["".join(folded.get(c, c) for c in w) for w in words]
    return sorted(set(w for w in words if w), key=len, reverse=True)


CHANGE_WORDS = change_words()


def measure_subject(record):
    """The subject the checker compares: a change's shown subject without the change word extract shows after it
    (利润总额增长 → 利润总额; ChangeWords), so faults are planted where the rules pair figures by subject."""
    subject = record.get("subject") or ""
    if record.get("direction"):
        for w in CHANGE_WORDS:
            if subject.endswith(w) and len(subject) > len(w) and subject.count(w) == 1:
                record["subject"] = subject[: -len(w)]
                break
    return record


def extract(path):
    run = subprocess.run([BINARY, "extract", path, "--format", "jsonl"], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"{path}: error: gongbao extract exited {run.returncode}: {run.stderr.strip()}")
    return [measure_subject(json.loads(l)) for l in run.stdout.splitlines() if l.strip()]


def check(paths):
    """Findings of `gongbao check` as (basename, line, severity, rule, message)."""
    run = subprocess.run([BINARY, "check", *paths], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"gongbao check exited {run.returncode}: {run.stderr.strip()}")
    out = []
    for line in (run.stdout + run.stderr).splitlines():
        m = FINDING.match(line)
        if m:
            out.append((os.path.basename(m.group(1)), int(m.group(2)), m.group(4), m.group(6), m.group(5)))
    return out


# MARK: - Numbers inside a surface

def number_span(surface):
    """(start, end) of the leading number in a surface (digits, points, and spaces or breaks between them)."""
    start = next((i for i, c in enumerate(surface) if c in DIGITS), None)
    if start is None:
        return None
    end = start
    i = start
    while i < len(surface) and (surface[i] in NUMBER_CHARS or surface[i] in " \n\r\t\u3000"):
        if surface[i] in NUMBER_CHARS:
            end = i + 1
        i += 1
    return start, end


def plain_number(surface):
    """The leading number as a Decimal, with the count of decimals written; None if spaced or absent."""
    span = number_span(surface)
    if not span:
        return None
    s = surface[span[0]:span[1]].translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", s):
        return None
    return Decimal(s), len(s.split(".")[1]) if "." in s else 0


def with_number(surface, value, decimals):
    span = number_span(surface)
    text = f"{value:.{decimals}f}"
    return surface[:span[0]] + text + surface[span[1]:]


def bump_digit(surface, first):
    """Raise one digit of the number by one (a 9 goes down to 8, so nothing carries), keeping its width;
    the first digit when `first` (a leading 0 is left alone: None), else the last."""
    span = number_span(surface)
    if not span:
        return None
    positions = [i for i in range(span[0], span[1]) if surface[i] in DIGITS]
    at = positions[0] if first else positions[-1]
    d = DIGITS.index(surface[at]) % 10
    if first and d == 0:
        return None
    new = 8 if d == 9 else d + 1
    digit = str(new) if surface[at] in "0123456789" else DIGITS[10 + new]
    return surface[:at] + digit + surface[at + 1:]


def bump_last_digit(surface):
    """48 → 49, 7.8 → 7.9, 19 → 18."""
    return bump_digit(surface, first=False)


def bump_first_digit(surface):
    """150 → 250, 7.8 → 8.8, 9.6 → 8.6: a change of the size a misread or mistyped leading digit makes."""
    return bump_digit(surface, first=True)


def swap_digits(surface):
    """The digits written in reverse order, points kept in place: 7.8 → 8.7, 48 → 84, 236 → 632; None when
    that changes nothing (77, 5) or would start with 0."""
    span = number_span(surface)
    if not span:
        return None
    positions = [i for i in range(span[0], span[1]) if surface[i] in DIGITS]
    digits = [surface[i] for i in positions]
    if len(set(digits)) < 2 or digits[-1] in "0０":
        return None
    chars = list(surface)
    for i, d in zip(positions, reversed(digits)):
        chars[i] = d
    return "".join(chars)


def replaced(doc, metric, new_surface):
    """The document text with the metric's surface changed to `new_surface`; only the characters that differ
    are written, so markup inside the figure stays where it was."""
    old, pos = metric["surface"], metric["positions"]
    p = 0
    while p < min(len(old), len(new_surface)) and old[p] == new_surface[p]:
        p += 1
    q = 0
    while q < min(len(old), len(new_surface)) - p and old[-1 - q] == new_surface[-1 - q]:
        q += 1
    start = pos[p] if p < len(old) else pos[-1] + 1
    end = pos[len(old) - q - 1] + 1 if len(old) - q > p else start
    return doc.text[:start] + new_surface[p:len(new_surface) - q] + doc.text[end:]


# MARK: - Where to plant

def core(subject):
    s = re.sub(r"\s", "", subject)
    for w in ["累计", "全市", "全区", "全省", "全县", "全国", "共有", "各类", "截至目前", "目前", "合计", "总计", "共"]:
        s = s.replace(w, "")
    return s


def plain(m):
    return m["kind"] in AMOUNTS and not m["direction"] and not m["qualifiers"] and m["value_max"] is None


HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+(?:部分|章|篇)|[一二三四五六七八九十]+、)")
BLOCK = re.compile(r"\n|<(?:p|br|div|td|th|tr|li|h[1-6]|section|article)\b[^>]*>", re.I)
STAGE = re.compile(r"(?:19|20)[0-9]{2}|十[一二三四五六七八九]五|预算|草案|决算|执行|计划|目标|任务|回顾|展望|打算")


def top_headings(doc):
    """(offset, text) of each top-level numbered heading (一、… / 第一部分 …), in text order."""
    if not hasattr(doc, "_headings"):
        out, start = [], 0
        for m in list(BLOCK.finditer(doc.text)) + [None]:
            end = m.start() if m else len(doc.text)
            seg = bare(doc.text[start:end])
            if 0 < len(seg) <= 40 and HEADING.match(seg):
                out.append((start, seg))
            start = m.end() if m else end
        doc._headings = out
    return doc._headings


def section(doc, metric):
    """The top-level heading above a figure ("" when none)."""
    text = ""
    for off, h in top_headings(doc):
        if off > metric["offset"]:
            break
        text = h
    return text


HTML_BLOCK = re.compile(r"<(?:p|div|td|th|tr|li|h[1-6]|section|article)\b[^>]*>", re.I)
SUB_HEADING = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
LEVEL = re.compile(r"全省|省本级|省级|全市|市本级|市级|全县|县本级|县级|全区|区本级|区级|全州|州本级|州级|全国|中央")
GROUP_COUNT = re.compile(r"([0-9０-９]+)\s*[个家所名项户座][^，。；,<>0-9０-９]{0,6}?(?:的|和|及|与)\s*([0-9０-９]+)\s*[个家所名项户座]")


def sub_section(doc, metric):
    """The nearest second-level heading ((一)…) above a figure, after its top-level one ("" when none)."""
    if not hasattr(doc, "_subheadings"):
        out, start = [], 0
        for m in list(BLOCK.finditer(doc.text)) + [None]:
            end = m.start() if m else len(doc.text)
            seg = bare(doc.text[start:end])
            if 0 < len(seg) <= 40 and (HEADING.match(seg) or SUB_HEADING.match(seg)):
                out.append((start, seg if SUB_HEADING.match(seg) else ""))
            start = m.end() if m else end
        doc._subheadings = out
    text = ""
    for off, h in doc._subheadings:
        if off > metric["offset"]:
            break
        text = h
    return text


NUMBERED_HEADING = re.compile(r"^(?:[0-9０-９]{1,2}[.．、](?![0-9０-９])|[（(][0-9０-９]{1,2}[）)])")


def heading_depth(seg):
    """1 for 一、, 2 for (一), 3 for 1., 4 for (1); 0 for no heading."""
    if HEADING.match(seg):
        return 1
    if SUB_HEADING.match(seg):
        return 2
    m = NUMBERED_HEADING.match(seg)
    if m:
        return 4 if m.group(0)[0] in "（(" else 3
    return 0


def level_section(doc, metric):
    """The level of government the headings above a figure name, the deepest first: (一)全市… / (二)市本级…, or
    1.全市预算收支情况 / 2.市本级预算收支情况 under (一) ("" when none names one). A heading ends the levels its depth
    and deeper ones named: (二)2025年重点财政工作情况 after 2.市本级… names none."""
    if not hasattr(doc, "_levelheadings"):
        out, start, levels = [], 0, {}
        for m in list(BLOCK.finditer(doc.text)) + [None]:
            end = m.start() if m else len(doc.text)
            seg = bare(doc.text[start:end])
            depth = heading_depth(seg) if 0 < len(seg) <= 40 else 0
            if depth:
                levels = {d: w for d, w in levels.items() if d < depth}
                level = LEVEL.search(seg)
                if level:
                    levels[depth] = level.group(0)
                out.append((start, levels[max(levels)] if levels else ""))
            start = m.end() if m else end
        doc._levelheadings = out
    text = ""
    for off, h in doc._levelheadings:
        if off > metric["offset"]:
            break
        text = h
    return text


def group_counts(doc, m):
    """The group a figure's clause (between punctuation marks or tags) names by two counts joined by 的 和 及 与:
    11 个部门的 12 家协会 → ['11', '12']; 11 个部门和 60 家所属单位通过…收费 1.88 亿元 → ['11', '60']; none → []."""
    text, off = doc.text, m["offset"]
    start = max(text.rfind(p, 0, off) for p in "。；，;,<>") + 1
    ends = [e for e in (text.find(p, off) for p in "。；，;,<>") if e >= 0]
    end = min(ends) if ends else len(text)
    return [n for g in GROUP_COUNT.finditer(text[start:end]) for n in g.groups()]


def fair_repeat(doc, a, b):
    """Not two sections that name their year or stage (一、2025年预算执行 / 二、2026年预算草案; 工作回顾 /
    重点工作任务): equal figures there are two figures, and changing one plants no fault. Nor two second-level
    sections naming two levels of government ((一)全市财政决算情况 / (二)市本级财政决算情况: 上级补助收入131亿元 in
    both is two accounts' figure, not one restated; 1.全市… / 2.市本级… alike). Nor two figures whose clauses count two different groups
    (11 个部门的 12 家协会 / 11 个部门和 60 家所属单位): the same number of departments there is two sets of them; nor
    one group counted so and another not (3 个部门和 6 家所属单位 / 中国气象局主管的 6 家单位)."""
    sa, sb = section(doc, a), section(doc, b)
    if not (sa == sb or not (STAGE.search(sa) or STAGE.search(sb))):
        return False
    ua, ub = sub_section(doc, a), sub_section(doc, b)
    la, lb = LEVEL.search(ua), LEVEL.search(ub)
    if la and lb and la.group(0) != lb.group(0):
        return False
    # (Numbered at any depth: 1.全市预算收支情况 / 2.市本级预算收支情况, 上解上级支出34.2亿元 in both.)
    va, vb = level_section(doc, a), level_section(doc, b)
    if va and vb and va != vb:
        return False
    ga, gb = group_counts(doc, a), group_counts(doc, b)
    # (Nor one group counted so, 3 个部门和 6 家所属单位, and another named by its one count, 中国气象局主管的 6 家单位:
    # the first is a set of the departments', the second of one body's.)
    return ga == gb


def repeats(doc):
    """Pairs (first, later) of one figure stated twice: same value, unit and kind, related subjects, lines ≥ 2 apart,
    in one section of the document."""
    out = []
    ms = [m for m in doc.metrics if plain(m) and number_span(m["surface"])]
    # A subject the document states with three values or more (项目 20个 … 项目 5个 … 项目 17个: the projects, those
    # above 10亿元, those above 1亿元) names several sets: no reader can tell which of them a changed figure restates.
    values = {}
    for m in ms:
        values.setdefault((core(m["subject"]), m["unit"], m["kind"]), set()).add(m["value"])
    for j, b in enumerate(ms):
        for a in ms[:j]:
            if (a["value"], a["unit"], a["kind"]) != (b["value"], b["unit"], b["kind"]) or b["line"] - a["line"] < 2:
                continue
            if not fair_repeat(doc, a, b):
                continue
            ca, cb = core(a["subject"]), core(b["subject"])
            if len(values[(min(ca, cb, key=len), a["unit"], a["kind"])]) >= 3:
                continue
            if len(ca) >= 2 and len(cb) >= 2 and (ca == cb or ca.endswith(cb) or cb.endswith(ca)):
                out.append((a, b))
                break
    return out


def spread(items, n):
    """At most n items, evenly spread (deterministic)."""
    if len(items) <= n:
        return items
    return [items[round(i * (len(items) - 1) / (n - 1))] for i in range(n)] if n > 1 else items[:1]


def plants(doc, series_previous=None):
    """(kind, line, new text, description) for each fault planted in `doc`."""
    out = []
    pairs = repeats(doc)
    for a, b in spread(pairs, PER_KIND):
        for new in dict.fromkeys([bump_last_digit(b["surface"]), bump_first_digit(b["surface"]), swap_digits(b["surface"])]):
            if new and new != b["surface"]:
                out.append(("changed-repeat", b["line"], replaced(doc, b, new),
                            f"{b['subject']} {b['surface']!r} → {new!r} (repeats line {a['line']})"))
    money = [(a, b) for a, b in pairs if re.search("[万亿]", b["surface"])]
    if series_previous is not None:   # in a series, slip a figure that has a neighbour in the previous bulletin
        prev = {(core(m["subject"]), m["unit"]) for m in series_previous.metrics}
        money += [(None, m) for m in doc.metrics
                  if plain(m) and re.search("[万亿]", m["surface"]) and (core(m["subject"]), m["unit"]) in prev]
    for a, b in spread(money, PER_KIND):
        s = b["surface"]
        k = next(i for i, c in enumerate(s) if c in "万亿" and i >= number_span(s)[1])
        if s[k - 1:k] in ("千", "百"):   # 千万元, 百万元: the word is the scale
            continue
        for word in ["亿" if s[k] == "万" else "万", "千" if s[k] == "万" else "千万"]:
            new = s[:k] + word + s[k + 1:]
            out.append(("scale-slip", b["line"], replaced(doc, b, new), f"{b['subject']} {s!r} → {new!r}"))
    out += spread(part_slip_plants(doc), PER_KIND)
    out += [p for p in spread(part_plants(doc), PER_KIND)]
    partition = partition_plants(doc)
    out += spread([p for p in partition if p[0] == "partition-off"], PER_KIND)
    out += [p for p in spread(structure_plants(doc), PER_KIND)]
    totals = total_plants(doc)
    out += spread([p for p in totals if p[0] == "total-off"], PER_KIND)
    out += spread([p for p in partition + totals if p[0] == "total-transposed"], PER_KIND)
    out += [p for p in spread(order_plants(doc), PER_KIND)]
    out += [p for p in spread(increase_plants(doc), PER_KIND)]
    repeat_changes = repeat_change_plants(doc)
    out += spread([p for p in repeat_changes if p[0] == "repeat-change-off"], PER_KIND)
    out += spread([p for p in repeat_changes if p[0] == "change-word-swap"], PER_KIND)
    # A share of 0 plus 100 is 100%, a legal share, not a fault: only 0 < share < 100 is planted.
    shares = [m for m in doc.metrics if m["unit"] == "%" and plain_number(m["surface"]) and 0 < Decimal(str(m["value"])) < 100
              and any(w in m["subject"] for w in SHARE_WORDS) and not any(w in m["subject"] for w in NOT_SHARE)
              and not m["direction"]]
    for m in spread(shares, PER_KIND):
        v, d = plain_number(m["surface"])
        new = with_number(m["surface"], v + 100, d)
        out.append(("share-over-100", m["line"], replaced(doc, m, new), f"{m['subject']} {m['surface']!r} → {new!r}"))
    if series_previous is not None:
        out += spread(fall_plants(doc, series_previous), PER_KIND)
    out += grader_plants(doc)
    return out


def resource_list(file, key):
    """The one-line flow list `key: [a, b, …]` of a file in Sources/Gongbao/Resources, as strings ([] when absent)."""
    path = os.path.join(ROOT, "Sources", "Gongbao", "Resources", file)
    for line in open(path, encoding="utf-8"):
        if line.startswith(key + ":"):
            return [x.strip() for x in line.split("[", 1)[1].rsplit("]", 1)[0].split(",") if x.strip()]
    return []


def contrast_pairs():
    """The ledger sides of Resources/contexts.yaml (收入/支出 …): a figure of one side is never a part of the other."""
    return [tuple(x.split("/")) for x in resource_list("contexts.yaml", "contrast_pairs") if "/" in x]


CONTRASTS = contrast_pairs()


def contrasting(a, b):
    """True when one subject names one side of a ledger and the other the other side (支出 after a 收入 total)."""
    return any((x in a and y in b and y not in a) or (y in a and x in b and x not in a) for x, y in CONTRASTS)


def breakdown(doc, i, t):
    """The parts of the clause that 其中 opens at metric i, under total t: the same unit and written scale, 、，
    between them (no 。；, no second 其中), ending at a figure of the other side of the ledger."""
    ms = doc.metrics
    p = ms[i]
    clause, last = [p], p
    # 其中 opening an aside (三级医院2749个(其中:三级甲等医院1516个),二级医院9687个): the parts end with it.
    before = doc.text[max(0, p["offset"] - 60):p["offset"]]
    aside = before.rfind("其中") > 0 and before[before.rfind("其中") - 1] in "(（"
    for q in ms[i + 1:]:
        gap = doc.text[last["offset"] + len(last["surface"]):q["offset"]]
        if re.search("[。；;]|其中", re.sub(r"<[^>]*>", "", gap)) or len(gap) > 200:
            break
        if aside and re.search("[)）]", gap):
            break
        if q["unit"] != p["unit"] or q["kind"] != p["kind"] or not plain(q) or not plain_number(q["surface"]):
            continue
        if re.sub(r"[\d.．\s]", "", q["surface"]) != re.sub(r"[\d.．\s]", "", t["surface"]):
            break
        if contrasting(q["subject"], t["subject"]):   # the other side of the ledger: the list has ended
            break
        clause.append(q)
        last = q
    return clause


def part_plants(doc):
    """The first figure after 其中, raised to twice its total (the nearest figure before 其中 in the same unit)."""
    out = []
    ms = doc.metrics
    for i, p in enumerate(ms):
        if not plain(p) or not plain_number(p["surface"]):
            continue
        prev_end = ms[i - 1]["offset"] + len(ms[i - 1]["surface"]) if i else 0
        between = doc.text[prev_end:p["offset"]]
        if "其中" not in between:
            continue
        before = doc.text[max(0, p["offset"] - 400):p["offset"]]
        head = before[:before.rfind("其中")]
        if "。" in head[-200:] and head.rstrip()[-1:] not in "。":   # the total must sit in the same or previous sentence
            pass
        totals = [t for t in ms[:i] if t["offset"] >= p["offset"] - 400 and t["unit"] == p["unit"] and t["kind"] == p["kind"]
                  and plain(t) and plain_number(t["surface"]) and Decimal(str(t["value"])) > Decimal(str(p["value"]))]
        if not totals:
            continue
        t = totals[-1]
        # The total in the same paragraph, in the 其中's sentence or the one before (其中年初结余141.91万元 four
        # paragraphs under 收取业务收入484.14万元 is a part of something its own sentence names).
        # (A line break alone is no paragraph's end: PDF text wraps mid-sentence; an HTML block or table cell is.)
        span = doc.text[t["offset"] + len(t["surface"]):p["offset"]]
        if HTML_BLOCK.search(span) or span.count("。") > 1:
            continue
        tv, td = plain_number(t["surface"])
        pv, pd = plain_number(p["surface"])
        # same scale written: the surfaces' scale words after the number agree (亿元 and 亿元)
        if re.sub(r"[\d.．\s]", "", t["surface"]) != re.sub(r"[\d.．\s]", "", p["surface"]):
            continue
        new = with_number(p["surface"], tv * 2, td)
        out.append(("part-above-whole", p["line"], replaced(doc, p, new),
                    f"part {p['subject']} {p['surface']!r} → {new!r} above its total {t['subject']} {t['surface']!r} (line {t['line']})"))
        clause = breakdown(doc, i, t)
        if len(clause) > 1:   # the next part raised too
            q = clause[1]
            new = with_number(q["surface"], tv * 2, td)
            out.append(("part-above-whole", q["line"], replaced(doc, q, new),
                        f"second part {q['subject']} {q['surface']!r} → {new!r} above its total {t['subject']} {t['surface']!r} (line {t['line']})"))
    return out


def part_slip_plants(doc):
    """A complete breakdown in 亿 (其中 parts adding up to their total as written) with its last part slipped to 万:
    the parts then fall short of the total by almost that part."""
    out = []
    ms = doc.metrics
    for i, p in enumerate(ms):
        if not plain(p) or not plain_number(p["surface"]) or "亿" not in p["surface"]:
            continue
        prev_end = ms[i - 1]["offset"] + len(ms[i - 1]["surface"]) if i else 0
        if "其中" not in doc.text[prev_end:p["offset"]]:
            continue
        totals = [t for t in ms[:i] if t["offset"] >= p["offset"] - 400 and t["unit"] == p["unit"] and t["kind"] == p["kind"]
                  and plain(t) and plain_number(t["surface"]) and re.sub(r"[\d.．\s]", "", t["surface"]) == re.sub(r"[\d.．\s]", "", p["surface"])]
        if not totals:
            continue
        t = totals[-1]
        clause = breakdown(doc, i, t)
        if len(clause) < 2:
            continue
        numbers = [plain_number(m["surface"]) for m in clause]
        tv, td = plain_number(t["surface"])
        d = max([td] + [n[1] for n in numbers])
        if abs(sum(n[0] for n in numbers) - tv) > Decimal(len(clause) + 1) * Decimal(5).scaleb(-d - 1):
            continue
        m = clause[-1]
        # Each figure may be rounded by half a unit of its last digit (63亿元: 62.5–63.5): a part smaller than
        # the parts' and the total's rounding together leaves a sum that still fits, and no check can see it.
        slack = Decimal(5).scaleb(-td - 1) + sum(Decimal(5).scaleb(-n[1] - 1) for n in numbers)
        if numbers[-1][0] <= slack:
            continue
        k = m["surface"].index("亿")
        new = m["surface"][:k] + "万" + m["surface"][k + 1:]
        out.append(("scale-slip", m["line"], replaced(doc, m, new),
                    f"part {m['subject']} {m['surface']!r} → {new!r} of {t['subject']} {t['surface']!r} (parts add up)"))
    return out


def partitions():
    """The partitions of rules.yaml (`  - [出口, 进口]` lines under `partitions:`)."""
    out, inside = [], False
    for line in open(os.path.join(ROOT, "Sources", "Gongbao", "Resources", "rules.yaml"), encoding="utf-8"):
        if re.match(r"^\S", line):
            inside = line.startswith("partitions:")
            continue
        m = re.match(r"^\s+-\s*\[(.*)\]", line)
        if inside and m:
            out.append([w.strip() for w in m.group(1).split(",") if w.strip()])
    return out


def partition_plants(doc):
    """A total followed (within 600 characters, after 其中) by one part for each word of a partition, all in its
    unit and written scale, adding up to it within their rounding: the middle part's first digit moves by one."""
    out = []
    ms = doc.metrics
    words_list = partitions()
    for i, t in enumerate(ms):
        if not plain(t) or not plain_number(t["surface"]) or "人均" in t["subject"] or "平均" in t["subject"]:
            continue
        after = [q for q in ms[i + 1:] if q["offset"] - t["offset"] < 600]
        if not after or "其中" not in doc.text[t["offset"]:after[0]["offset"] + 1] and "其中" not in doc.text[t["offset"]:t["offset"] + 80]:
            continue
        scale = re.sub(r"[\d.．\s]", "", t["surface"])
        for words in words_list:
            chosen = []
            for w in words:
                hits = [q for q in after if plain(q) and plain_number(q["surface"]) and q["unit"] == t["unit"]
                        and q["kind"] == t["kind"] and re.sub(r"[\d.．\s]", "", q["surface"]) == scale
                        and w in q["subject"] and not any(o in q["subject"] for o in words if o != w)]
                if len(hits) != 1:
                    break
                chosen.append(hits[0])
            if len(chosen) != len(words):
                continue
            numbers = [plain_number(q["surface"]) for q in chosen]
            tv, td = plain_number(t["surface"])
            slack = Decimal(5).scaleb(-td - 1) + sum(Decimal(5).scaleb(-n[1] - 1) for n in numbers)
            if abs(sum(n[0] for n in numbers) - tv) > slack:
                continue
            q = chosen[len(chosen) // 2]
            new = bump_first_digit(q["surface"])
            if new and new != q["surface"]:
                out.append(("partition-off", t["line"], replaced(doc, q, new),
                            f"part {q['subject']} {q['surface']!r} → {new!r} of {t['subject']} {t['surface']!r} ({'/'.join(words)})"))
            new = transposed(t["surface"])
            if new and new != t["surface"]:
                out.append(("total-transposed", t["line"], replaced(doc, t, new),
                            f"total {t['subject']} {t['surface']!r} → {new!r} (parts {' + '.join(x['surface'] for x in chosen)})"))
            break
    return out


def transposed(surface):
    """Two neighbouring digits of the number traded, the pair nearest its middle that differ (3256.7 → 3265.7, 159.91 →
    195.91); the point stays where it is. None when all neighbours are equal."""
    span = number_span(surface)
    if not span:
        return None
    positions = [i for i in range(span[0], span[1]) if surface[i] in DIGITS]
    pairs = [(positions[k], positions[k + 1]) for k in range(len(positions) - 1)
             if surface[positions[k]] != surface[positions[k + 1]] and not (k == 0 and surface[positions[1]] in "0０")]
    if not pairs:
        return None
    middle = (len(positions) - 1) / 2
    i, j = min(pairs, key=lambda p: (abs(positions.index(p[0]) + 0.5 - middle), p[0]))
    chars = list(surface)
    chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


def structure_plants(doc):
    """Runs of three or more ratio parts without unit on one line under one subject, adding up to 100 within their
    rounding: the middle part's first digit moves by one."""
    out = []
    ms = doc.metrics
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and ms[j + 1]["kind"] == "ratio" and ms[i]["kind"] == "ratio" and ms[j + 1]["unit"] is None \
                and ms[i]["unit"] is None and ms[j + 1]["line"] == ms[i]["line"] and ms[j + 1]["subject"] == ms[i]["subject"]:
            j += 1
        run = ms[i:j + 1]
        i = j + 1
        if len(run) < 3 or not all(plain_number(m["surface"]) for m in run):
            continue
        numbers = [plain_number(m["surface"]) for m in run]
        slack = sum(Decimal(5).scaleb(-n[1] - 1) for n in numbers)
        if abs(sum(n[0] for n in numbers) - 100) > slack:
            continue
        q = run[len(run) // 2]
        new = bump_first_digit(q["surface"])
        if new and new != q["surface"]:
            out.append(("structure-off", run[0]["line"], replaced(doc, q, new),
                        f"part {q['surface']!r} → {new!r} of {run[0]['subject']} ({'：'.join(m['surface'] for m in run)})"))
    return out


def total_plants(doc):
    """Budget totals (收入总计, 支出合计) of a sentence that adds items after 加: the total's first digit moves by one."""
    out = []
    for m in doc.metrics:
        if m["kind"] != "money" or m["direction"] or not re.search("(收入|支出)(总计|合计)$", m["subject"] or ""):
            continue
        if not plain_number(m["surface"]):
            continue
        new = bump_first_digit(m["surface"])
        if new and new != m["surface"]:
            out.append(("total-off", m["line"], replaced(doc, m, new), f"{m['subject']} {m['surface']!r} → {new!r}"))
        new = transposed(m["surface"])
        if new and new != m["surface"]:
            out.append(("total-transposed", m["line"], replaced(doc, m, new), f"{m['subject']} {m['surface']!r} → {new!r}"))
    return out


# Amounts that may be below zero: rules.yaml `signed`, the list increase-exceeds-level reads.
SIGNED = resource_list("rules.yaml", "signed")


def repeat_change_plants(doc):
    """The change right after the later of a repeated figure, when the earlier one has the same change after it in the
    same words: its first digit moves by one (5.5% → 6.5%)."""
    out = []
    ms = doc.metrics
    nxt = {id(m): ms[i + 1] for i, m in enumerate(ms[:-1])}

    def change_after(m):
        c = nxt.get(id(m))
        if not c or not c["direction"] or c["qualifiers"] or c["value_max"] is not None or c["subject"] != m["subject"]:
            return None, None
        gap = doc.text[m["offset"] + len(m["surface"]):c["offset"]]
        if re.search("[。；;\n]", gap) or len(gap) > 24:
            return None, None
        return c, re.sub(r"[\s，,、]", "", gap)

    for a, b in repeats(doc):
        ca, ga = change_after(a)
        cb, gb = change_after(b)
        if not ca or not cb or ga != gb or (ca["value"], ca["unit"], ca["direction"]) != (cb["value"], cb["unit"], cb["direction"]):
            continue
        new = bump_first_digit(cb["surface"])
        if new and new != cb["surface"]:
            out.append(("repeat-change-off", cb["line"], replaced(doc, cb, new),
                        f"{cb['subject']} {cb['surface']!r} → {new!r} (after {b['surface']!r}, repeats line {ca['line']})"))
        swapped = word_swapped(doc, cb)
        if swapped and cb["value"] != 0:
            out.append(("change-word-swap", cb["line"], swapped[0],
                        f"{cb['subject']} {swapped[1]}{cb['surface']} → {swapped[2]}{cb['surface']} (after {b['surface']!r}, repeats line {ca['line']})"))
    return out


def increase_plants(doc):
    """An increase right after its level (same subject and unit, no 。；between): 万 → 亿 where that passes the level."""
    out = []
    ms = doc.metrics
    for a, b in zip(ms, ms[1:]):
        if a["kind"] not in AMOUNTS or a["direction"] or b["direction"] != "up" or a["unit"] != b["unit"] \
                or not a["subject"] or a["subject"] != b["subject"] or any(w in a["subject"] for w in SIGNED):
            continue
        gap = doc.text[a["offset"] + len(a["surface"]):b["offset"]]
        if re.search("[。；;\n]", gap) or len(gap) > 40 or b["qualifiers"] or b["value_max"] is not None \
                or b["surface"].count("万") != 1 or "亿" in b["surface"]:
            continue
        if Decimal(str(b["value"])) * 10000 <= Decimal(str(a["value"])):
            continue
        # The 万 must be the figure's scale word, right after its number — not the unit's (4.4公里/万平方公里: 亿 there
        # makes the increase smaller, not larger than its level).
        span = number_span(b["surface"])
        if not span or not b["surface"][span[1]:].lstrip().startswith("万"):
            continue
        new = b["surface"].replace("万", "亿")
        out.append(("increase-slip", b["line"], replaced(doc, b, new),
                    f"{b['subject']} {b['surface']!r} → {new!r} (level {a['surface']!r})"))
    return out


ORDERS = [("签约", "招引"), ("开工", "签约"), ("竣工", "开工")]


def order_plants(doc):
    out = []
    counts = [m for m in doc.metrics if m["kind"] == "count" and m["unit"] in ("个", "项") and plain(m) and plain_number(m["surface"])]
    for small, large in ORDERS:
        lefts = [m for m in counts if small in m["subject"] and large not in m["subject"]]
        rights = [m for m in counts if large in m["subject"] and small not in m["subject"]]
        if not rights:
            continue
        top = max(Decimal(str(r["value"])) for r in rights)
        for l in lefts:
            v, d = plain_number(l["surface"])
            new = with_number(l["surface"], top + 5, 0)
            out.append(("order-broken", l["line"], replaced(doc, l, new),
                        f"{l['subject']} {l['surface']!r} → {new!r} above {large} {top}"))
    return out


def fall_plants(doc, previous):
    """A running total lowered one unit below the previous bulletin's."""
    out = []
    prev = {}
    for m in previous.metrics:
        if m["cumulative"] and plain(m) and plain_number(m["surface"]):
            prev.setdefault((core(m["subject"]), m["unit"]), m)
    for m in doc.metrics:
        q = prev.get((core(m["subject"]), m["unit"]))
        if not (m["cumulative"] and plain(m) and q and plain_number(m["surface"])):
            continue
        qv, qd = plain_number(q["surface"])
        new = with_number(m["surface"], qv - Decimal(1).scaleb(-qd), qd)
        if re.sub(r"[\d.．\s]", "", q["surface"]) != re.sub(r"[\d.．\s]", "", m["surface"]):
            continue
        out.append(("cumulative-fall", m["line"], replaced(doc, m, new),
                    f"{m['subject']} {m['surface']!r} → {new!r} below {q['surface']!r} of {previous.name}"))
    return out


# MARK: - Session 9: what an outside grader plants that the kinds above do not

def digit_positions(surface):
    span = number_span(surface)
    return [i for i in range(span[0], span[1]) if surface[i] in DIGITS] if span else []


def bump_middle_digit(surface):
    """5678.9 → 5688.9: a digit inside the number (neither first nor last) moves by one; None under three digits."""
    pos = digit_positions(surface)
    if len(pos) < 3:
        return None
    at = pos[len(pos) // 2]
    d = DIGITS.index(surface[at]) % 10
    new = 8 if d == 9 else d + 1
    return surface[:at] + str(new) + surface[at + 1:]


def point_slips(surface):
    """The slips of a hand copying a number: the point one place left (5678.9 → 567.89) or dropped (56789); for a
    whole number of three digits or more, a middle digit dropped (2360 → 260) or written twice (236 → 2336)."""
    n = plain_number(surface)
    span = number_span(surface)
    if not n or not span:
        return []
    text = surface[span[0]:span[1]]
    out = []
    if "." in text:
        whole, frac = text.split(".")
        if len(whole) >= 2:
            out.append(whole[:-1] + "." + whole[-1] + frac)
        out.append(whole + frac)
    elif len(text) >= 3:
        k = len(text) // 2
        out.append(text[:k] + text[k + 1:])
        out.append(text[:k] + text[k] + text[k:])
    return [surface[:span[0]] + t + surface[span[1]:] for t in out if t != text and not t.startswith("0")]


def repeat_digit_plants(doc):
    out = []
    for a, b in spread(repeats(doc), PER_KIND):
        new = bump_middle_digit(b["surface"])
        if new and new != b["surface"]:
            out.append(("repeat-middle-digit", b["line"], replaced(doc, b, new),
                        f"{b['subject']} {b['surface']!r} → {new!r} (repeats line {a['line']})"))
        for new in point_slips(b["surface"]):
            out.append(("repeat-point-slip", b["line"], replaced(doc, b, new),
                        f"{b['subject']} {b['surface']!r} → {new!r} (repeats line {a['line']})"))
    return out


GENERIC = {"收入", "支出", "项目", "企业", "资金", "人员", "增加", "全市", "全区", "全省", "全国", "预算", "其中", "总额", "投资"}


def shared_word(x, y):
    """The longest run of two or more letters two subjects share (not a generic word alone), else ''."""
    best = ""
    for i in range(len(x)):
        for j in range(i + 2, len(x) + 1):
            w = x[i:j]
            if len(w) > len(best) and w in y and w not in GENERIC:
                best = w
    return best


def reworded_repeats(doc):
    """Pairs of one figure stated twice in other words (第三产业增加值 159.91亿元 / 服务业(第三产业)增加值 159.91亿元;
    投资2000亿元 / 开发建设总投资额2000亿元): same value, unit and kind, three digits or more written, subjects
    sharing a word but not related as the kinds above require, in one section, lines two apart."""
    ms = [m for m in doc.metrics if plain(m) and plain_number(m["surface"]) and len(digit_positions(m["surface"])) >= 3]
    related = {(id(a), id(b)) for a, b in repeats(doc)}
    out = []
    for j, b in enumerate(ms):
        for a in ms[:j]:
            if (a["value"], a["unit"], a["kind"]) != (b["value"], b["unit"], b["kind"]) or b["line"] - a["line"] < 2:
                continue
            if (id(a), id(b)) in related or not fair_repeat(doc, a, b) or contrasting(a["subject"], b["subject"]):
                continue
            ca, cb = core(a["subject"]), core(b["subject"])
            if ca == cb or ca.endswith(cb) or cb.endswith(ca) or len(shared_word(ca, cb)) < 2:
                continue
            out.append((a, b))
            break
    return out


def reworded_plants(doc):
    out = []
    for a, b in spread(reworded_repeats(doc), PER_KIND):
        for new in dict.fromkeys([bump_last_digit(b["surface"]), bump_first_digit(b["surface"])]):
            if new and new != b["surface"]:
                out.append(("repeat-reworded", b["line"], replaced(doc, b, new),
                            f"{b['subject']} {b['surface']!r} → {new!r} (repeats {a['subject']} {a['surface']!r} line {a['line']})"))
    return out


def part_other_scale_plants(doc):
    """The first part after 其中 raised above its total in 亿 and written in 万 (国有土地使用权出让收入25亿元 under
    收入45.1亿元 → 676500万元)."""
    out = []
    for kind, line, text, what in part_plants(doc):
        if not what.startswith("part "):
            continue
        m = next((m for m in doc.metrics if m["line"] == line and what.startswith(f"part {m['subject']} {m['surface']!r}")), None)
        t = re.search(r"above its total .* '([^']*)' \(line", what)
        if not m or not t or "亿" not in m["surface"] or "亿" not in t.group(1):
            continue
        tv, td = plain_number(t.group(1))
        span = number_span(m["surface"])
        k = m["surface"].index("亿", span[1])
        if m["surface"][k + 1:k + 2] == "万":
            continue
        new = m["surface"][:span[0]] + f"{(tv * Decimal('1.5') * 10000).quantize(Decimal(1))}" + m["surface"][span[1]:k] + "万" + m["surface"][k + 1:]
        out.append(("part-other-scale", line, replaced(doc, m, new), f"{m['subject']} {m['surface']!r} → {new!r} above its total {t.group(1)!r}"))
    return out


def share_list_plants(doc):
    """Shares of one whole given out by 分别 (贡献率分别为9.9%、33.4%和56.7%; 增加值占比分别为9.7%、8.8%): percents joined
    by 、和及与 alone, the first after 分别 in a clause naming a share (占, 比重, 份额, 贡献率); the last one raised so that
    the list passes 100% while each share stays below it."""
    out = []
    ms = [m for m in doc.metrics if m["unit"] == "%" and not m["direction"] and plain_number(m["surface"])]
    for run in joined_runs(doc, ms, 400):
        clause = re.split(r"[，。；;,：:]", bare(doc.text[max(0, run[0]["offset"] - 300):run[0]["offset"]]))[-1]
        if "分别" not in clause or not re.search("占|比重|份额|贡献率", clause):
            continue
        numbers = [plain_number(m["surface"]) for m in run]
        total = sum(n[0] for n in numbers)
        if total > 100:
            continue
        q = run[-1]
        v, d = numbers[-1]
        nv = v + (100 - total) + 5
        if nv >= 100:
            continue
        new = with_number(q["surface"], nv, d)
        out.append(("shares-over-100", q["line"], replaced(doc, q, new),
                    f"{q['subject']} {q['surface']!r} → {new!r} ({' + '.join(m['surface'] for m in run)} passes 100%)"))
    return out


POPULATION = re.compile(r"人口|居民|户籍|常住")


def lone_slip_plants(doc):
    """万 → 亿 where nothing repeats the figure: a per-head amount (人均可支配收入4.5万元 → 4.5亿元; 115155元 →
    115155万元) and a population (常住人口14.5万人 → 14.5亿人)."""
    out = []
    for m in doc.metrics:
        if not plain(m) or not plain_number(m["surface"]) or not m["subject"]:
            continue
        s = m["surface"]
        span = number_span(s)
        rest = s[span[1]:].lstrip()
        if "人均" in m["subject"] and m["kind"] == "money":
            if rest.startswith("万"):
                new = s[:span[1]] + s[span[1]:].replace("万", "亿", 1)
            elif rest.startswith("元"):
                new = s[:span[1]] + "万" + s[span[1]:]
            else:
                continue
        elif POPULATION.search(m["subject"]) and m["unit"] == "人" and rest.startswith("万人") and "人均" not in m["subject"]:
            new = s[:span[1]] + s[span[1]:].replace("万", "亿", 1)
        else:
            continue
        out.append(("lone-scale-slip", m["line"], replaced(doc, m, new), f"{m['subject']} {s!r} → {new!r}"))
    return out


AGGREGATE = re.compile(r"(地区|国内)生产总值$|GDP$|居民消费价格(总水平)?$|CPI$")


def rate_plants(doc):
    """A change turned absurd: GDP or CPI growing 155.5% or 55% (point dropped), a level that cannot be below zero
    falling by more than all of it (下降3.4% → 下降103.4%)."""
    out = []
    for m in doc.metrics:
        if m["unit"] != "%" or not m["direction"] or m["qualifiers"] or m["value_max"] is not None or not plain_number(m["surface"]):
            continue
        v, d = plain_number(m["surface"])
        subject = m["subject"] or ""
        news = []
        if AGGREGATE.search(subject) and v < 20:
            news.append(with_number(m["surface"], v + 100, d))
            if d == 1 and v >= 3:
                news.append(with_number(m["surface"], v * 10, 0))
        elif m["direction"] == "down" and subject and not any(w in subject for w in SIGNED) and v < 100:
            news.append(with_number(m["surface"], v + 100, d))
        for new in news:
            out.append(("rate-absurd", m["line"], replaced(doc, m, new), f"{subject} {m['direction']} {m['surface']!r} → {new!r}"))
    return out


def words_before(doc, m, n=8):
    """The n letters before a figure in its clause (tags and spaces out), '' when a mark ends the clause sooner."""
    text = bare(doc.text[max(0, m["offset"] - 200):m["offset"]])
    clause = re.split(r"[，。；;,：:]", text)[-1]
    return clause[-n:] if len(clause) >= n else ""


def rate_repeats(doc):
    """A change stated twice on its own (a headline and its paragraph: 2024年4月份居民消费价格同比上涨0.3% / 全国居民
    消费价格同比上涨0.3%): same subject, value and direction, the same words before it in its clause (the comparison
    and the direction: 居民消费价格同比上涨), lines two apart, in one section."""
    ms = [m for m in doc.metrics if m["unit"] == "%" and m["direction"] and not m["qualifiers"] and m["value_max"] is None
          and plain_number(m["surface"]) and len(core(m["subject"] or "")) >= 2]
    out = []
    for j, b in enumerate(ms):
        wb = words_before(doc, b)
        for a in ms[:j]:
            if (a["value"], a["direction"], a["subject"]) != (b["value"], b["direction"], b["subject"]) or b["line"] - a["line"] < 1:
                continue
            if not wb or words_before(doc, a) != wb or not fair_repeat(doc, a, b):
                continue
            out.append((a, b))
            break
    return out


def rate_repeat_plants(doc):
    out = []
    for a, b in spread(rate_repeats(doc), PER_KIND):
        new = bump_last_digit(b["surface"])
        if new and new != b["surface"]:
            out.append(("rate-repeat", b["line"], replaced(doc, b, new),
                        f"{b['subject']} {b['direction']} {b['surface']!r} → {new!r} (repeats line {a['line']}: …{words_before(doc, a)})"))
        swapped = word_swapped(doc, b)
        if swapped and b["value"] != 0:
            out.append(("change-word-swap", b["line"], swapped[0],
                        f"{b['subject']} {swapped[1]}{b['surface']} → {swapped[2]}{b['surface']} (repeats line {a['line']}: …{words_before(doc, a)})"))
    return out


def first_of_pair_plants(doc):
    """The earlier of a repeated figure changed (a grader picks either statement: the headline as often as the body):
    its last digit moves, or 万 and 亿 trade places."""
    out = []
    for a, b in spread(repeats(doc), PER_KIND):
        new = bump_last_digit(a["surface"])
        if new and new != a["surface"]:
            out.append(("repeat-first", a["line"], replaced(doc, a, new),
                        f"{a['subject']} {a['surface']!r} → {new!r} (repeated at line {b['line']})"))
        span = number_span(a["surface"])
        k = next((i for i, c in enumerate(a["surface"]) if c in "万亿" and i >= span[1]), None)
        if k is not None and a["surface"][k - 1:k] not in ("千", "百"):
            new = a["surface"][:k] + ("亿" if a["surface"][k] == "万" else "万") + a["surface"][k + 1:]
            out.append(("repeat-first", a["line"], replaced(doc, a, new),
                        f"{a['subject']} {a['surface']!r} → {new!r} (repeated at line {b['line']})"))
    for a, b in spread(rate_repeats(doc), PER_KIND):
        new = bump_last_digit(a["surface"])
        if new and new != a["surface"]:
            out.append(("repeat-first", a["line"], replaced(doc, a, new),
                        f"{a['subject']} {a['direction']} {a['surface']!r} → {new!r} (rate repeated at line {b['line']})"))
    return out


def rise_plants(doc, later):
    """The earlier bulletin's running total raised one unit above the later one's (the fall planted from the other side:
    a grader changes either bulletin)."""
    out = []
    nxt = {}
    for m in later.metrics:
        if m["cumulative"] and plain(m) and plain_number(m["surface"]):
            nxt.setdefault((core(m["subject"]), m["unit"]), m)
    for m in doc.metrics:
        q = nxt.get((core(m["subject"]), m["unit"]))
        if not (m["cumulative"] and plain(m) and q and plain_number(m["surface"])):
            continue
        if re.sub(r"[\d.．\s]", "", q["surface"]) != re.sub(r"[\d.．\s]", "", m["surface"]):
            continue
        qv, qd = plain_number(q["surface"])
        new = with_number(m["surface"], qv + Decimal(1).scaleb(-qd), qd)
        out.append(("earlier-raised", m["line"], replaced(doc, m, new),
                    f"{m['subject']} {m['surface']!r} → {new!r} above {q['surface']!r} of {later.name}"))
    return out


def total_lowered_plants(doc):
    """A total lowered below its first 其中 part (the part-above-whole fault planted from the other side): the total's
    first digit moved down to a value under the part (收入142.9亿元 → 42.9亿元 beside 保险费收入74.1亿元)."""
    out = []
    for kind, line, text, what in part_plants(doc):
        if not what.startswith("part "):
            continue
        m = re.search(r"above its total (.*) '([^']*)' \(line (\d+)\)$", what)
        p = next((x for x in doc.metrics if x["line"] == line and what.startswith(f"part {x['subject']} {x['surface']!r}")), None)
        if not m or not p:
            continue
        t = next((x for x in doc.metrics if x["line"] == int(m.group(3)) and x["surface"] == m.group(2)), None)
        if not t:
            continue
        tv, td = plain_number(t["surface"])
        pv, pd = plain_number(p["surface"])
        new_value = (pv / 2).quantize(Decimal(1).scaleb(-td)) if td else (pv / 2).to_integral_value()
        if new_value <= 0 or new_value >= pv:
            continue
        new = with_number(t["surface"], new_value, td)
        out.append(("total-lowered", t["line"], replaced(doc, t, new),
                    f"total {t['subject']} {t['surface']!r} → {new!r} below its part {p['subject']} {p['surface']!r} (line {p['line']})"))
    return out


def shares_after_part(doc):
    """(part, share) for each share stated right after its part in one clause run (城镇常住人口612.5万人，占常住人口比重为
    71.5%; 其中，省外到位资金60.8亿元，占…比重为71.8%), the share not of a budget."""
    ms = doc.metrics
    for a, m in zip(ms, ms[1:]):
        if m["unit"] != "%" or m["direction"] or not plain_number(m["surface"]) or "占" not in (m["subject"] or ""):
            continue
        if "预算" in m["subject"].split("占")[-1]:   # 占预算的比例: a completion rate against a budget the text never states
            continue
        if a["kind"] not in AMOUNTS or a["direction"] or not plain(a):
            continue
        gap = bare(doc.text[a["positions"][-1] + 1:m["offset"]])
        if re.search("[。；;]", gap) or len(gap) > 30:
            continue
        # A part inside an aside (工业用水115亿立方米(含直流火核电冷却水48.4亿立方米)，占用水总量的14.8%): the share is
        # the figure's before the aside, not the aside's.
        if re.search("[)）]", gap):
            continue
        # A share of no named whole (…占比达65%) is its part's only where it names that part (非税收入26,046万元，
        # 非税收入占比38.62%), not after another figure (融资担保服务23.6亿元，…采购占比达65%); a figure whose subject holds
        # the share's 占 qualifies its name (12条重点产业链项目占比达84.4%) and is no part.
        if "占" in (a["subject"] or ""):
            continue
        whole = re.sub(r"^(?:的)?|(?:的)?(?:比重|比例|份额|比)(?:为|达)?$", "", m["subject"].split("占")[-1])
        named = core(m["subject"].split("占")[0])
        if not whole and not (named and core(a["subject"]) and (named.endswith(core(a["subject"])) or core(a["subject"]).endswith(named))):
            continue
        yield a, m


def share_off_plants(doc):
    """A share stated right after its part with its first digit moved (71.5% → 81.5%), kept under 100."""
    out = []
    for a, m in shares_after_part(doc):
        new = bump_first_digit(m["surface"])
        if not new or new == m["surface"] or plain_number(new)[0] >= 100:
            continue
        out.append(("share-off", m["line"], replaced(doc, m, new),
                    f"{m['subject']} {m['surface']!r} → {new!r} (after {a['subject']} {a['surface']!r})"))
    return out


def series_slip_earlier_plants(doc, later):
    """万 ↔ 亿 on a figure of the earlier bulletin that the later one states again (its neighbour in the series)."""
    out = []
    nxt = {(core(m["subject"]), m["unit"]) for m in later.metrics if plain(m)}
    for m in doc.metrics:
        if not plain(m) or not plain_number(m["surface"]) or (core(m["subject"]), m["unit"]) not in nxt:
            continue
        s_ = m["surface"]
        span = number_span(s_)
        k = next((i for i, c in enumerate(s_) if c in "万亿" and i >= span[1]), None)
        if k is None or s_[k - 1:k] in ("千", "百"):
            continue
        new = s_[:k] + ("亿" if s_[k] == "万" else "万") + s_[k + 1:]
        out.append(("series-slip-earlier", m["line"], replaced(doc, m, new), f"{m['subject']} {s_!r} → {new!r} (restated in {later.name})"))
    return out


PER_UNIT = resource_list("rules.yaml", "per_unit")
# rules.yaml tolerances: scale-factor — a 万/亿 slip is a ratio within ×/÷ this of 10⁴.
SCALE_FACTOR = int(re.search(r"^\s*scale-factor:\s*(\d+)", open(os.path.join(ROOT, "Sources", "Gongbao", "Resources", "rules.yaml"),
                                                                encoding="utf-8").read(), re.M).group(1))


def paragraph_of(doc, m):
    """The paragraph a figure sits in: the text between block breaks (a line, or an HTML block)."""
    starts = [0] + [b.end() for b in BLOCK.finditer(doc.text)]
    k = 0
    for i, st in enumerate(starts):
        if st <= m["offset"]:
            k = i
    return k


def sibling_slip_plants(doc):
    """Figures of one paragraph naming kinds of one thing (their subjects end alike in two letters or more, each
    longer than that ending; per-unit or not alike), in one unit, kind and written scale, three or more, no 其中
    before any: the median one (and the first) gets 万 for 亿, 亿 for 万, or 万 after a number in 元."""
    def suffix(a, b):
        n = 0
        while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
            n += 1
        return a[len(a) - n:]

    def scale(m):
        span = number_span(m["surface"])
        rest = m["surface"][span[1]:].lstrip()
        return re.match(r"[千万亿]*", rest).group(0)

    out = []
    ms = [m for m in doc.metrics if plain(m) and plain_number(m["surface"]) and m["subject"] and Decimal(str(m["value"])) > 0]
    by_para = {}
    for m in ms:
        by_para.setdefault((paragraph_of(doc, m), m["unit"], m["kind"], scale(m),
                            any(w in m["subject"] for w in PER_UNIT)), []).append(m)
    seen = set()
    for key, group in by_para.items():
        if key[3] not in ("万", "亿", ""):
            continue
        for a in group:
            sib = [b for b in group if b is not a and len(suffix(a["subject"], b["subject"])) >= 2
                   and len(suffix(a["subject"], b["subject"])) < min(len(a["subject"]), len(b["subject"]))]
            members = [a] + sib
            ids = frozenset(id(x) for x in members)
            if len(members) < 3 or ids in seen:
                continue
            seen.add(ids)
            ordered = sorted(members, key=lambda x: Decimal(str(x["value"])))
            for m in dict.fromkeys([id(ordered[len(ordered) // 2]), id(members[0])]):
                m = next(x for x in members if id(x) == m)
                text = doc.text[max(0, m["offset"] - 60):m["offset"]]
                if "其中" in text:
                    continue
                s_ = m["surface"]
                span = number_span(s_)
                if re.match(r"[,，][0-9０-９]", s_[span[1]:]):   # 57,355万元: number_span ends at the comma
                    continue
                k = span[1] + (len(s_[span[1]:]) - len(s_[span[1]:].lstrip()))
                if key[3] == "万":
                    new = s_[:k] + "亿" + s_[k + 1:]
                elif key[3] == "亿":
                    new = s_[:k] + "万" + s_[k + 1:]
                else:
                    new = s_[:k] + "万" + s_[k:]
                # Only a slip that leaves the figure ~10⁴ off every sibling (10⁴ ÷ factor² at least, as SiblingSlip
                # reads it): a list spreads — 原煤产量3.0亿吨 beside 水泥产量960.2万吨, 研究生毕业生102人 beside 普通本专科毕业生
                # 18844人 — and a figure left within a thousand times of a sibling reads as a large or small item of it.
                v = Decimal(str(m["value"]))
                slipped = v / 10000 if key[3] == "亿" else v * 10000
                others = [Decimal(str(x["value"])) for x in members if x is not m]
                if slipped > v and slipped * SCALE_FACTOR ** 2 < max(others) * 10000:
                    continue
                if slipped < v and slipped * 10000 > min(others) * SCALE_FACTOR ** 2:
                    continue
                out.append(("sibling-slip", m["line"], replaced(doc, m, new),
                            f"{m['subject']} {s_!r} → {new!r} (siblings {', '.join(x['subject'] + ' ' + x['surface'] for x in members if x is not m)})"))
    return out


BASE_WORDS = ("上年同期", "去年同期", "上年末", "去年末", "上年", "去年")


def rate_provable(doc, a, b, r, new):
    """A rate `new` written in place of `r` after level `a` and amount or earlier value `b` that no rounding of the three
    figures reconciles: the level and the base may each lie anywhere within their rounding (the base, level minus or
    plus the amount, within both), and the rate within its own."""
    ha, hb = half_unit(a), half_unit(b)
    if ha is None or hb is None:
        return False
    av, bv = Decimal(str(a["value"])), Decimal(str(b["value"]))
    if b["direction"] is None:
        base, hbase = bv, hb
    else:
        base, hbase = (av - bv if b["direction"] == "up" else av + bv), ha + hb
    if base - hbase <= 0:
        return False
    lo, hi = rate_range(av, ha, base, hbase)
    nv = plain_number(new)[0] * (-1 if r["direction"] == "down" else 1)
    hr = half_unit(r) or Decimal(0)
    return not (lo - Decimal("0.1") <= nv + hr and nv - hr <= hi + Decimal("0.1"))


def rate_base_plants(doc):
    """A level, then (in its sentence, each right after the other) the amount it changed by or its earlier value
    (上年为, 比上年的), and a rate: when the rate agrees with them as written, its first digit moves."""
    out = []
    ms = doc.metrics
    for i, a in enumerate(ms):
        if a["kind"] not in AMOUNTS or not plain(a) or not a["subject"]:
            continue
        run = []
        for q in ms[i + 1:i + 4]:
            gap = bare(doc.text[(run[-1] if run else a)["positions"][-1] + 1:q["offset"]])
            if re.search("[。；;]", gap) or len(gap) > 12 or re.search("预算|计划|目标|年均|实际|可比|口径", gap):
                break
            run.append(q)
        if len(run) < 2:
            continue
        av = Decimal(str(a["value"]))
        b, r = run[0], run[1]
        gap = bare(doc.text[a["positions"][-1] + 1:b["offset"]])
        if b["direction"] is None and b["unit"] == a["unit"] and b["kind"] == a["kind"] and re.search("(" + "|".join(BASE_WORDS) + ")[为是的]?$", gap):
            base = Decimal(str(b["value"]))
        elif b["direction"] in ("up", "down") and b["unit"] == a["unit"] and b["kind"] == a["kind"] and b["subject"] == a["subject"] and not b["qualifiers"]:
            base = av - Decimal(str(b["value"])) if b["direction"] == "up" else av + Decimal(str(b["value"]))
        else:
            continue
        if r["unit"] != "%" or r["direction"] not in ("up", "down") or r["qualifiers"] or not plain_number(r["surface"]) or base <= 0:
            continue
        implied = (av / base - 1) * 100
        stated = Decimal(str(r["value"])) * (-1 if r["direction"] == "down" else 1)
        if abs(implied - stated) > Decimal("0.3"):
            continue
        new = bump_first_digit(r["surface"])
        # Only a rate no rounding of the three figures reconciles any more (国有资本经营预算支出49万元，较上年减少4万元，
        # 下降7.5% → 8.5%: 4 ÷ 53 lies anywhere from 6.5% to 8.6% as the two amounts are rounded — no fault a reader
        # could prove).
        if new and new != r["surface"] and rate_provable(doc, a, b, r, new):
            out.append(("rate-vs-base", r["line"], replaced(doc, r, new),
                        f"{a['subject']} {a['surface']!r}, {b['surface']!r}, rate {r['surface']!r} → {new!r}"))
        swapped = word_swapped(doc, r)
        if swapped and stated != 0:
            out.append(("change-word-swap", r["line"], swapped[0],
                        f"{a['subject']} {a['surface']!r}, {b['surface']!r}: {swapped[1]}{r['surface']} → {swapped[2]}{r['surface']}"))
    return out


# A change's word and the one saying the opposite (增长 ↔ 下降): the word a grader swaps.
OPPOSITES = [("增长", "下降"), ("增加", "减少"), ("提高", "降低"), ("上升", "下降"), ("上涨", "下跌"), ("扩大", "缩小"), ("下降", "增长"),
             ("减少", "增加"), ("降低", "提高"), ("下跌", "上涨"), ("回落", "上升"), ("缩小", "扩大")]


def word_swapped(doc, m):
    """(text, old word, new word) with the change word right before `m` (增长20.0%, 下降了3.1%) traded for its
    opposite; None when no such word stands there."""
    start = m["offset"]
    before = doc.text[max(0, start - 4):start]
    for old, new in OPPOSITES:
        for tail in (old, old + "了"):
            if before.endswith(tail):
                at = start - len(tail)
                return doc.text[:at] + new + doc.text[at + len(old):], old, new
    return None


def from_to_change_plants(doc):
    """由A增加到B (rules.yaml change_verbs) and right after, in its sentence, the change between them (增长25.0%,
    提高0.9个百分点, 增加6083元) agreeing with the two levels as written: the change's first digit moves
    (from-to-change-off), or its word is traded for the opposite (增长 → 下降: change-word-swap)."""
    out = []
    ms = doc.metrics
    clean = bare
    for i, (a, b) in enumerate(zip(ms, ms[1:])):
        if a["kind"] != b["kind"] or a["unit"] != b["unit"] or a["direction"] or b["direction"] or a["value"] == b["value"] \
                or not plain_number(a["surface"]) or not plain_number(b["surface"]) or a["value_max"] is not None or b["value_max"] is not None \
                or a["qualifiers"] or b["qualifiers"]:
            continue
        gap = clean(doc.text[a["positions"][-1] + 1:b["offset"]])
        before = clean(doc.text[max(0, a["offset"] - 40):a["offset"]])
        clause = re.split(r"[，。；;,：:]", before)[-1][-14:]
        if len(gap) > 14 or re.search(r"[，。；;,：:]", gap) or not re.search("[到至]", gap) or not re.search("[由从]", clause) \
                or not any(v in gap for v in CHANGE_VERBS):
            continue
        if i + 2 >= len(ms):
            continue
        r = ms[i + 2]
        between = clean(doc.text[b["positions"][-1] + 1:r["offset"]])
        sentence = clean(doc.text[max(0, a["offset"] - 80):r["offset"]])
        sentence = re.split(r"[。；;！？]", sentence)[-1]
        if len(between) > 12 or re.search(r"[。；;]", between) or r["direction"] not in ("up", "down") or r["qualifiers"] \
                or not plain_number(r["surface"]) or r["value_max"] is not None \
                or re.search("年均|平均|实际|可比|不变价|扣除价格", sentence + between):
            continue
        av, bv, rv = (Decimal(str(x["value"])) for x in (a, b, r))
        sign = -1 if r["direction"] == "down" else 1
        if a["unit"] == "%" and r["unit"] in ("个百分点", "百分点"):
            implied, slack = bv - av, Decimal("0.11")
        elif r["unit"] == "%" and a["unit"] != "%" and av > 0:
            implied, slack = (bv / av - 1) * 100, Decimal("0.3")
        elif r["unit"] == a["unit"] and r["kind"] == a["kind"] and a["unit"] != "%":
            implied, slack = bv - av, max(abs(bv - av) * Decimal("0.01"), Decimal("0.000001"))
        else:
            continue
        if implied == 0 or abs(implied - sign * rv) > slack:
            continue
        new = bump_first_digit(r["surface"])
        if new and new != r["surface"]:
            out.append(("from-to-change-off", r["line"], replaced(doc, r, new),
                        f"{a['subject']} 由{a['surface']!r}到{b['surface']!r}, change {r['surface']!r} → {new!r}"))
        swapped = word_swapped(doc, r)
        if swapped:
            out.append(("change-word-swap", r["line"], swapped[0],
                        f"{a['subject']} 由{a['surface']!r}到{b['surface']!r}: {swapped[1]}{r['surface']} → {swapped[2]}{r['surface']}"))
    return out


def impossible_date(surface):
    """The date written with a day its month does not have: 4月30日 → 4月31日, 2月14日 → 2月30日, 3月31日 → 4月31日
    (a 31-day month's other days are left); None when the surface writes no Arabic month and day."""
    m = re.search(r"([0-9]{1,2})月([0-9]{1,2})[日号]", surface)
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return None
    if month == 2:
        return surface[:m.start(2)] + "30" + surface[m.end(2):]
    if month in (4, 6, 9, 11):
        return surface[:m.start(2)] + "31" + surface[m.end(2):]
    if day == 31 and month in (3, 5, 8, 10):
        return surface[:m.start(1)] + str(month + 1) + surface[m.end(1):]
    return None


CN_DIGITS = "一二三四五六七八九十"


def enumeration_plants(doc):
    """A count in Chinese numerals announcing a 一是 list right after it (重点抓好三项工作：一是…二是…三是…, 新政分三大
    板块，一是…), the list as long as the count says: the count gets one more or one less (三项 → 四项, 两项)."""
    out = []
    for m in doc.metrics:
        if m["kind"] != "count" or m["qualifiers"] or m["direction"] or not m["surface"] or m["surface"][0] not in CN_DIGITS + "两":
            continue
        n = m["value"]
        if n != int(n) or not 2 <= n <= 9 or len(m["surface"]) < 2 or m["surface"][1] in CN_DIGITS:
            continue
        end = m["positions"][-1] + 1
        head = doc.text[end:end + 12]
        if "一是" not in head or re.search(r"[0-9]", head.split("一是")[0]):
            continue
        at = end + head.index("一是") + 2
        items = 1
        while items < 9:
            nxt = doc.text.find(CN_DIGITS[items] + "是", at, at + 2000)
            again = doc.text.find("一是", at, at + 2000)
            if nxt < 0 or (0 <= again < nxt):
                break
            at = nxt + 2
            items += 1
        if items != n:
            continue
        for k in (int(n) + 1, int(n) - 1):
            if k < 2:
                continue
            word = "两" if k == 2 else CN_DIGITS[k - 1]
            new = word + m["surface"][1:]
            out.append(("enumeration-off", m["line"], replaced(doc, m, new), f"{m['subject']} {m['surface']!r} → {new!r} (a list of {items})"))
    return out


def date_plants(doc):
    out = []
    for m in doc.metrics:
        if m["kind"] != "date" or not m.get("date") or len(m["date"]) != 10:
            continue
        new = impossible_date(m["surface"])
        if new and new != m["surface"]:
            out.append(("impossible-date", m["line"], replaced(doc, m, new), f"{m['surface']!r} → {new!r}"))
    return out


def listed_total_plants(doc):
    out = []
    ms = doc.metrics
    for i, t in enumerate(ms):
        if t["kind"] not in AMOUNTS or not plain(t) or not plain_number(t["surface"]):
            continue
        before = bare(doc.text[max(0, t["offset"] - 400):t["offset"]])
        sentence = re.split(r"[。；;！？]", before)[-1]
        clause = re.split(r"[，,：:]", sentence)[-1]
        if len(clause) > 10 or not re.search(r"(合计|共计|总计|总共|一共)(为|达|达到|是)?$", clause) or "其中" in sentence \
                or "加上" in sentence or "，加" in sentence or sentence.startswith("加"):
            continue
        items = [q for q in ms[:i] if q["offset"] >= t["offset"] - 400 and q["unit"] == t["unit"] and q["kind"] == t["kind"]
                 and not q["direction"] and plain_number(q["surface"])
                 and "。" not in re.sub(r"<[^>]*>", "", doc.text[q["offset"]:t["offset"]]) and "；" not in doc.text[q["offset"]:t["offset"]]]
        if len(items) < 2 or not all(plain(q) for q in items):
            continue
        numbers = [plain_number(q["surface"]) for q in items]
        tv, td = plain_number(t["surface"])
        scale = lambda m: Decimal(str(m["value"])) / plain_number(m["surface"])[0]
        total = sum(Decimal(str(q["value"])) for q in items)
        slack = sum(Decimal(5).scaleb(-n[1] - 1) * scale(q) for n, q in zip(numbers, items)) + Decimal(5).scaleb(-td - 1) * scale(t)
        if abs(total - Decimal(str(t["value"]))) > slack:
            continue
        new = bump_first_digit(t["surface"])
        if new and new != t["surface"]:
            out.append(("listed-total-off", t["line"], replaced(doc, t, new),
                        f"{t['subject']} {t['surface']!r} → {new!r} (items {' + '.join(q['surface'] for q in items)})"))
    return out


def list_count_plants(doc):
    out = []
    ms = [m for m in doc.metrics if plain_number(m["surface"])]
    for run in joined_runs(doc, ms, 200):
        before = bare(doc.text[max(0, run[0]["offset"] - 200):run[0]["offset"]])
        clause = re.split(r"[，。；;,：:]", before)[-1]
        if "分别" not in clause or re.search(r"[0-9]", clause.split("分别")[-1]):
            continue
        head = clause.rsplit("分别", 1)[0]
        if "、" not in head or re.search("[和及与]", head) or head.count("、") + 1 != len(run):
            continue
        after = bare(doc.text[run[-1]["positions"][-1] + 1:run[-1]["positions"][-1] + 40])
        if re.match(r"[^，。；;,：:]*[0-9]", after):
            continue
        last, prev = run[-1], run[-2]
        start, end = prev["positions"][-1] + 1, last["positions"][-1] + 1
        text = doc.text[:start] + doc.text[end:]
        out.append(("list-count-off", run[0]["line"], text,
                    f"{head}分别 {'、'.join(m['surface'] for m in run)} → the last figure dropped"))
    return out


DEFINITIONS = [("城镇化率", ("城镇常住人口", "城镇人口"), ("常住人口",), False),
               ("人均地区生产总值", ("地区生产总值",), ("常住人口",), True)]


def ratio_plants(doc):
    out = []
    lv = [m for m in doc.metrics if not m["direction"] and m["value_max"] is None and m["subject"] and plain_number(m["surface"])]
    for name, parts, wholes, per in DEFINITIONS:
        part = [m for m in lv if m["kind"] in AMOUNTS and m["subject"].endswith(parts) and not any(w in m["subject"] for w in PER_UNIT)]
        whole = [m for m in lv if m["kind"] in AMOUNTS and m["subject"].endswith(wholes)
                 and not re.search("城镇|乡村|农村|户籍", m["subject"]) and not any(w in m["subject"] for w in PER_UNIT)]
        if not part or not whole:
            continue
        for r in lv:
            if name not in r["subject"] or (r["unit"] == "%") == per:
                continue
            q = Decimal(str(part[0]["value"])) / Decimal(str(whole[0]["value"])) * (1 if per else 100)
            v = Decimal(str(r["value"]))
            if (per and abs(v - q) / q > Decimal("0.03")) or (not per and abs(v - q) > Decimal("0.2")):
                continue
            new = bump_first_digit(r["surface"])
            if new and new != r["surface"] and (per or plain_number(new)[0] < 100):
                out.append(("ratio-off", r["line"], replaced(doc, r, new), f"{r['subject']} {r['surface']!r} → {new!r} ({part[0]['surface']} / {whole[0]['surface']})"))
    return out


def month_plants(doc):
    out = []
    def months(scope):
        m = re.search(r"(?<![0-9—\-～~至])([0-9]{1,2})月份?", scope or "")
        return int(m.group(1)) if m and not re.search(r"[—\-～~至]", scope or "") else None
    totals = [t for t in doc.metrics if t["cumulative"] and plain(t) and plain_number(t["surface"])]
    for m in doc.metrics:
        if m["cumulative"] or not plain(m) or not plain_number(m["surface"]) or any(w in m["subject"] for w in SIGNED):
            continue
        n = months(m["scope"])
        if not n:
            continue
        for t in totals:
            r = re.search(r"1[—\-～~至]([0-9]{1,2})月", t["scope"] or "")
            if not r or int(r.group(1)) < n or t["subject"] != m["subject"] or t["unit"] != m["unit"] \
                    or re.sub(r"[\d.．\s]", "", t["surface"]) != re.sub(r"[\d.．\s]", "", m["surface"]):
                continue
            tv, td = plain_number(t["surface"])
            new = with_number(m["surface"], tv * Decimal("1.1"), td)
            out.append(("month-above-total", m["line"], replaced(doc, m, new),
                        f"{m['subject']} {m['surface']!r} ({m['scope']}) → {new!r} above {t['surface']!r} ({t['scope']})"))
            break
    return out


CHANGE_VERBS = resource_list("rules.yaml", "  up") + resource_list("rules.yaml", "  down")


def from_to_plants(doc):
    out = []
    ms = doc.metrics
    for a, b in zip(ms, ms[1:]):
        if a["kind"] != b["kind"] or a["unit"] != b["unit"] or a["direction"] or b["direction"] or a["value"] == b["value"] \
                or not plain_number(a["surface"]) or not plain_number(b["surface"]) or a["value_max"] is not None or b["value_max"] is not None:
            continue
        gap = bare(doc.text[a["positions"][-1] + 1:b["offset"]])
        before = bare(doc.text[max(0, a["offset"] - 40):a["offset"]])
        clause = re.split(r"[，。；;,：:]", before)[-1][-14:]
        if len(gap) > 14 or re.search(r"[，。；;,：:]", gap) or not re.search("[到至]", gap) or not re.search("[由从]", clause) \
                or not any(v in gap for v in CHANGE_VERBS):
            continue
        sa, sb = a["surface"], b["surface"]
        na, nb = number_span(sa), number_span(sb)
        if re.sub(r"[\d.．\s]", "", sa) != re.sub(r"[\d.．\s]", "", sb):
            continue
        new_a = sa[:na[0]] + sb[nb[0]:nb[1]] + sa[na[1]:]
        new_b = sb[:nb[0]] + sa[na[0]:na[1]] + sb[nb[1]:]
        text = replaced(doc, a, new_a)
        shift = len(new_a) - len(sa)
        bb = dict(b, positions=[p + shift for p in b["positions"]])
        tmp = Document.__new__(Document)
        tmp.text = text
        text = replaced(tmp, bb, new_b)
        out.append(("from-to-reversed", b["line"], text, f"{a['subject']} 由{sa!r}…到{sb!r} → 由{new_a!r}…到{new_b!r}"))
    return out


def grader_plants(doc):
    out = []
    out += spread(share_off_plants(doc), PER_KIND)
    out += spread(total_lowered_plants(doc), PER_KIND)
    out += first_of_pair_plants(doc)
    out += rate_repeat_plants(doc)
    out += repeat_digit_plants(doc)
    out += reworded_plants(doc)
    out += spread(part_other_scale_plants(doc), PER_KIND)
    out += spread(share_list_plants(doc), PER_KIND)
    out += spread(lone_slip_plants(doc), PER_KIND)
    out += spread(rate_plants(doc), PER_KIND)
    out += spread(sibling_slip_plants(doc), PER_KIND)
    out += spread([p for p in rate_base_plants(doc) if p[0] == "rate-vs-base"], PER_KIND)
    out += spread(listed_total_plants(doc), PER_KIND)
    out += spread(list_count_plants(doc), PER_KIND)
    out += spread(ratio_plants(doc), PER_KIND)
    out += spread(month_plants(doc), PER_KIND)
    out += spread(from_to_plants(doc), PER_KIND)
    # Session 12
    changes = from_to_change_plants(doc)
    out += spread([p for p in changes if p[0] == "from-to-change-off"], PER_KIND)
    swaps = [p for p in changes + rate_base_plants(doc) if p[0] == "change-word-swap"]
    out += spread(swaps, PER_KIND)
    out += spread(date_plants(doc), PER_KIND)
    out += spread(enumeration_plants(doc), PER_KIND)
    # Session 17
    out += spread(amount_rate_plants(doc), PER_KIND)
    out += spread(completion_plants(doc), PER_KIND)
    out += spread(scale_dropped_plants(doc), PER_KIND)
    out += spread(impossible_month_plants(doc), PER_KIND)
    out += spread(share_point_plants(doc), PER_KIND)
    # Session 19
    out += spread(rescaled_repeat_plants(doc), PER_KIND)
    out += spread(pinned_slip_plants(doc), PER_KIND)
    return out


# MARK: - Session 17 (helper vfault10): the arithmetic a grader who knows official statistics checks by hand

def half_unit(m):
    """Half a unit of the last digit the figure writes, in its base units (7.8万人 → 500): the room rounding leaves."""
    n = plain_number(m["surface"])
    if not n or n[0] == 0:
        return None
    return abs(Decimal(str(m["value"])) / n[0]) * Decimal(5) / Decimal(10) ** (n[1] + 1)


def sentence_gap(doc, a, b):
    """The reader's text between two figures of one sentence; None when a 。；or a line break lies between."""
    raw = doc.text[a["positions"][-1] + 1:b["offset"]]
    if "\n" in raw:
        return None
    gap = bare(raw)
    return None if re.search("[。；;！？]", gap) else gap


def rate_range(level, hl, base, hb):
    """The change in percent a level over a base gives when both may lie anywhere within their rounding."""
    corners = [(level + x) / (base + y) for x in (-hl, hl) for y in (-hb, hb) if base + y > 0]
    return (min(corners) - 1) * 100, (max(corners) - 1) * 100


def agreeing_triples(doc):
    """(level, amount or earlier value, rate, form, level's value, signed rate) for each level followed right after it in
    its sentence by the amount it changed by (比上年增加20.0亿元, form "amount") or its earlier value (上年为100.0亿元,
    form "base"), then a rate (增长20.0%), the three agreeing as written."""
    ms = doc.metrics
    for i in range(len(ms) - 2):
        a, b, r = ms[i], ms[i + 1], ms[i + 2]
        if a["kind"] not in AMOUNTS or not plain(a) or not a["subject"] or not plain_number(a["surface"]):
            continue
        g1, g2 = sentence_gap(doc, a, b), sentence_gap(doc, b, r)
        if g1 is None or g2 is None or len(g1) > 12 or len(g2) > 12 \
                or re.search("预算|计划|目标|年均|实际|可比|口径|不变价|扣除", g1 + g2):
            continue
        if b["unit"] != a["unit"] or b["kind"] != a["kind"] or b["qualifiers"] or b["value_max"] is not None \
                or not plain_number(b["surface"]):
            continue
        if r["unit"] != "%" or r["direction"] not in ("up", "down") or r["qualifiers"] or not plain_number(r["surface"]):
            continue
        av, bv, rv = Decimal(str(a["value"])), Decimal(str(b["value"])), Decimal(str(r["value"]))
        stated = rv * (-1 if r["direction"] == "down" else 1)
        if b["direction"] is None and re.search("(" + "|".join(BASE_WORDS) + ")[为是的]?$", g1):
            form = "base"
            base = bv
        elif b["direction"] in ("up", "down") and b["subject"] == a["subject"]:
            form = "amount"
            base = av - bv if b["direction"] == "up" else av + bv
        else:
            continue
        if base <= 0 or abs((av / base - 1) * 100 - stated) > Decimal("0.3"):
            continue
        yield a, b, r, form, av, stated


def amount_rate_plants(doc):
    """A level, then right after it in its sentence the amount it changed by (比上年增加20.0亿元) or its earlier
    value (上年为100.0亿元), then a rate (增长20.0%), agreeing as written: the amount or the earlier value gets its
    first digit moved, planted only when no rounding of the three figures reconciles them any more."""
    out = []
    for a, b, r, form, av, stated in agreeing_triples(doc):
        new = bump_first_digit(b["surface"])
        if not new or new == b["surface"]:
            continue
        nv = Decimal(str(b["value"])) * plain_number(new)[0] / plain_number(b["surface"])[0]
        nb = nv if form == "base" else (av - nv if b["direction"] == "up" else av + nv)
        if nb <= 0:
            continue
        lo, hi = rate_range(av, half_unit(a), nb, half_unit(b))
        hr = half_unit(r)
        if lo - Decimal("0.1") <= stated + hr and stated - hr <= hi + Decimal("0.1"):
            continue   # still reconcilable within rounding: no fault a reader could prove
        out.append(("amount-vs-rate", b["line"], replaced(doc, b, new),
                    f"{a['subject']} {a['surface']!r}, {b['surface']!r} → {new!r}, rate {r['surface']!r}"))
    return out


def completion_plants(doc):
    """A budget, the outcome against it and the rate of completion (收入预算171.9亿元，实际完成174.5亿元，为预算的101.5%),
    one sentence, the rate agreeing with the two as written: the rate's first digit moves."""
    out = []
    ms = doc.metrics
    for i in range(len(ms) - 2):
        b, a, r = ms[i], ms[i + 1], ms[i + 2]
        if b["kind"] != "money" or a["kind"] != "money" or not plain(b) or not plain(a) \
                or not plain_number(b["surface"]) or not plain_number(a["surface"]):
            continue
        g1, g2 = sentence_gap(doc, b, a), sentence_gap(doc, a, r)
        if g1 is None or g2 is None or len(g1) > 16 or len(g2) > 16:
            continue
        before = re.split("[，。；;,：:]", bare(doc.text[max(0, b["offset"] - 60):b["offset"]]))[-1]
        if "预算" not in before + (b["subject"] or "") or not re.search("完成|执行|决算", g1) \
                or not re.search("预算(?:数)?的$", g2) or ("调整" in g2) != ("调整" in before):
            continue
        if r["unit"] != "%" or r["direction"] or r["qualifiers"] or not plain_number(r["surface"]):
            continue
        bv, av, rv = Decimal(str(b["value"])), Decimal(str(a["value"])), Decimal(str(r["value"]))
        if bv <= 0 or abs(av / bv * 100 - rv) > Decimal("0.3"):
            continue
        new = bump_first_digit(r["surface"])
        if not new or new == r["surface"]:
            continue
        out.append(("completion-off", r["line"], replaced(doc, r, new),
                    f"{b['subject']} {b['surface']!r}, {a['subject']} {a['surface']!r}, rate {r['surface']!r} → {new!r}"))
    return out


def scale_dropped_plants(doc):
    """The later of a figure stated twice loses its scale word (5678.9万元 → 5678.9元, 7.8万人 → 7.8人): the unit a
    copy-editor's slip leaves behind."""
    out = []
    for a, b in repeats(doc):
        s_ = b["surface"]
        span = number_span(s_)
        if not span or not plain_number(s_):
            continue
        k = span[1] + (len(s_[span[1]:]) - len(s_[span[1]:].lstrip()))
        if s_[k:k + 1] not in ("万", "亿") or s_[k + 1:k + 2] in ("万", "亿", "") or s_[k - 1:k] in ("千", "百"):
            continue
        new = s_[:k] + s_[k + 1:]
        out.append(("repeat-scale-dropped", b["line"], replaced(doc, b, new),
                    f"{b['subject']} {s_!r} → {new!r} (repeats line {a['line']})"))
    return out


def impossible_month(surface):
    """A month of a written year or day given a 1 before it (2025年3月 → 2025年13月, 3月5日 → 13月5日): a month no
    calendar holds; None when the surface writes no such Arabic month 3…9."""
    m = re.search(r"(?:年|^)([3-9])月(?=[0-9]{1,2}[日号])|年([3-9])月", surface)
    if not m:
        return None
    at = m.start(1) if m.group(1) else m.start(2)
    return surface[:at] + "1" + surface[at:]


def impossible_month_plants(doc_):
    out = []
    for m in doc_.metrics:
        if m["kind"] != "date" or not m.get("date"):
            continue
        new = impossible_month(m["surface"])
        if new:
            out.append(("impossible-month", m["line"], replaced(doc_, m, new), f"{m['surface']!r} → {new!r}"))
    return out


def share_point_plants(doc):
    """A share with a decimal point (占比71.8%) gets its point moved one place: right, past 100 (71.8% → 718%), or left
    where the part it is a share of stands right before it and its whole, named after 占, is stated in the document
    with the share agreeing (城镇人口31.18万人，占常住人口比重46.6% beside 常住人口66.9万人: 46.6% → 4.66%). A ratio of
    an excess (超出…的比例) may pass 100: left alone."""
    out = []
    for m in doc.metrics:
        if m["unit"] != "%" or m["direction"] or not plain_number(m["surface"]) or not m["subject"]:
            continue
        v, d = plain_number(m["surface"])
        if d == 0 or not 10 <= v < 100 or not any(w in m["subject"] for w in SHARE_WORDS) \
                or any(w in m["subject"] for w in NOT_SHARE + ["超"]):
            continue
        span = number_span(m["surface"])
        digits = m["surface"][span[0]:span[1]]
        p = digits.index(".") if "." in digits else digits.index("．")
        moved = digits[:p] + digits[p + 1] + (digits[p] + digits[p + 2:] if len(digits) > p + 2 else "")
        new = m["surface"][:span[0]] + moved + m["surface"][span[1]:]
        out.append(("share-point-slip", m["line"], replaced(doc, m, new), f"{m['subject']} {m['surface']!r} → {new!r}"))
    for a, m in shares_after_part(doc):
        v, d = plain_number(m["surface"])
        if d == 0 or v < 10 or "超" in m["subject"]:
            continue
        named = core(m["subject"].split("占")[-1])
        part = Decimal(str(a["value"]))
        if not any(w is not a and w["unit"] == a["unit"] and w["kind"] == a["kind"] and w["subject"] and len(core(w["subject"])) >= 2
                   and core(w["subject"]) in named and Decimal(str(w["value"])) > part
                   and abs(part / Decimal(str(w["value"])) * 100 - v) <= Decimal("0.5") for w in doc.metrics):
            continue
        span = number_span(m["surface"])
        digits = m["surface"][span[0]:span[1]]
        p = digits.index(".") if "." in digits else digits.index("．")
        moved = digits[:p - 1] + "." + digits[p - 1] + digits[p + 1:]
        new = m["surface"][:span[0]] + moved + m["surface"][span[1]:]
        out.append(("share-point-slip", m["line"], replaced(doc, m, new),
                    f"{m['subject']} {m['surface']!r} → {new!r} (after {a['subject']} {a['surface']!r})"))
    return out


# MARK: - Session 19 (helper vfault14)

def scale_at(surface):
    """(index, word) of the scale word right after a surface's number (万 or 亿, not after 千/百, not 万亿); (index of
    the unit, "") when none stands there; None when no number."""
    span = number_span(surface)
    if not span:
        return None
    k = span[1] + (len(surface[span[1]:]) - len(surface[span[1]:].lstrip()))
    if surface[k:k + 1] in ("万", "亿"):
        if surface[k + 1:k + 2] in ("万", "亿") or surface[k - 1:k] in ("千", "百"):
            return None
        return k, surface[k]
    return k, ""


def decimal_text(v):
    """A Decimal written plainly, no exponent and no trailing zeros after the point (1599200, 1.8757)."""
    t = format(v.normalize(), "f")
    return t.rstrip("0").rstrip(".") if "." in t else t


def rescaled_repeat_plants(doc):
    """The later of a figure stated twice written with another scale word, its last digit moved first: 7.8万人 →
    79000人 (万 dropped), 159.91亿元 → 1599200万元 (亿 as 万), 18756元 → 1.8757万元 (万 added to five digits or more
    in 元 or 人). The value the reader computes differs from the earlier statement's by that last digit."""
    out = []
    for a, b in spread(repeats(doc), PER_KIND):
        s_ = b["surface"]
        at = scale_at(s_)
        n = plain_number(s_)
        if not at or not n or re.match(r"[,，][0-9０-９]", s_[number_span(s_)[1]:]):
            continue
        bumped = bump_last_digit(s_)
        if not bumped:
            continue
        v = plain_number(bumped)[0]
        k, word = at
        span = number_span(s_)
        if word == "万":
            text, rest = decimal_text(v * 10000), s_[k + 1:]
        elif word == "亿":
            text, rest = decimal_text(v * 10000), "万" + s_[k + 1:]
        elif s_[k:k + 1] in ("元", "人") and n[1] == 0 and n[0] >= 10000:
            text, rest = decimal_text(v / 10000), "万" + s_[k:]
        else:
            continue
        if "." in text:   # a rescaled figure with more decimals than it had is no figure anyone writes
            if len(text.split(".")[1]) > 4:
                continue
        new = s_[:span[0]] + text + rest
        out.append(("repeat-rescaled", b["line"], replaced(doc, b, new),
                    f"{b['subject']} {s_!r} → {new!r} (repeats line {a['line']})"))
    return out


def pinned_slip_plants(doc):
    """amount-vs-rate's agreeing level, amount (or earlier value) and rate: the amount gets 万 for 亿 or 亿 for 万
    (收入12.0亿元，比上年增加2.0亿元，增长20.0% → 增加2.0万元) — stated once, yet its level and rate fix its scale."""
    out = []
    for a, b, r, form, av, stated in agreeing_triples(doc):
        at = scale_at(b["surface"])
        if not at or not at[1] or Decimal(str(b["value"])) == 0:
            continue
        k, word = at
        new = b["surface"][:k] + ("万" if word == "亿" else "亿") + b["surface"][k + 1:]
        out.append(("pinned-scale-slip", b["line"], replaced(doc, b, new),
                    f"{a['subject']} {a['surface']!r}, {b['surface']!r} → {new!r}, rate {r['surface']!r}"))
    return out


# Two bulletins of the series with their periods worded differently: (the 1—3月 bulletin's wording, the 1—4月 one's).
MIXED_WORDINGS = [("一季度", "1—4月"), ("第一季度", "1至4月"), ("截至3月末", "前4个月"), ("1—3月", "截至4月末")]


def as_html(text):
    """A text bulletin as the web page of it a grader might hold instead: its title an <h1>, each paragraph (lines
    between blank lines, their wraps joined) a <p>."""
    paragraphs, current = [], []
    for line in text.split("\n") + [""]:
        line = line.strip()
        if not line or (HEADING.match(line) and len(line) <= 20):   # a blank line or a numbered heading ends one
            if current:
                paragraphs.append("".join(current))
            current = [line] if line else []
            if line:
                paragraphs.append(line)
                current = []
        else:
            current.append(line)
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs[1:])
    return (f"<html><head><meta charset=\"utf-8\"><title>{paragraphs[0]}_云溪市人民政府</title></head><body>\n"
            f"<h1>{paragraphs[0]}</h1>\n{body}</body></html>\n")


def mixed_series(folder):
    """The series with the 1—3月 and 1—4月 bulletins' periods worded each way of MIXED_WORDINGS (the others as written),
    planted as mixed-period-fall; and the series with every bulletin but the last one as an HTML page (the fall planted
    in the text bulletin against the page before it), planted as html-text-fall."""
    out = []
    names = sorted(n for n in os.listdir(SERIES) if n.endswith(".txt"))
    for k, (w3, w4) in enumerate(MIXED_WORDINGS + [(None, None)]):
        sub = os.path.join(folder, f"m{k}")
        os.makedirs(sub)
        paths = []
        for i, n in enumerate(names):
            text = open(os.path.join(SERIES, n), encoding="utf-8").read()
            if (w3, w4) != (None, None):
                text = text.replace("1—3月", w3).replace("1—4月", w4)
                target = os.path.join(sub, n)
            elif i < len(names) - 1:
                text, target = as_html(text), os.path.join(sub, n[:-4] + ".html")
            else:
                target = os.path.join(sub, n)
            open(target, "w", encoding="utf-8").write(text)
            paths.append(target)
        if (w3, w4) != (None, None):
            out.append((paths, len(paths) - 1, f"{w3}/{w4}", "mixed-period-fall"))
        else:
            out.append((paths, len(paths) - 1, "html/text", "html-text-fall"))
    return out


# How a grader writes a running total's period: 1—4月 in the series becomes each of these (N the last month).
PERIOD_WORDINGS = ["1至{n}月", "前{n}个月", "截至{n}月末", "1-{n}月", "1~{n}月", "一至{n}月"]

# MARK: - Running

CN_MONTHS = "一二三四五六七八九十"


def worded_series(folder):
    """The series of bulletins with 1—N月 written each way of PERIOD_WORDINGS, one folder per wording under `folder`."""
    out = []
    names = sorted(n for n in os.listdir(SERIES) if n.endswith(".txt"))
    for k, wording in enumerate(PERIOD_WORDINGS):
        sub = os.path.join(folder, f"w{k}")
        os.makedirs(sub)
        paths = []
        for n in names:
            text = open(os.path.join(SERIES, n), encoding="utf-8").read()

            def period(m):
                n_ = int(m.group(1))
                return wording.replace("{n}", CN_MONTHS[n_ - 1] if wording.startswith("一") else str(n_))
            text = re.sub(r"1—([0-9]{1,2})月", period, text)
            target = os.path.join(sub, n)
            open(target, "w", encoding="utf-8").write(text)
            paths.append(target)
        out.append((paths, len(paths) - 1, wording))
    return out


def cases():
    """Each case: the documents checked together, and the index of the one faults are planted in."""
    seen = set()
    out = []
    heldout = os.path.join(ROOT, "Tests", "Heldout")
    sets = sorted(os.path.join(heldout, n) for n in os.listdir(heldout)) if os.path.isdir(heldout) else []
    for folder in [os.path.join(SHARED, "corpus"), os.path.join(ROOT, "Corpus")] + sets:
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith((".txt", ".html", ".htm")) and name not in seen:
                seen.add(name)
                out.append(([os.path.join(folder, name)], 0))
    bulletins = sorted(os.path.join(SERIES, n) for n in os.listdir(SERIES) if n.endswith(".txt"))
    out.append((bulletins, len(bulletins) - 1))
    # FAULT_EVAL_ONLY=set11 plants only into the documents whose path holds that text (a held-out set scored alone);
    # the floors of the baseline are then not asked.
    only = os.environ.get("FAULT_EVAL_ONLY")
    if only:
        out = [c for c in out if only in c[0][c[1]]]
    return out


def kind_in(case, kind):
    """In a series written with another period wording only the running-total fall is planted (as worded-fall, or as the
    kind the case names: mixed-period-fall); the other kinds are counted on the series as written."""
    if len(case) < 3:
        return kind
    return (case[3] if len(case) > 3 else "worded-fall") if kind == "cumulative-fall" else None


# MARK: - Wrapped (FAULT_EVAL_WRAP)

class Column:
    """A text re-wrapped as scripts/wrap_eval.py wraps it, and where its lines came from."""

    def __init__(self, text, width):
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import wrap_eval   # noqa: E402  (its wrap, so both evaluations cut a column alike)
        self.text, self.where, self.last = wrap_eval.wrap(text, width, False)[:3]
        self.origin = {}   # wrapped line → line of the text it was cut from
        for line in range(1, text.count("\n") + 2):
            for w in range(self.where(line, 0), self.last(line) + 1):
                self.origin[w] = line


def planted_lines(doc, line, text, column):
    """The wrapped lines (1-based) of the figure planted on `line`: those its changed characters, widened to the
    figure the extractor read around them, fall on; every wrapped line of `line` when the change is on another line
    (a fault caught on another figure's line)."""
    old, n = doc.text, min(len(doc.text), len(text))
    p = 0
    while p < n and old[p] == text[p]:
        p += 1
    q = 0
    while q < n - p and old[-1 - q] == text[-1 - q]:
        q += 1
    at_line = bisect.bisect_right(doc.line_starts, p)   # 1-based
    if at_line != line:
        return set(range(column.where(line, 0), column.last(line) + 1))
    lo, hi = p, max(len(old) - q, p + 1)
    for m in doc.metrics:
        if m["offset"] <= p <= m["positions"][-1] + 1:
            lo, hi = min(lo, m["offset"]), max(hi, m["positions"][-1] + 1)
    hi += len(text) - len(old)
    start = doc.line_starts[line - 1]
    return set(range(column.where(line, lo - start), column.where(line, max(lo, hi - 1) - start) + 1))


def main():
    verbose = "-v" in sys.argv
    if not os.path.isdir(os.path.join(SHARED, "corpus")):
        print(f"make eval: fault evaluation skipped: {SHARED}/corpus not found (the shared folder is absent)")
        return 0
    if not os.access(BINARY, os.X_OK):
        raise SystemExit(f"{BINARY}: error: no gongbao binary (run `make build`, or set GONGBAO)")
    tally = {k: [0, 0] for k in KINDS}   # planted, caught
    false_errors = []
    # Errors a clean document earns by its own text (离婚登记1140对（其中离婚申请2035对）): name:line:rule in the baseline.
    base = json.load(open(BASELINE)) if os.path.exists(BASELINE) else {}
    source_faults = set(base.get("source_faults", []))
    own = []
    missed = []
    nearby = []   # wrapped: missed on the figure's lines, an error on another line of the text's line (the rate's)
    worded = tempfile.TemporaryDirectory()
    only = os.environ.get("FAULT_EVAL_ONLY")
    for case in cases() + ([] if only else worded_series(worded.name) + mixed_series(worded.name)):
        paths, target = case[0], case[1]
        if WRAP and not paths[target].endswith(".txt"):
            continue
        docs = [Document(p) for p in paths]
        wrapped = [Column(d.text, WRAP) if WRAP and d.name.endswith(".txt") else None for d in docs]
        if WRAP:
            with tempfile.TemporaryDirectory() as tmp:
                clean = [f for f in check([d.write(tmp, c.text if c else d.text) for d, c in zip(docs, wrapped)])
                         if f[2] == "error"]
            # A source fault is named by its line as written: the wrapped line's origin.
            origin = {d.name: c.origin for d, c in zip(docs, wrapped) if c}
            clean = [(f[0], origin.get(f[0], {}).get(f[1], f[1]), *f[2:]) for f in clean]
        else:
            clean = [f for f in check(paths) if f[2] == "error"]
        own += [(paths[0], f) for f in clean if f"{f[0]}:{f[1]}:{f[3]}" in source_faults]
        false_errors += [(paths[0], f) for f in clean if f"{f[0]}:{f[1]}:{f[3]}" not in source_faults]
        previous = docs[target - 1] if target > 0 else None
        planted = [(target, p) for p in plants(docs[target], previous)]
        if previous is not None and len(case) < 3:   # the earlier bulletin's running total raised instead
            planted += [(target - 1, p) for p in spread(rise_plants(previous, docs[target]), PER_KIND)]
            planted += [(target - 1, p) for p in spread(series_slip_earlier_plants(previous, docs[target]), PER_KIND)]
        for at, (kind, line, text, what) in planted:
            kind = kind_in(case, kind)
            if kind is None or (KINDS_ONLY and kind not in KINDS_ONLY):
                continue
            if len(case) > 2:
                what = f"[{case[2]}] {what}"
            lines = wide = {line}
            if WRAP:
                column = Column(text, WRAP)
                lines = planted_lines(docs[at], line, text, column)
                wide = set(range(column.where(line, 0), column.last(line) + 1))
            with tempfile.TemporaryDirectory() as tmp:
                copies = [d.write(tmp, c.text if c else d.text) for d, c in zip(docs, wrapped)]
                copies[at] = docs[at].write(tmp, column.text if WRAP else text)
                found = check(copies)
            tally[kind][0] += 1
            hits = [f for f in found if f[0] == docs[at].name and f[1] in lines and f[2] == "error"]
            if hits:
                tally[kind][1] += 1
            else:
                missed.append((docs[at].name, line, kind, what))
                if any(f[0] == docs[at].name and f[1] in wide and f[2] == "error" for f in found):
                    nearby.append((docs[at].name, line, kind, what))
    print(f"fault evaluation ({BINARY}): a fault is caught by an error on its line"
          + (f"; plain-text documents re-wrapped as a {WRAP}-character column" if WRAP else ""))
    print(f"{'fault':<18} {'planted':>7} {'caught':>7} {'missed':>7} {'rate':>6}")
    total_p = total_c = 0
    for k in KINDS:
        p, c = tally[k]
        total_p += p
        total_c += c
        print(f"{k:<18} {p:>7} {c:>7} {p - c:>7} {c / p if p else 0:>6.2f}")
    print(f"{'total':<18} {total_p:>7} {total_c:>7} {total_p - total_c:>7} {total_c / total_p if total_p else 0:>6.2f}")
    print(f"false errors on clean documents: {len(false_errors)}")
    for path, f in false_errors:
        print(f"  {f[0]}:{f[1]}: {f[4]} [{f[3]}]")
    if own:
        print(f"errors the clean documents' own text earns (baseline source_faults): {len(own)}")
        for path, f in own:
            print(f"  {f[0]}:{f[1]}: {f[4]} [{f[3]}]")
    if WRAP:
        print(f"wrapped: {len(nearby)} of the missed have an error on another wrapped line of their text's line "
              f"(another figure of the sentence: {total_c + len(nearby)} of {total_p} counting those)")
    if verbose:
        for name, line, kind, what in missed:
            print(f"  missed {kind}: {name}:{line}: {what}")
        for name, line, kind, what in nearby:
            print(f"  nearby {kind}: {name}:{line}: {what}")
    failed = False
    if WRAP:   # the wrapped run's floors, when pinned for this width: {"wrapped": {"17": {false_errors, catch_rate}}}
        base = base.get("wrapped", {}).get(str(WRAP), {})
    if base and not only:
        if len(false_errors) > base.get("false_errors", 0):
            print(f"regression: {len(false_errors)} false errors (baseline {base.get('false_errors', 0)})")
            failed = True
        for k, rate in base.get("catch_rate", {}).items():
            p, c = tally.get(k, [0, 0])
            if p and c / p + 1e-9 < rate:
                print(f"regression: {k} caught {c}/{p} = {c / p:.2f}, below the baseline {rate:.2f}")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
