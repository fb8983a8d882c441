"""Shared walk for the two 广东 交通基础设施建设 monthly releases (o21, o22): each item is 完成投资 亿元, 为(年度/年)计划的 %
(a completion share, no direction) and 同比增长/下降 % (up/down)."""
def items(D, rows):
    for subj, amt, plan, chg, d in rows:
        D.s(amt, subj + "完成投资")
        D.s(plan, subj + "完成投资占年度计划比重")
        D.s(chg, subj + "完成投资同比" + ("增长" if d == "up" else "下降"), d=d)
