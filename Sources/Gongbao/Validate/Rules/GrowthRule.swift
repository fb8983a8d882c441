import Foundation

/// growth-consistency: a stated rate (增长7.5%) must fit the levels of the same subject it implies —
/// this period's against the same months a year before (同比, the default), or the previous period
/// of the series when the text says 环比. Tolerance: the rate's printed precision, the levels'
/// rounding, plus `tolerances.growth` percentage points.
///   实际到位资金 1—4月 115亿元, 同比增长 20% — but 2023年1—4月 was 100亿元 → warning.
/// Rates without both levels in the run count as not evaluable.
enum GrowthRule {
    static let rateWords = ["同比", "环比", "比上年同期", "比去年同期", "比上年", "较上年", "增长率", "增长", "增速",
                            "增幅", "降幅", "下降", "减少", "提高", "上涨", "回落"]

    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("growth-consistency", severity)
        // No rate, nothing to check: the levels are not grouped.
        guard c.statements.contains(where: { $0.metric.kind == .percent && $0.metric.direction != nil && !$0.isTarget }) else { return out }
        let levels = c.statements.filter {
            !$0.isTarget && $0.metric.direction == nil && $0.period != nil
                && MetricIdentity.amounts.contains($0.metric.kind)
        }
        // Levels by series and subject, in run order: each rate looks only at its own.
        let levelsByKey = Dictionary(grouping: levels, by: { TextKey($0.series + "\u{0}" + $0.subject) })
        for rate in c.statements where rate.metric.kind == .percent && rate.metric.direction != nil && !rate.isTarget {
            guard let period = rate.period else { out.cannotEvaluate(); continue }
            let subject = stripped(rate.metric.subject, c)
            let sameSubject = (levelsByKey[TextKey(rate.series + "\u{0}" + subject)] ?? []).filter {
                $0.series == rate.series && $0.subject == subject && c.identity.placesAgree($0, rate)
            }
            let sequential = LiteralSearch.contains(rate.metric.subject, "环比") || LiteralSearch.contains(rate.metric.scope ?? "", "环比")
            let current = sameSubject.filter { $0.earlier == nil }
            guard let now = current.first(where: { $0.period!.matches(period) && $0.document == rate.document })
                    ?? current.first(where: { $0.period!.matches(period) }) else {
                out.cannotEvaluate(); continue
            }
            // The base: the same document's 去年同期 (or 上月 for 环比) figure, else the series' own.
            let baseWords = sequential ? ["上月", "上期", "上季度"] : ["去年同期", "上年同期", "去年", "上年"]
            let stated = sameSubject.first {
                $0.document == rate.document && $0.unitFamily == now.unitFamily && baseWords.contains($0.earlier ?? "")
            }
            let before: Statement?
            if let stated {
                before = stated
            } else if sequential {
                before = current.filter { $0.period! < period && $0.unitFamily == now.unitFamily }.max { $0.period! < $1.period! }
            } else {
                let y = period.year.map { $0 - 1 }
                before = y == nil ? nil : current.first {
                    $0.period!.year == y && $0.period!.firstMonth == period.firstMonth && $0.period!.lastMonth == period.lastMonth
                        && $0.unitFamily == now.unitFamily
                }
            }
            guard let before, let a1 = before.range.lower, let b1 = before.range.upper, let a2 = now.range.lower,
                  let b2 = now.range.upper, a1 > 0 else {
                out.cannotEvaluate(); continue
            }
            let impliedLow = (a2 / b1 - 1) * 100, impliedHigh = (b2 / a1 - 1) * 100
            let sign: Decimal = rate.metric.direction == .down ? -1 : 1
            let half = ValueRange.halfUnit(of: rate.metric) + c.rules.growthTolerance
            let statedLow = sign * rate.metric.value - half, statedHigh = sign * rate.metric.value + half
            if statedHigh < impliedLow || statedLow > impliedHigh {
                let rounded = ((now.baseValue / before.baseValue - 1) * 100).rounded(places: 1)
                out.fail(Finding(
                    ruleID: "growth-consistency", severity: severity,
                    message: c.message("growth-consistency", "\(SameFigureRule.label(rate)) \(rate.shown) here, but \(now.shown) (\(now.period!)) against \(before.shown) (\(before.earlier ?? before.period!.description)) at \(c.reference(before, from: rate)) is \(rounded.plainString)%", rate, other: before,
                                       extra: ["{implied}": rounded.plainString]),
                    locations: [rate.location, now.location, before.location]))
            } else {
                out.pass()
            }
        }
        return out
    }

    static let rateIndex = WordIndex(rateWords.filter { !$0.isEmpty })

    /// `stripped` normalized through the run's cache (a rate's subject recurs in every copy of a bulletin).
    static func stripped(_ subject: String, _ c: RuleContext) -> String {
        guard let cache = c.cache else { return stripped(subject, c.rules.catalogue, index: c.index) }
        let bytes = rateIndex.replacingAll(in: Array(subject.utf8), with: [])
        return cache.normalized(bytes.map(ByteText.string) ?? subject)
    }

    /// `stripped` with the rate words and the catalogue's lists indexed once.
    static func stripped(_ subject: String, _ catalogue: SubjectCatalogue, index: SubjectCatalogue.Index) -> String {
        let bytes = rateIndex.replacingAll(in: Array(subject.utf8), with: [])
        return catalogue.normalized(bytes.map(ByteText.string) ?? subject, index: index)
    }

    /// The subject of a rate without its rate words: 实际到位资金同比增长 → 实际到位资金.
    static func stripped(_ subject: String, _ catalogue: SubjectCatalogue) -> String {
        var bytes = Array(subject.utf8)
        var changed = false
        for w in rateWords where !w.isEmpty {
            if let r = ByteText.replacingAll(bytes, Array(w.utf8), with: []) { bytes = r; changed = true }
        }
        return catalogue.normalized(changed ? ByteText.string(bytes) : subject)
    }
}
