import Foundation

/// same-figure-agrees: a figure stated twice must agree — exactly when both are exact, else their
/// ranges must overlap (7.8万 = 77500…78500; 40余 ≥ 40; 约 ± tolerance).
///   Corpus/000.txt:198:1: error: 人才资源 8.7万人 here, 7.8万人 at line 60 [same-figure-agrees]
/// A repeat off by ~10⁴ or ~10⁸ is left to scale-slip, which names the cause.
enum SameFigureRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("same-figure-agrees", severity)
        for (_, group) in c.bySubject.sorted(by: { $0.key < $1.key }) where group.count > 1 {
            for (j, later) in group.enumerated() {
                let earlier = group[..<j].filter { c.identity.same($0, later) }
                guard !earlier.isEmpty else { continue }
                guard let first = earlier.first(where: { !$0.range.overlaps(later.range) }) else {
                    out.pass(); continue
                }
                if ScaleSlipRule.isSlip(first.baseValue, later.baseValue, factor: c.rules.scaleFactor) { continue }
                // Values far apart (经营主体 2.83万户 … 62万户) are far more often two figures behind one
                // shortened subject (新增 dropped) than a restatement gone wrong: not judged.
                if !closeEnough(first, later, ratio: c.rules.repeatRatio) { out.cannotEvaluate(); continue }
                out.fail(Finding(
                    ruleID: "same-figure-agrees", severity: severity,
                    message: c.message("same-figure-agrees",
                                       "\(label(later)) \(later.shown) here, \(first.shown) at \(c.reference(first, from: later))",
                                       later, other: first),
                    locations: [later.location, first.location]))
            }
        }
        return out
    }

    /// True when the larger value is at most `ratio` times the smaller (7.8万 vs 8.7万: 1.12).
    static func closeEnough(_ a: Statement, _ b: Statement, ratio: Decimal) -> Bool {
        let x = abs(a.baseValue), y = abs(b.baseValue)
        let (small, large) = x < y ? (x, y) : (y, x)
        return large <= small * ratio
    }

    /// The subject as written, quotes and spaces removed, for messages.
    static func label(_ s: Statement) -> String {
        String(s.metric.subject.unicodeScalars.filter { !SubjectCatalogue.dropped.contains($0) })
    }
}
