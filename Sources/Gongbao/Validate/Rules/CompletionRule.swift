import Foundation

/// completion-agrees: a budget, the outcome against it and the rate of completion stated in one sentence must agree —
///   社会保险基金收入预算171.9亿元，实际完成174.5亿元，为预算的101.5% (174.5 / 171.9 = 101.5%: passes);
///   批准的一般公共预算收入为14.63亿元，实际完成6.94亿元，为年初预算的57.4% (the figures give 47.4%: error).
/// The rate is a percent whose words right before it end with 预算的 or 预算数的; the outcome is the amount right before
/// it, the budget the amount right before that, both of one unit, with 完成, 执行 or 决算 between them and, in the
/// budget's clause, a word of a budget once the accounts' names are taken out (一般公共预算收入 names an account, not a
/// budget: rules.yaml context names) — 预算, 批准, 年初 or 调整. 调整预算 and 年初预算 are two budgets: the rate is judged only
/// when its words and the budget's agree on 调整. Each figure is taken at its printed precision, so only a rate no
/// rounding of the two amounts gives is reported (a rate printed whole, 为预算的87%, stands for 86.5…87.5). A rate of a
/// budget the sentence does not state (为预算的101.5% after the outcome alone) is the common form and is not judged.
enum CompletionRule {
    static let outcomeWords = ["完成", "执行", "决算"]
    static let budgetWords = ["预算", "批准", "年初", "调整"]
    static let rateTails = ["预算的", "预算数的"]
    /// 预算 in UTF-8: the cheap gate on a percent's subject before any sentence is read.
    static let yusuan = Array("预算".utf8)

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("completion-agrees", severity)
        let all = c.statements
        for order in c.positionsByDocument() {
            guard order.count >= 3 else { continue }
            for k in 2..<order.count {
                // The percent tested through its core (one reference), not a copy of the statement: this runs for
                // every figure of every document.
                let core = all[order[k]].core
                guard core.metric.kind == .percent, core.metric.direction == nil else { continue }
                let r = all[order[k]]
                guard !r.isTarget, r.metric.valueMax == nil, ByteText.contains(Array(r.metric.subject.utf8), yusuan) else { continue }
                let a = all[order[k - 1]], b = all[order[k - 2]]
                guard let sentence = r.sentence, a.sentence == sentence, b.sentence == sentence,
                      a.metric.kind == .money, b.metric.kind == .money, a.unitFamily == b.unitFamily,
                      a.metric.direction == nil, b.metric.direction == nil, !a.isTarget,
                      let rateWords = StatedBase.gap(before: r, after: a),
                      rateTails.contains(where: { rateWords.hasSuffix($0) }),
                      let outcomeGap = StatedBase.gap(before: a, after: b),
                      outcomeWords.contains(where: { outcomeGap.contains($0) }), !outcomeGap.contains("其中"),
                      let budgetClause = clauseBefore(b), names(budgetClause, c.rules),
                      budgetClause.contains("调整") == rateWords.contains("调整"),
                      let bl = b.range.lower, let bh = b.range.upper, let al = a.range.lower, let ah = a.range.upper, bl > 0
                else { continue }
                let low = al / bh * 100, high = ah / bl * 100
                // (A rate printed whole is rounded like any other: 717209万元 of 824800万元 is 86.96%, printed 87% — its
                // half unit is 0.5, not the none of a whole count.)
                let half = ValueRange.printedHalf(of: r.metric)
                guard r.metric.value + half < low || r.metric.value - half > high else { out.pass(); continue }
                let mid = (low + high) / 2
                out.fail(Finding(
                    ruleID: "completion-agrees", severity: severity,
                    message: c.message("completion-agrees",
                                       "rate of completion \(r.shown) does not fit the outcome \(a.shown) against the budget \(b.shown) (about \(ChangeAgreesRule.rounded(PartTotalRule.display(mid, like: r))))",
                                       r, other: b, extra: ["{implied}": mid.plainString]),
                    locations: [r.location, a.location, b.location]))
            }
        }
        return out
    }

    /// The words of `s`'s clause before its figure (from the clause mark before it); nil without a text.
    static func clauseBefore(_ s: Statement) -> Substring? {
        let sentence = ChangeAgreesRule.middle(of: s.masked)
        guard let mark = sentence.lastIndex(of: "〇") else { return nil }
        let head = sentence[..<mark]
        let start = head.lastIndex(where: ChangeAgreesRule.isClauseBreak).map { head.index(after: $0) } ?? head.startIndex
        return head[start...]
    }

    /// The clause names a budget once the accounts' names (一般公共预算, 政府性基金预算 …) are taken out of it.
    static func names(_ clause: Substring, _ rules: RuleSet) -> Bool {
        var text = String(clause)
        if LiteralSearch.contains(text, "预算") {
            for name in rules.catalogue.contextNames where !name.isEmpty && LiteralSearch.contains(text, name) {
                text = text.replacingOccurrences(of: name, with: "|")
            }
        }
        return budgetWords.contains { LiteralSearch.contains(text, $0) }
    }
}
