import Foundation

/// increase-exceeds-level: a level cannot have grown by more than itself. In 年末常住人口578.9万人，比上年末增加2.3亿人
/// the year before would hold fewer than no people: one of the two figures has 万 and 亿 confused (nothing repeats
/// either figure, so same-figure-agrees and scale-slip are silent).
///
/// Read in one sentence: an increase (direction up, an amount of the level's unit family, not a rate) after the
/// nearest level before it that names the same subject (the extractor gives 比上年末增加2.3万人 its level's subject). Only
/// amounts that cannot be negative: counts, measures and money, unless the subject holds a word of rules.yaml
/// `signed` (利润, 结余, 差额: 净利润1亿元，比上年增加3亿元 turns a loss around). A decrease may pass its level (a
/// level that halved fell by more than it now is), so only increases are judged. Figures are compared at their printed
/// precision and qualifiers (约, 多) widen them. A level that is what the sentence compares with (与2010年的220554人相比，
/// 10年共增加329857人，增长1.5倍) is the increase's base, not its level: growth past 100% takes the increase above it.
enum IncreaseRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("increase-exceeds-level", severity)
        let all = c.statements
        for order in c.positionsByDocument() {
            // The levels seen so far in the current sentence, by position.
            var levels: [Int] = []
            var sentence: Int? = nil
            for p in order {
                let s = all[p]
                guard let here = s.sentence, MetricIdentity.amounts.contains(s.metric.kind) else { continue }
                if here != sentence { levels.removeAll(keepingCapacity: true); sentence = here }
                guard let direction = s.metric.direction else { levels.append(p); continue }
                guard direction == .up, !s.subject.isEmpty, !isSigned(s.subject, c.rules.signedWords),
                      let l = levels.last(where: { all[$0].unitFamily == s.unitFamily && all[$0].metric.kind == s.metric.kind }),
                      all[l].subject == s.subject
                else { continue }
                let level = all[l]
                guard !StatedBase.isComparedWith(level), !namesAnIncrease(level) else { continue }
                guard let increase = s.range.lower, let upper = level.range.upper else { continue }
                if increase > upper {
                    out.fail(Finding(
                        ruleID: "increase-exceeds-level", severity: severity,
                        message: c.message("increase-exceeds-level", "\(SameFigureRule.label(s)) grew by \(s.shown), more than its level \(level.shown) at \(c.reference(level, from: s)) (万/亿 confused?)", s, other: level),
                        locations: [s.location, level.location]))
                } else {
                    out.pass()
                }
            }
        }
        return out
    }

    /// Words that make the amount after them a change, not a level, even with no direction read (4月则扩大增幅至204.45亿美元，
    /// 5月则增加240.34亿美元: two months' increases of the reserves, not a level and its growth).
    static let changeAmountWords = ["增幅", "增量", "增额", "增加额", "增长额", "减幅", "降幅", "净增"]

    /// The clause of `level` before its figure names an amount of change (`changeAmountWords`).
    static func namesAnIncrease(_ level: Statement) -> Bool {
        guard let clause = CompletionRule.clauseBefore(level) else { return false }
        let words = String(clause)
        return changeAmountWords.contains { LiteralSearch.contains(words, $0) }
    }

    static func isSigned(_ subject: String, _ words: [String]) -> Bool {
        words.contains { LiteralSearch.contains(subject, $0) }
    }
}
