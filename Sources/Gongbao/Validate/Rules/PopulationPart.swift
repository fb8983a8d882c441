import Foundation

/// part-exceeds-total for a region's people: no count of its residents is ten times its population.
///   年末全市常住人口595.7万人 … 全年出生人口2.9万人；死亡人口5.6亿人 → error: 万/亿 confused, and nothing repeats the figure
///   (a city's 5.6亿 is still far below the 1.5 billion implausible-value allows).
/// The population is the largest count of the document whose subject ends in a word of rules.yaml `population.totals`
/// (常住人口, 户籍人口, 总人口) and holds none of `not` (城镇人口 is a kind of it); a resident count is a level whose subject
/// holds a word of `parts` (人口, 居民) and none of `per_unit` (人均: an amount, not people). Ten times, not once: 户籍 and 常住 counts, and
/// the insured by place of work, may pass a population a little. A sentence that names a larger region (`elsewhere`:
/// 全国农村居民5.5亿人 quoted in a city's bulletin) is left alone, unless the population's own sentence names it too.
enum PopulationPart {
    static func check(_ c: RuleContext, _ severity: Severity, _ out: inout RuleOutcome) {
        let rules = c.rules
        guard !rules.populationTotals.isEmpty, !rules.populationParts.isEmpty else { return }
        let all = c.statements
        let has = { (text: String, words: [String]) in words.contains { LiteralSearch.contains(text, $0) } }
        for order in c.positionsByDocument(where: { isLevel($0, orPlan: true) }) {
            // The population: the largest total of the document (a province's figure quoted in a city's bulletin is
            // then the bound, never the city's own).
            var population: Statement? = nil
            for p in order {
                let s = all[p]
                // (A population read as a plan counts too: it is no resident count, and the region holds about that
                // many — 2021年末全省常住人口为3480.48万人 read as one, when a 现将 ran into its sentence, left the survey's
                // sample, 调查登记常住人口78.43万人, as the bound of 15—64岁人口2450.33万人.)
                guard rules.populationTotals.contains(where: { s.subject.hasSuffix($0) }), !has(s.subject, rules.populationNot),
                      let upper = s.range.upper else { continue }
                if let q = population, let u = q.range.upper, u >= upper { continue }
                population = s
            }
            guard let whole = population, let bound = whole.range.upper.map({ $0 * 10 }) else { continue }
            let wholeSentence = BoundRuleCheck.ownSentence(whole.masked)
            for p in order {
                let s = all[p]
                guard s.index != whole.index, !s.isTarget, let low = s.range.lower, low > bound, has(s.subject, rules.populationParts),
                      !has(s.subject, rules.perUnitWords) else { continue }
                let sentence = BoundRuleCheck.ownSentence(s.masked)
                if rules.populationElsewhere.contains(where: {
                    LiteralSearch.contains(sentence, $0) && !LiteralSearch.contains(wholeSentence, $0)
                }) { continue }
                out.fail(Finding(
                    ruleID: "part-exceeds-total", severity: severity,
                    message: c.message("part-exceeds-total", "\(SameFigureRule.label(s)) \(s.shown) is more than ten times the population \(SameFigureRule.label(whole)) \(whole.shown) at \(c.reference(whole, from: s)) (万/亿 confused?)", s, other: whole),
                    locations: [s.location, whole.location]))
            }
        }
    }

    /// A count of persons stated as a level, read with its sentence.
    static func isLevel(_ s: Statement, orPlan: Bool = false) -> Bool {
        s.metric.kind == .count && s.unitFamily == "人" && s.metric.direction == nil && (orPlan || !s.isTarget)
            && !s.masked.isEmpty
    }
}
