import Foundation

/// An analyst's filter-and-bound rule from a rule file: every statement that passes the filter
/// (subject, unit, kind, scope) must lie within min…max (in the rule's unit when it names one).
///   - id: rate-below-50
///     subject: '~增长'
///     kind: percent
///     max: 50
enum BoundRuleCheck {
    static func check(_ c: RuleContext, _ severity: Severity, ruleID: String) -> RuleOutcome {
        var out = RuleOutcome(ruleID, severity)
        let catalogue = c.rules.catalogue
        for rule in c.rules.bounds where rule.id == ruleID {
            let (family, factor) = catalogue.family(of: rule.unit)
            let subjectMatches = rule.subject?.matcher(catalogue)
            // A subject's answer, once per raw subject and normalized form (a regular expression is the dearest test,
            // and subjects recur: 地区生产总值 with each of its rates).
            var answers: [TextKey: Bool] = [:]
            for s in c.statements {
                // Kind and unit first, then the subject.
                if let kind = rule.kind, kind != s.metric.kind { continue }
                if rule.unit != nil, family != s.unitFamily { continue }
                if !rule.anyWords.isEmpty, !rule.anyWords.contains(where: {
                    LiteralSearch.contains(s.metric.subject, $0) || LiteralSearch.contains(s.subject, $0)
                }) { continue }
                if let subjectMatches {
                    let key = TextKey(s.metric.subject + "\u{1F}" + s.subject)
                    let yes: Bool
                    if let known = answers[key] { yes = known } else { yes = subjectMatches(s.metric.subject, s.subject); answers[key] = yes }
                    if !yes { continue }
                }
                if let scope = rule.scope {
                    guard let text = s.metric.scope, scope.matches(subject: text, normalized: text, catalogue: catalogue) else { continue }
                }
                let lower = s.range.lower.map { $0 / factor }, upper = s.range.upper.map { $0 / factor }
                let below = rule.min.flatMap { m in upper.map { $0 < m } } ?? false
                let above = rule.max.flatMap { m in lower.map { $0 > m } } ?? false
                if below || above {
                    let text = rule.message.map { Template.fill($0, s, min: rule.min, max: rule.max) }
                        ?? "\(SameFigureRule.label(s)) \(s.shown) is \(below ? "below the minimum \(rule.min!.plainString)" : "above the maximum \(rule.max!.plainString)")\(rule.unit ?? "")"
                    out.fail(Finding(ruleID: ruleID, severity: severity, message: text, locations: [s.location]))
                } else {
                    out.pass()
                }
            }
        }
        return out
    }
}
