#!/usr/bin/env python3
"""Writes the 云溪市 招商引资 bulletin fixtures (clean series and faulty variants) and, beside each
text, a .metrics.tsv of its figures as an ideal extractor would give them (line:col located here, so
the test can check that the text at line:col starts with the surface).

Run from this folder: python3 gen_bulletins.py  (the outputs are committed; re-run only to change them)."""
import os

def bulletin(months, d):
    m = f"1—{months}月"
    return f"""云溪市{2024}年{m}招商引资工作情况通报

{m}，全市上下坚持把招商引资作为“一号工程”，累计签约项目{d['sign']}个，
实际到位资金{d['funds']}，招商引资工作保持稳中有进的良好态势。

一、项目招引情况
{m}，全市累计招引项目{d['seek']}个，累计签约项目{d['sign2']}个，签约金额{d['amount']}。
其中，工业项目签约{d['ind']}个，签约金额{d['ind_amount']}。累计开工项目{d['start']}个。

二、资金到位情况
{m}，全市实际到位资金{d['funds2']}，同比增长{d['growth']}%。其中，省外到位资金{d['out']}，
占全市实际到位资金的比重为{d['share']}%。

三、下一步工作
全年计划签约项目120个，力争实际到位资金突破300亿元。各县（区）要对照目标，
倒排工期，确保项目早签约、早开工、早投产。

云溪市投资促进局
2024年{months + 1}月{d['day']}日
"""

CLEAN = {
    2: dict(sign=21, funds="38.6亿元", seek=58, sign2=21, amount="86.4亿元", ind=14, ind_amount="61.2亿元",
            start=9, funds2="38.6亿元", growth="12.5", out="27.3亿元", share="70.7", day=8),
    3: dict(sign=35, funds="61.2亿元", seek=83, sign2=35, amount="142.8亿元", ind=23, ind_amount="98.5亿元",
            start=16, funds2="61.2亿元", growth="14.2", out="43.9亿元", share="71.7", day=9),
    4: dict(sign=48, funds="84.7亿元", seek=107, sign2=48, amount="196.5亿元", ind=31, ind_amount="134.2亿元",
            start=22, funds2="84.7亿元", growth="15.1", out="60.8亿元", share="71.8", day=10),
}

# Each fault changes the 1—4月 bulletin only.
FAULTS = {
    "changed-repeat": dict(sign2=46),              # overview 48个, details 46个
    "part-above-whole": dict(ind=53),              # 其中 工业 53个 > 签约 48个
    "order-broken": dict(start=52),                # 开工 52个 > 签约 48个
    "cumulative-fall": dict(sign=32, sign2=32),    # 1—3月 35个 → 1—4月 32个
    "scale-slip": dict(amount="196.5万元"),         # 亿元 → 万元: falls, and parts exceed it
    "share-over-100": dict(share="171.8"),         # a share above 100%
}

def money(text):
    """196.5亿元 → 19650000000 (exact, from the digits)."""
    from decimal import Decimal
    num, unit = text[:-2], text[-2:]
    value = Decimal(num) * {"亿元": 100000000, "万元": 10000}[unit]
    return str(int(value)) if value == int(value) else str(value)

def metrics(months, d):
    """(surface, subject, value, unit, kind, qualifiers, scope, direction, cumulative, part_of_index)."""
    m = f"1—{months}月"
    rows = [
        (f"{d['sign']}个", "累计签约项目", str(d['sign']), "个", "count", "", m, "", 1, ""),
        (d['funds'], "实际到位资金", money(d['funds']), "元", "money", "", m, "", 1, ""),
        (f"{d['seek']}个", "累计招引项目", str(d['seek']), "个", "count", "", m, "", 1, ""),
        (f"{d['sign2']}个", "累计签约项目", str(d['sign2']), "个", "count", "", m, "", 1, ""),
        (d['amount'], "签约金额", money(d['amount']), "元", "money", "", m, "", 1, ""),
        (f"{d['ind']}个", "工业项目签约", str(d['ind']), "个", "count", "", m, "", 1, "3"),
        (d['ind_amount'], "签约金额", money(d['ind_amount']), "元", "money", "", m, "", 1, "4"),
        (f"{d['start']}个", "累计开工项目", str(d['start']), "个", "count", "", m, "", 1, ""),
        (d['funds2'], "实际到位资金", money(d['funds2']), "元", "money", "", m, "", 1, ""),
        (f"{d['growth']}%", "实际到位资金同比增长", d['growth'], "%", "percent", "", m, "up", 0, ""),
        (d['out'], "省外到位资金", money(d['out']), "元", "money", "", m, "", 1, "8"),
        (f"{d['share']}%", "占全市实际到位资金的比重", d['share'], "%", "percent", "", m, "", 0, ""),
        ("120个", "签约项目", "120", "个", "count", "target", "全年", "", 0, ""),
        ("300亿元", "实际到位资金", "30000000000", "元", "money", "target", "全年", "", 0, ""),
    ]
    return rows

def locate(text, rows):
    lines = text.split("\n")
    out, pos = [], 0
    for r in rows:
        i = text.index(r[0], pos)
        pos = i + len(r[0])
        line = text.count("\n", 0, i) + 1
        col = i - (text.rfind("\n", 0, i) + 1) + 1
        out.append((line, col) + r)
    return out

HEADER = "line\tcolumn\tsurface\tsubject\tvalue\tunit\tkind\tqualifiers\tscope\tdirection\tcumulative\tpart_of\n"

def write(folder, months, d):
    os.makedirs(folder, exist_ok=True)
    name = f"yunxi-zhaoshang-2024-0{months}"
    text = bulletin(months, d)
    with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(folder, name + ".metrics.tsv"), "w", encoding="utf-8") as f:
        f.write(HEADER)
        for row in locate(text, metrics(months, d)):
            f.write("\t".join(str(x) for x in row) + "\n")

for months, d in CLEAN.items():
    write("series", months, d)
for fault, change in FAULTS.items():
    write(os.path.join("series", "faulty", fault), 4, {**CLEAN[4], **change})
