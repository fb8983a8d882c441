import Foundation

/// balance-agrees: what is left at the year's end is what came in less what went out. 社会保险基金预算收入完成312.6亿元，
/// 支出完成298.3亿元，当年结余14.3亿元 (312.6 − 298.3); 收入总计756.9亿元 … 支出总计754.4亿元。收支相抵，结转下年
/// 2.5亿元. A balance that is not the difference at every figure's printed precision is an error: one of the three was
/// mistyped (41.3 for 14.3) or took the wrong scale word.
///
/// Read within a paragraph: the balance is a money amount whose subject ends in 结余 or 结转下年 (or holds 收支相抵), and
/// is no stock (年末滚存结余, 累计结余, 上年结转结余 — rules.yaml `balance.not`); revenue and spending are the nearest
/// money amounts before it whose subjects hold 收入 and 支出 (no change, no 其中 part), both totals (总计/合计) or
/// neither, and all three plans or all three outcomes. A balance named as a shortfall (rules.yaml `balance.shortfall`:
/// 收支相抵缺口) is spending less revenue.
enum BalanceRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("balance-agrees", severity)
        let all = c.statements
        for order in c.positionsByDocument() {
            for (n, p) in order.enumerated() {
                let z = all[p]
                // (总支出318.7亿元，其中：…年终结余47.3亿元: a balance listed among the parts of the spending — a 决算's
                // 收支平衡 — is part of it, no difference of the two.)
                guard BudgetTotalRule.isAmount(z), isBalance(z.metric.subject, not: c.rules.balanceExclusions), let paragraph = z.paragraph,
                      !namesStock(z, not: c.rules.balanceExclusions),
                      z.metric.partOf == nil, z.partClause == 0, z.impliedTotal == nil,
                      !listedAmongUses(z)
                else { continue }
                var revenue: Statement? = nil, spending: Statement? = nil
                var spendingAt = -1
                var m = n - 1
                while m >= 0, revenue == nil || spending == nil {
                    let s = all[order[m]]
                    guard s.paragraph == paragraph else { break }
                    m -= 1
                    guard isTerm(s, of: z) else { continue }
                    let subject = s.metric.subject
                    if spending == nil, LiteralSearch.contains(subject, "支出") { spending = s; spendingAt = m + 1; continue }
                    // (Revenue before its spending: 收入…，支出…，当年结余….)
                    if spending != nil, revenue == nil, LiteralSearch.contains(subject, "收入") { revenue = s }
                }
                guard let revenue, let spending, revenue.isTarget == spending.isTarget, spending.isTarget == z.isTarget,
                      isTotal(revenue.metric.subject) == isTotal(spending.metric.subject),
                      let rl = revenue.range.lower, let ru = revenue.range.upper,
                      let sl = spending.range.lower, let su = spending.range.upper,
                      let zl = z.range.lower, let zu = z.range.upper else { continue }
                // (收支相抵缺口34,088万元: a shortfall is what spending exceeds revenue by.)
                let shortfall = c.rules.balanceShortfalls.contains { LiteralSearch.contains(z.metric.subject, $0) }
                let low = shortfall ? sl - ru : rl - su, high = shortfall ? su - rl : ru - sl
                if zu < low || zl > high,
                   !fitsSources(order, all, before: spendingAt, paragraph: paragraph, z: z, spending: spending,
                                carriedIn: c.rules.balanceCarriedIn, shortfall: shortfall) {
                    out.fail(Finding(
                        ruleID: "balance-agrees", severity: severity,
                        message: c.message("balance-agrees", "\(SameFigureRule.label(z)) \(z.shown) is not \(SameFigureRule.label(revenue)) \(revenue.shown) less \(SameFigureRule.label(spending)) \(spending.shown) (\(PartTotalRule.display((low + high) / 2, like: z)))", z, other: revenue),
                        locations: [z.location, revenue.location, spending.location]))
                } else {
                    out.pass()
                }
            }
        }
        return out
    }

    /// An amount that may be a term of balance `z`'s difference: money or a count of its unit family, standing on its
    /// own (no 其中 part, no figure a total is implied for).
    static func isTerm(_ s: Statement, of z: Statement) -> Bool {
        BudgetTotalRule.isAmount(s) && s.unitFamily == z.unitFamily && s.metric.partOf == nil && s.partClause == 0
            && s.impliedTotal == nil
    }

    /// The year's sources are several items listed before the spending, carried-in funds among them (国有资本经营收入
    /// 1493万元，上级补助收入44万元，上年结余140万元，国有资本经营支出1459万元。上述收支相抵，年终结余218万元): the balance is
    /// their sum less the spending, not the nearest revenue's difference. The items are the amounts of the paragraph
    /// before the spending, back to another spending or balance, whose subjects hold 收入 or a word of rules.yaml
    /// `balance.carried_in` (上年结余, 调入); two of them at least.
    static func fitsSources(_ order: [Int], _ all: [Statement], before spendingAt: Int, paragraph: Int, z: Statement,
                            spending: Statement, carriedIn: [String], shortfall: Bool) -> Bool {
        guard !shortfall, spendingAt > 0, let sl = spending.range.lower, let su = spending.range.upper,
              let zl = z.range.lower, let zu = z.range.upper else { return false }
        var items = 0
        var low = Decimal(0), high = Decimal(0)
        var k = spendingAt - 1
        while k >= 0 {
            let s = all[order[k]]
            guard s.paragraph == paragraph else { break }
            k -= 1
            let subject = s.metric.subject
            if LiteralSearch.contains(subject, "支出") || LiteralSearch.hasSuffix(subject, "结余") && !carriedIn.contains(where: { LiteralSearch.contains(subject, $0) }) {
                break
            }
            guard isTerm(s, of: z), s.isTarget == z.isTarget,
                  LiteralSearch.contains(subject, "收入") || carriedIn.contains(where: { LiteralSearch.contains(subject, $0) }),
                  let l = s.range.lower, let u = s.range.upper else { continue }
            items += 1
            low += l
            high += u
        }
        return items >= 2 && zu >= low - su && zl <= high - sl
    }

    /// The figure's clause names a stock before it (9月末累计结余2315.6亿元) even when its subject kept only 结余: the
    /// clause read as share-list-over-100 reads the words before a figure.
    static func namesStock(_ z: Statement, not exclusions: [String]) -> Bool {
        let clause = String(decoding: ShareListRule.clause(ShareListRule.before(z)), as: UTF8.self)
        return exclusions.contains { LiteralSearch.contains(clause, $0) }
    }

    /// The balance is one use of the year's funds, listed before more of them in its clause run (…债务还本支出12.85
    /// 亿元，安排预算稳定调节基金2亿元，待偿债再融资一般债券结余0.35亿元，结转下年支出23.96亿元，总支出81.75亿元): a year's
    /// balance comes after both of its sides, so a spending amount after it, before the next ；or 。, makes it an item.
    static func listedAmongUses(_ z: Statement) -> Bool {
        var rest: [UInt8] = []
        z.masked.utf8.withContiguousStorageIfAvailable { u in
            // (The marked figure of the middle sentence: the balance itself.)
            guard let (_, k, end) = ShareListRule.figureMark(in: u) else { return }
            var i = k + 3
            while i < end {
                // ；(EF BC 9B) or ; ends the run of items.
                if u[i] == 0x3B || (u[i] == 0xEF && i + 2 < end && u[i + 1] == 0xBC && u[i + 2] == 0x9B) { break }
                rest.append(u[i])
                i += 1
            }
        }
        guard let at = ByteText.firstIndex(of: Array("支出".utf8), in: rest, from: 0) else { return false }
        // An amount follows the spending word (结转下年支出23.96亿元), not a word alone.
        return rest[(at + 6)...].contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// 当年结余, 社会保险基金预算结余, 结转下年, 收支相抵: the year's difference — not a stock (`not`: 滚存, 累计 …).
    static func isBalance(_ subject: String, not exclusions: [String]) -> Bool {
        guard LiteralSearch.hasSuffix(subject, "结余") || LiteralSearch.hasSuffix(subject, "结转下年")
                || LiteralSearch.contains(subject, "收支相抵") else { return false }
        return !exclusions.contains { LiteralSearch.contains(subject, $0) }
    }

    static func isTotal(_ subject: String) -> Bool {
        LiteralSearch.contains(subject, "总计") || LiteralSearch.contains(subject, "合计")
    }
}
