import Foundation

/// scale-slip: a figure ~10⁴ or ~10⁸ off its repeat (error) or its neighbours in a series (warning) —
/// 万 and 亿 confused, or a scale dropped: 签约资金 12.5亿元 in one bulletin, 12.5万元 in the next.
enum ScaleSlipRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("scale-slip", severity)
        // Repeats within a document or period.
        for (_, group) in c.bySubject.sorted(by: { $0.key < $1.key }) where group.count > 1 {
            // `same` holds only within one bucket (SameFigureRule.bucketKey): earlier members of it, in order.
            var seen: [String: [Int]] = [:]
            for (j, later) in group.enumerated() {
                guard let key = SameFigureRule.bucketKey(later) else { continue }
                defer { seen[key, default: []].append(j) }
                for first in (seen[key] ?? []).lazy.map({ group[$0] }) where c.identity.same(first, later) {
                    if isSlip(first.baseValue, later.baseValue, factor: c.rules.scaleFactor) {
                        guard let level = SameFigureRule.level(severity, first, later,
                                                               values: SameFigureRule.distinctValues(group.filter { $0.document == later.document }))
                        else { out.cannotEvaluate(); break }
                        out.fail(Finding(
                            ruleID: "scale-slip", severity: level,
                            message: c.message("scale-slip", "\(SameFigureRule.label(later)) \(later.shown) here, \(first.shown) at \(c.reference(first, from: later)): \(magnitude(first.baseValue, later.baseValue)) apart, 万/亿 confused?", later, other: first),
                            locations: [later.location, first.location]))
                        break
                    } else {
                        out.pass()
                    }
                }
            }
        }
        // Neighbours in a series.
        for (earlier, later) in SeriesNeighbours.pairs(in: c) {
            if isSlip(earlier.baseValue, later.baseValue, factor: c.rules.scaleFactor) {
                out.fail(Finding(
                    ruleID: "scale-slip", severity: min(severity, .warning),
                    message: c.message("scale-slip", "\(SameFigureRule.label(later)) \(later.shown) (\(later.period?.description ?? "?")) here, \(earlier.shown) (\(earlier.period?.description ?? "?")) at \(c.reference(earlier, from: later)): \(magnitude(earlier.baseValue, later.baseValue)) apart, 万/亿 confused?", later, other: earlier),
                    locations: [later.location, earlier.location]))
            } else {
                out.pass()
            }
        }
        return out
    }

    /// True when the larger value is within ×/÷factor of 10⁴ or 10⁸ times the smaller.
    static func isSlip(_ a: Decimal, _ b: Decimal, factor: Decimal) -> Bool {
        guard a > 0, b > 0 else { return false }
        let (small, large) = a < b ? (a, b) : (b, a)
        for p in [Decimal(10_000), Decimal(100_000_000)] {
            if factor > 0 {
                // large ≥ small·p / factor, multiplied out: no division for every pair of repeats.
                if large * factor >= small * p && large <= small * p * factor { return true }
            } else {
                let lo = small * p / factor, hi = small * p * factor
                if large >= lo && large <= hi { return true }
            }
        }
        return false
    }

    static func magnitude(_ a: Decimal, _ b: Decimal) -> String {
        let (small, large) = a < b ? (a, b) : (b, a)
        return large / small > 10_000_000 ? "~10⁸" : "~10⁴"
    }
}

/// Consecutive statements of one figure along a series (same series, subject, unit family, kind,
/// direction, place and cumulativeness), ordered by period; statements of one period are repeats, not
/// neighbours, and are left to same-figure-agrees.
enum SeriesNeighbours {
    static func pairs(in c: RuleContext, cumulativeOnly: Bool = false) -> [(Statement, Statement)] {
        var out: [(Statement, Statement)] = []
        for chain in chains(in: c, cumulativeOnly: cumulativeOnly) {
            for k in chain.indices.dropFirst() { out.append((chain[k - 1], chain[k])) }
        }
        return out
    }

    /// Each chain holds one statement per period (the first stated), sorted by period.
    static func chains(in c: RuleContext, cumulativeOnly: Bool) -> [[Statement]] {
        let candidates = c.statements.filter {
            !$0.isTarget && $0.earlier == nil && $0.period != nil && (!cumulativeOnly || $0.isCumulative)
                && MetricIdentity.amounts.contains($0.metric.kind) && $0.metric.direction == nil
        }
        var groups: [String: [Statement]] = [:]
        for s in candidates where c.rules.catalogue.identifies(s.subject) {
            let key = [s.series, s.subject, s.unitFamily ?? "-", s.metric.kind.rawValue,
                       s.metric.direction?.rawValue ?? "-", s.isCumulative ? "cum" : "", s.metric.partOf == nil && s.impliedTotal == nil ? "" : "part", s.place].joined(separator: "\u{1F}")
            groups[key, default: []].append(s)
        }
        var chains: [[Statement]] = []
        for key in groups.keys.sorted() {
            let group = groups[key]!
            var byPeriod: [Period: Statement] = [:]
            for s in group where byPeriod[s.period!] == nil { byPeriod[s.period!] = s }
            guard byPeriod.count > 1 else { continue }
            chains.append(byPeriod.keys.sorted().map { byPeriod[$0]! })
        }
        return chains
    }
}
