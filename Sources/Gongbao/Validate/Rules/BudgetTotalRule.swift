import Foundation

/// budget-total-adds-up: a budget report's total (收入总计, 支出合计) is the account it continues plus the items its
/// sentence adds after 加 — within every figure's rounding:
///   全市一般公共预算收入195.8亿元。加上级补助收入230亿元、上年结转15.6亿元，收入总计441.4亿元 — passes;
///   …，收入总计451.4亿元 — 441.3…441.5 does not hold 451.4: error at the total.
/// The account is the figure before 加 in the same sentence, else the nearest amount before the sentence whose subject
/// names the total's side (收入 for 收入总计, 支出 for 支出总计) and is no 其中 part, rate or change. Only amounts of
/// the total's unit between 加 and the total are items; a sentence with none is left alone.
enum BudgetTotalRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("budget-total-adds-up", severity)
        let all = c.statements
        for order in c.positionsByDocument() {
            for (n, k) in order.enumerated() {
                let total = all[k]
                guard isAmount(total), let side = side(of: total), let sentence = total.sentence else { continue }
                let text = ChangeAgreesRule.middle(of: total.masked)
                guard let mark = text.range(of: "〇", options: .backwards),
                      let plus = addMark(in: text[..<mark.lowerBound]) else { continue }
                // 加上级补助收入28.5亿元等，收入总计53.26亿元: a list ending in 等 leaves items out; nothing to add up.
                let added = text[plus..<mark.lowerBound]
                if added.contains("等，") || added.contains("等,") || added.contains("等等") { continue }
                // The sentence's amounts before the total, each found in the text after the last one found.
                var items: [Statement] = []
                var before: Statement? = nil
                var from = text.startIndex
                var m = n - 1
                while m >= 0, all[order[m]].sentence == sentence { m -= 1 }
                for j in (m + 1)..<n {
                    let s = all[order[j]]
                    guard let at = text.range(of: SentenceReader.cleaned(s.metric.surface), range: from..<mark.lowerBound)
                    else { continue }
                    from = at.upperBound
                    guard isAmount(s), s.unitFamily == total.unitFamily else { continue }
                    if at.lowerBound < plus {
                        // (实际完成15.39亿元,比上年决算数14.94亿元增长3.0%,加上…: the base of a comparison is last year's.)
                        // (市本级政府性基金预算收入2.7亿元（不含辽滨经开区4.8亿元），…加上…: an amount in brackets is an
                        // aside of another scope; the account is the one the brackets follow.)
                        if !isComparisonBase(text[..<at.lowerBound]), !inBrackets(text[..<at.lowerBound]) { before = s }
                    } else if !inBrackets(text[..<at.lowerBound]) {
                        // (…上级补助收入113566万元(其中:抗疫特别国债7691万元)…; …安排预算稳定调节基金28478万元(累计稳定调节基金
                        // 43429万元): an amount in brackets is an aside — a part of the item before, a running stock — not an item.)
                        items.append(s)
                    }
                }
                guard !items.isEmpty else { continue }
                // The account: the amount before 加 in the sentence, else the nearest before the sentence naming the side.
                var account = before
                if account == nil {
                    var p = m
                    while p >= 0, n - p <= 12 {
                        let s = all[order[p]]
                        // (Not a 其中 part: 其中，保险费收入76.9亿元…转移收入0.7亿元。加上年结余… continues the account
                        // the parts split, 社会保险基金预算收入152.8亿元.)
                        if isAmount(s), s.unitFamily == total.unitFamily, s.metric.partOf == nil, s.partClause == 0,
                           s.impliedTotal == nil,
                           LiteralSearch.contains(s.metric.subject, side) {
                            account = s
                            break
                        }
                        p -= 1
                    }
                }
                guard let account, let (low, high) = PartitionSumRule.sum([account] + items),
                      let tl = total.range.lower, let th = total.range.upper else {
                    out.cannotEvaluate()
                    continue
                }
                if th < low || tl > high {
                    let terms = ([account] + items).map(\.shown).joined(separator: " + ")
                    out.fail(Finding(
                        ruleID: "budget-total-adds-up", severity: severity,
                        message: c.message("budget-total-adds-up", "\(SameFigureRule.label(total)) \(total.shown) is not \(SameFigureRule.label(account)) plus what is added (\(terms) = \(PartTotalRule.display((low + high) / 2, like: total)))", total, other: account),
                        locations: [total.location, account.location] + items.map(\.location)))
                } else {
                    out.pass()
                }
            }
        }
        return out
    }

    /// A money amount: no rate, no change, no 其中 share.
    static func isAmount(_ s: Statement) -> Bool {
        s.metric.kind == .money && s.metric.direction == nil
    }

    /// 收入 or 支出 for a total named 收入总计/支出合计 (the word before 总计/合计); nil for no total.
    static func side(of s: Statement) -> String? {
        let subject = s.metric.subject
        guard LiteralSearch.hasSuffix(subject, "总计") || LiteralSearch.hasSuffix(subject, "合计") else { return nil }
        if LiteralSearch.contains(subject, "收入") { return "收入" }
        if LiteralSearch.contains(subject, "支出") { return "支出" }
        return nil
    }

    /// The marks a clause of a budget sentence starts after (both `addMark` and `isComparisonBase` read clauses so).
    static let clauseBreaks: Set<Character> = ["，", ",", "；", ";", "：", "。"]

    /// Where 加 opens the last clause of the sentence before the total that it opens (加上级补助收入…, ，加上年结余…,
    /// 再加…): a sentence that adds to its revenue and then to its spending (…收入合计32.39亿元；…支出24.98亿元，加上上解支出
    /// 6.15亿元…，支出合计31.16亿元) adds to the spending for the second total.
    static func addMark(in text: Substring) -> String.Index? {
        var i = text.startIndex
        var clauseStart = true
        var last: String.Index? = nil
        while i < text.endIndex {
            let ch = text[i]
            if clauseBreaks.contains(ch) { clauseStart = true; i = text.index(after: i); continue }
            if clauseStart, ch == "加" { last = i }
            if clauseStart, ch == "再" { i = text.index(after: i); continue }
            clauseStart = false
            i = text.index(after: i)
        }
        return last
    }

    /// The text before a figure leaves a bracket open: the figure stands inside （…） or (…).
    static func inBrackets(_ before: Substring) -> Bool {
        var depth = 0
        for ch in before {
            if ch == "（" || ch == "(" { depth += 1 } else if (ch == "）" || ch == ")") && depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// The clause ending here compares with an earlier amount: it opens with 比 or 较 (比上年决算数14.94亿元), or 同比.
    static func isComparisonBase(_ before: Substring) -> Bool {
        let clause = before.lastIndex(where: { clauseBreaks.contains($0) }).map { before[before.index(after: $0)...] } ?? before
        let trimmed = clause.drop { $0 == " " || $0 == "\u{3000}" }
        return trimmed.hasPrefix("比") || trimmed.hasPrefix("较") || trimmed.hasPrefix("同比") || trimmed.hasPrefix("与上年")
    }
}
