import Foundation

/// identity-agrees: amounts an accounting identity ties together must agree — 资产总额192.02亿元，负债总额32.15亿元，
/// 净资产总额159.87亿元 (assets are liabilities plus net assets: 32.15 + 159.87). A total that is not the sum of its
/// parts at every figure's printed precision is an error: one of them was mistyped or took the wrong scale word.
///
/// The identities are data (rules.yaml `identities`): the words a total's subject ends with and, per part, the words a
/// part's ends with. A figure takes the longest word its subject ends with (净资产总额 is a part, not the total
/// 资产总额 it also ends with). Read within one sentence, the total first: its parts are the first amounts after it of
/// each part's word, in the same unit, before any other total of the identity; a part naming an owner of its own
/// (归属于母公司的净资产) that is not the total's is another account and leaves the identity unread. Changes, 其中
/// parts and targets beside outcomes are no terms of it.
enum IdentityRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("identity-agrees", severity)
        let identities = c.rules.identities
        guard !identities.isEmpty else { return out }
        let all = c.statements
        for order in c.positionsByDocument(where: { BudgetTotalRule.isAmount($0) && $0.sentence != nil }) {
            for (n, p) in order.enumerated() {
                let total = all[p]
                guard isTerm(total), let (id, totalRole, owner) = role(of: total.metric.subject, in: identities), totalRole == 0 else { continue }
                let identity = identities[id]
                var parts = [Statement?](repeating: nil, count: identity.parts.count)
                var m = n + 1
                while m < order.count, parts.contains(where: { $0 == nil }) {
                    let s = all[order[m]]
                    m += 1
                    guard s.sentence == total.sentence, s.path == total.path else { break }
                    guard isTerm(s), s.unitFamily == total.unitFamily, s.isTarget == total.isTarget,
                          let (sid, srole, sowner) = role(of: s.metric.subject, in: identities), sid == id else { continue }
                    if srole == 0 { break }
                    guard sowner.isEmpty || sowner == owner else { break }
                    if parts[srole - 1] == nil { parts[srole - 1] = s }
                }
                let found = parts.compactMap { $0 }
                guard found.count == parts.count, let tl = total.range.lower, let tu = total.range.upper else { continue }
                var low = Decimal(0), high = Decimal(0)
                for s in found {
                    guard let l = s.range.lower, let u = s.range.upper else { low = -1; break }
                    low += l
                    high += u
                }
                guard low >= 0 else { continue }
                if tu < low || tl > high {
                    let sum = found.map { "\(SameFigureRule.label($0)) \($0.shown)" }.joined(separator: " + ")
                    out.fail(Finding(
                        ruleID: "identity-agrees", severity: severity,
                        message: c.message("identity-agrees", "\(SameFigureRule.label(total)) \(total.shown) is not \(sum) (\(PartTotalRule.display((low + high) / 2, like: total)))", total, other: found[0]),
                        locations: [total.location] + found.map(\.location)))
                } else {
                    out.pass()
                }
            }
        }
        return out
    }

    /// A level the identity may hold: no 其中 part (a part of the total is no term of the identity) and no change.
    static func isTerm(_ s: Statement) -> Bool {
        s.metric.partOf == nil && s.partClause == 0 && s.impliedTotal == nil
    }

    /// The identity and role (0: the total, k: the k-th part) of the longest word the subject ends with, and the words
    /// before it (the account's owner); nil when it ends with none.
    static func role(of subject: String, in identities: [SumIdentity]) -> (Int, Int, Substring)? {
        var best: (Int, Int, Int)? = nil
        for (i, identity) in identities.enumerated() {
            for (r, words) in ([identity.total] + identity.parts).enumerated() {
                for w in words where w.utf8.count > (best?.2 ?? 0) && LiteralSearch.hasSuffix(subject, w) {
                    best = (i, r, w.utf8.count)
                }
            }
        }
        guard let (i, r, length) = best else { return nil }
        let u = subject.utf8
        let end = u.index(u.endIndex, offsetBy: -length)
        return (i, r, Substring(u[..<end]))
    }
}
