import Foundation

/// cumulative-never-falls: a cumulative figure (累计, 1—N月) of one subject never falls from one period
/// to the next within a year: 1—3月累计签约项目 52个 then 1—4月 48个 is an error at the 1—4月 figure.
///
/// Series come from SeriesKey (file names without their period) and each statement's period (its
/// scope's, else its document's). Totals restart each January, so only periods of one year are
/// compared. Cumulative figures that cannot be placed (no period anywhere) count as not evaluable,
/// and a document of a series that has none gets a note.
enum CumulativeRule {
    /// The year a file name spells (政府工作报告2008.txt → 2008), if any.
    static func fileYear(_ path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        return name.range(of: "(19|20)[0-9]{2}", options: .regularExpression).map { String(name[$0]) }
    }

    /// The note for a running total of a series document that has no period.
    static func unplacedNote(_ s: Statement) -> Finding {
        Finding(ruleID: "cumulative-never-falls", severity: .note,
                message: "cannot place \(SameFigureRule.label(s)) \(s.shown) in its series: no period found in the document or its file name",
                locations: [s.location])
    }

    /// The first running total of a document that cannot be placed in its series (no period), if any.
    static func firstUnplaced(_ statements: [Statement]) -> Statement? {
        statements.first { $0.isCumulative && !$0.isTarget && $0.period == nil }
    }

    /// One month's figure is part of the running total that ends with or after it, in one document:
    ///   1—4月，全市实际到位资金115.0亿元 … 4月份，全市实际到位资金130.0亿元 → error at the month.
    /// Same subject, unit family, kind and place, both levels of the document's year (no 上年同期, no target, no
    /// change); amounts that may be below zero (rules.yaml `signed`: 利润, 余额 …) left out — a month's profit passes
    /// a running total that earlier losses lowered.
    static func monthsAboveRunningTotal(_ c: RuleContext, _ severity: Severity, _ out: inout RuleOutcome) {
        let all = c.statements
        // Only running totals and figures of one month's scope (the signed words read for those alone).
        let candidates = c.positionsByDocument(where: { s in
            s.isCumulative || s.scopePeriod.map { $0.firstMonth == $0.lastMonth } == true
        })
        for candidates in candidates {
            let order = candidates.filter { level(all[$0], c.rules) }
            let totals = order.filter { all[$0].isCumulative }
            guard !totals.isEmpty else { continue }
            for m in order where !all[m].isCumulative {
                let month = all[m]
                guard let mp = month.scopePeriod, mp.firstMonth == mp.lastMonth else { continue }
                for t in totals {
                    let total = all[t]
                    guard let tp = total.period, tp.firstMonth == 1, tp.lastMonth >= mp.lastMonth, tp.lastMonth > 1,
                          mp.year == nil || tp.year == nil || mp.year == tp.year,
                          total.subject == month.subject, total.unitFamily == month.unitFamily,
                          total.metric.kind == month.metric.kind, total.place == month.place else { continue }
                    if month.range.isAbove(total.range) {
                        out.fail(Finding(
                            ruleID: "cumulative-never-falls", severity: severity,
                            message: c.message("cumulative-never-falls",
                                               "\(SameFigureRule.label(month)) \(month.shown) (\(mp)) is more than the running total \(total.shown) (\(tp)) at \(c.reference(total, from: month)) it is part of",
                                               month, other: total),
                            locations: [month.location, total.location]))
                    } else {
                        out.pass()
                    }
                    break
                }
            }
        }
    }

    static func level(_ s: Statement, _ rules: RuleSet) -> Bool {
        MetricIdentity.amounts.contains(s.metric.kind) && s.metric.direction == nil && !s.isTarget && s.earlier == nil
            && s.period != nil && !rules.signedWords.contains { LiteralSearch.contains(s.metric.subject, $0) }
    }

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("cumulative-never-falls", severity)
        let cumulative = c.statements.filter { $0.isCumulative && !$0.isTarget }
        let unplaced = cumulative.filter { $0.period == nil }
        out.cannotEvaluate(unplaced.count)
        // A note for each document of a multi-document series whose period is unknown.
        // Each document's series key, worked out once (a regex over its file name).
        let keys = c.documents.map { SeriesKey.key(of: $0) }
        let seriesSizes = Dictionary(grouping: keys, by: { $0 }).mapValues(\.count)
        var noted: Set<Int> = []
        // Not when each file name spells a different year: 政府工作报告 of 1998 and 2008 share a name but
        // are annual documents, no series of bulletins to order month by month.
        let years = Dictionary(grouping: c.documents.indices, by: { keys[$0] }).mapValues { docs in
            docs.map { d in fileYear(c.documents[d].path) }
        }
        let annual = Set(years.filter { _, ys in !ys.contains(nil) && Set(ys).count == ys.count }.keys)
        for s in unplaced where (seriesSizes[s.series] ?? 0) > 1 && !annual.contains(s.series) && !noted.contains(s.document) {
            noted.insert(s.document)
            out.findings.append(unplacedNote(s))
        }
        monthsAboveRunningTotal(c, severity, &out)
        for (earlier, later) in SeriesNeighbours.pairs(in: c, cumulativeOnly: true) {
            guard let p = earlier.period, let q = later.period else { continue }
            if (p.year == nil) != (q.year == nil) { out.cannotEvaluate(); continue }
            guard p.year == q.year, q.lastMonth > p.lastMonth else { continue }
            if earlier.range.isAbove(later.range) {
                out.fail(Finding(
                    ruleID: "cumulative-never-falls", severity: severity,
                    message: c.message("cumulative-never-falls",
                                       "cumulative \(SameFigureRule.label(later)) falls to \(later.shown) (\(q)) from \(earlier.shown) (\(p)) at \(c.reference(earlier, from: later))",
                                       later, other: earlier),
                    locations: [later.location, earlier.location]))
                // The earlier bulletin's figure may be the one miswritten (too large): reported there too.
                out.findings.append(Finding(
                    ruleID: "cumulative-never-falls", severity: severity,
                    message: c.message("cumulative-never-falls",
                                       "cumulative \(SameFigureRule.label(earlier)) \(earlier.shown) (\(p)) is above the later \(later.shown) (\(q)) at \(c.reference(later, from: earlier))",
                                       later, other: earlier),
                    locations: [earlier.location, later.location]))
            } else {
                out.pass()
            }
        }
        return out
    }
}
