import Foundation

/// declared-order: relations the rule file declares between subjects (`签约项目 <= 招引项目`), checked
/// within one document between statements of the same unit family whose scopes agree.
///   累计招引项目236项，签约项目40个 → 40 ≤ 236 passes (个 and 项 are one family).
/// A relation whose one side is stated and the other not counts as "not evaluable".
enum DeclaredOrderRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        check(c, severity, ruleID: "declared-order")
    }

    static func check(_ c: RuleContext, _ severity: Severity, ruleID: String) -> RuleOutcome {
        var out = RuleOutcome(ruleID, severity)
        let catalogue = c.rules.catalogue
        // Positions in `c.statements` (no copied tables).
        let all = c.statements
        let documents = c.positionsByDocument(where: { !$0.isTarget && $0.metric.direction == nil })
        for relation in c.rules.relations where relation.id == ruleID {
            let level = c.rules.severities[ruleID] != nil ? severity : (relation.severity ?? severity)
            let isLeft = relation.left.matcher(catalogue, cache: c.cache), isRight = relation.right.matcher(catalogue, cache: c.cache)
            for statements in documents {
                let lefts = statements.filter { isLeft(all[$0].metric.subject, all[$0].subject) }.map { all[$0] }
                let rights = statements.filter { isRight(all[$0].metric.subject, all[$0].subject) }.map { all[$0] }
                if lefts.isEmpty != rights.isEmpty { out.cannotEvaluate(); continue }
                for l in lefts {
                    let candidates = rights.filter { r in
                        r.index != l.index && r.earlier == l.earlier && r.unitFamily == l.unitFamily && r.metric.kind == l.metric.kind
                            && c.identity.placesAgree(l, r)
                            && !(l.scopePeriod != nil && r.scopePeriod != nil && !l.scopePeriod!.matches(r.scopePeriod!))
                    }
                    guard !candidates.isEmpty else { if !rights.isEmpty { out.cannotEvaluate() }; continue }
                    if let r = candidates.first(where: { violates(l, relation.op, $0) }) {
                        let text = relation.message.map { Template.fill($0, l, other: r, extra: ["{where}": c.reference(r, from: l)]) }
                            ?? c.message(ruleID, "\(SameFigureRule.label(l)) \(l.shown) should be \(relation.op.rawValue) \(SameFigureRule.label(r)) \(r.shown) at \(c.reference(r, from: l)) (\(relation.left) \(relation.op.rawValue) \(relation.right))", l, other: r)
                        out.fail(Finding(ruleID: ruleID, severity: level, message: text, locations: [l.location, r.location]))
                    } else {
                        out.pass()
                    }
                }
            }
        }
        return out
    }

    /// True only when no values within the two ranges can satisfy the relation.
    static func violates(_ l: Statement, _ op: RelationRule.Operator, _ r: Statement) -> Bool {
        switch op {
        case .lessOrEqual: return l.range.isAbove(r.range)
        case .greaterOrEqual: return r.range.isAbove(l.range)
        case .less:
            guard let lo = l.range.lower, let hi = r.range.upper else { return false }
            return lo >= hi
        case .greater:
            guard let lo = r.range.lower, let hi = l.range.upper else { return false }
            return lo >= hi
        }
    }
}

/// Fills an analyst's message: {subject} {value} {surface} {min} {max} {other} {other-value} {line}
/// {where} {period} {other-period}, plus what a rule adds ({sum}, {implied}).
enum Template {
    static func fill(_ template: String, _ s: Statement, other: Statement? = nil, min: Decimal? = nil, max: Decimal? = nil,
                     extra: [String: String] = [:]) -> String {
        var t = template
        let values: [(String, String)] = [
            ("{subject}", SameFigureRule.label(s)), ("{value}", s.shown), ("{surface}", s.shown),
            ("{min}", min?.plainString ?? ""), ("{max}", max?.plainString ?? ""),
            ("{other}", other.map(SameFigureRule.label) ?? ""), ("{other-value}", other?.shown ?? ""),
            ("{line}", other.map { String($0.location.line) } ?? ""),
            ("{period}", s.period?.description ?? ""), ("{other-period}", other?.period?.description ?? ""),
        ] + extra.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        for (k, v) in values { t = t.replacingOccurrences(of: k, with: v) }
        return t
    }
}
