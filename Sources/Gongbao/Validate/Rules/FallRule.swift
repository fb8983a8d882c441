import Foundation

/// fall-over-100: nothing that cannot be below zero falls by more than all of itself. 经济作物播种面积下降103.0%,
/// 政府性基金预算收入下降116.3% or 二氧化硫排放总量下降104.66% is a slip of the pen (a digit added, 3.0% → 103.0%):
/// the amount would now be below zero. Amounts that may be below zero (rules.yaml `signed`: 利润, 结余, 差额 …:
/// 利润总额下降125% turns a profit into a loss) and growth rates themselves (增速, 增幅: a rate may fall from
/// positive to negative) are left out; percentage points (个百分点) are no relative change.
enum FallRule {
    /// Subjects that name a rate of change, not an amount: its relative fall may pass 100%.
    static let rateWords = ["增速", "增幅", "增长", "增量", "速度", "涨幅", "降幅"]

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("fall-over-100", severity)
        for s in c.statements where judged(s, c.rules) {
            if let low = s.range.lower, low > 100 {
                out.fail(Finding(
                    ruleID: "fall-over-100", severity: severity,
                    message: c.message("fall-over-100", "\(SameFigureRule.label(s)) fell by \(s.shown), more than all of it: it would be below zero", s),
                    locations: [s.location]))
            } else {
                out.pass()
            }
        }
        return out
    }

    /// A stated fall in percent of an amount that cannot be below zero.
    static func judged(_ s: Statement, _ rules: RuleSet) -> Bool {
        guard s.metric.kind == .percent, s.metric.direction == .down, s.metric.unit == "%" || s.metric.unit == "％",
              !s.isTarget, !s.metric.subject.isEmpty else { return false }
        let subject = s.metric.subject
        return !IncreaseRule.isSigned(subject, rules.signedWords) && !rateWords.contains { LiteralSearch.contains(subject, $0) }
    }
}
