/// target-reported-achieved: a target (计划/力争/预期) against the outcome of the same figure reported
/// for the period the target covers, elsewhere in the series; a note when the outcome is below target.
/// A full-year target is only judged by a bulletin covering the whole year (1—12月 or 全年), never by
/// a year-to-date figure:
///   2024年全年计划签约项目 120个 … 2024年1—12月累计签约项目 112个 → note.
enum TargetRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("target-reported-achieved", severity)
        let targets = c.statements.lazy.filter { $0.isTarget && $0.metric.direction == nil }.count
        guard targets > 0 else { return out }
        // An outcome is looked for in another document: checked within one document (a streamed run checks each
        // on its own first), every target is not evaluable, whether its period is known or not.
        if let d = c.statements.first?.document, c.statements.allSatisfy({ $0.document == d }) {
            out.cannotEvaluate(targets)
            return out
        }
        return checkAcross(c, out)
    }

    /// The targets against the outcomes of the other documents.
    static func checkAcross(_ c: RuleContext, _ start: RuleOutcome) -> RuleOutcome {
        var out = start
        let severity = out.tally.severity
        let outcomes = c.statements.filter { !$0.isTarget && $0.metric.direction == nil && $0.period != nil }
        // Outcomes by series and subject, in run order: each target looks only at its own.
        let outcomesByKey = Dictionary(grouping: outcomes, by: { TextKey($0.series + "\u{0}" + $0.subject) })
        for target in c.statements where target.isTarget && target.metric.direction == nil {
            guard let goal = period(of: target) else { out.cannotEvaluate(); continue }
            let reports = (outcomesByKey[TextKey(target.series + "\u{0}" + target.subject)] ?? []).filter { o in
                o.series == target.series && o.document != target.document && o.subject == target.subject
                    && (o.identifiesSubject ?? c.rules.catalogue.identifies(o.subject))
                    && o.unitFamily == target.unitFamily && o.metric.kind == target.metric.kind
                    && c.identity.placesAgree(o, target) && covers(o.period!, goal)
            }.sorted { ($0.period!, $0.location) < ($1.period!, $1.location) }
            guard let outcome = reports.first else { out.cannotEvaluate(); continue }
            if target.range.isAbove(outcome.range) {
                out.fail(Finding(
                    ruleID: "target-reported-achieved", severity: severity,
                    message: c.message("target-reported-achieved", "\(SameFigureRule.label(outcome)) \(outcome.shown) (\(outcome.period!)) is below the target \(target.shown) at \(c.reference(target, from: outcome))", outcome, other: target),
                    locations: [outcome.location, target.location]))
            } else {
                out.pass()
            }
        }
        return out
    }

    /// The period a target is for: its scope's (2024年上半年), a whole year for 全年/年内/今年/年底,
    /// else its document's.
    static func period(of t: Statement) -> Period? {
        if let p = t.scopePeriod { return Period(year: p.year ?? t.documentPeriod?.year, firstMonth: p.firstMonth, lastMonth: p.lastMonth) }
        let scope = (t.metric.scope ?? "") + t.metric.subject
        if ["全年", "年内", "今年", "年底", "年末"].contains(where: { LiteralSearch.contains(scope, $0) }) {
            return t.documentPeriod.map { Period(year: $0.year, firstMonth: 1, lastMonth: 12) }
        }
        return t.documentPeriod
    }

    /// The outcome's period is the goal's (same year; from the same first month to at least its last).
    static func covers(_ p: Period, _ goal: Period) -> Bool {
        guard let y = goal.year, p.year == y else { return false }
        return p.firstMonth == goal.firstMonth && p.lastMonth >= goal.lastMonth
    }
}
