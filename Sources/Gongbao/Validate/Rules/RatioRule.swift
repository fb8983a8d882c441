import Foundation

/// ratio-agrees: a figure defined as one figure over another (rules.yaml `definitions`) must be that quotient, when the
/// document states both:
///   年末常住人口2153.5万人 … 城镇常住人口1754.2万人，常住人口城镇化率91.46% → 1754.2 / 2153.5 = 81.46%: error;
///   全年地区生产总值24763.6亿元 … 人均地区生产总值215155元 (常住人口2153.5万人) → about 114994元: error.
/// The part and the whole are the document's statements nearest the ratio whose subjects end with a word of the
/// definition (the whole holding none of its `not` words), levels of the document's own period (no 上年, no range,
/// no target, not one of several values of a sentence: 城镇化率由55%提高到60% is not judged), per-head figures never
/// a part or a whole. A rate is allowed its rounding and `tolerance` percentage points; a per-head amount `tolerance`
/// as a fraction (it divides by the year's average population, the text gives the year-end one).
enum RatioRule {
    static func check(_ c: RuleContext, _ severity: Severity) -> RuleOutcome {
        var out = RuleOutcome("ratio-agrees", severity)
        guard !c.rules.definitions.isEmpty else { return out }
        let all = c.statements
        for order in c.positionsByDocument() {
            for d in c.rules.definitions {
                for (k, p) in order.enumerated() {
                    let r = all[p]
                    guard plainLevel(r), LiteralSearch.contains(r.metric.subject, d.ratio),
                          d.per ? MetricIdentity.amounts.contains(r.metric.kind) : r.metric.kind == .percent else { continue }
                    // 户籍人口城镇化率: the ratio's own words name another whole (the definition's `not`).
                    let qualifier = r.metric.subject.replacingOccurrences(of: d.ratio, with: "|")
                    guard !d.wholeNot.contains(where: { LiteralSearch.contains(qualifier, $0) }) else { continue }
                    let year = r.documentPeriod?.year
                    func agrees(_ s: Statement) -> Bool {
                        !s.context.distinguishing(documentYear: year).conflicts(with: r.context.distinguishing(documentYear: year))
                    }
                    // (The subject's ending first: it rules out nearly every statement, and the per-unit words are a
                    // search each.)
                    // 年末全县户籍人口为112635人。其中,城镇人口54715人 … 常住人口12.74万人,城镇化率为74.02%: a part stated as a 其中
                    // part of a total the definition's `not` words name (户籍人口) is that base's part, not the whole's.
                    func ofAnotherBase(_ s: Statement) -> Bool {
                        guard let t = s.metric.partOf ?? s.outerTotal,
                              let total = order.lazy.map({ all[$0] }).first(where: { $0.index == t }) else { return false }
                        return d.wholeNot.contains { LiteralSearch.contains(total.metric.subject, $0) }
                    }
                    func isPart(_ s: Statement) -> Bool {
                        MetricIdentity.amounts.contains(s.metric.kind) && d.part.contains { withoutNote(s.metric.subject).hasSuffix($0) }
                            && plainLevel(s) && !perUnit(s, c.rules) && agrees(s) && !ofAnotherBase(s)
                    }
                    func isWhole(_ s: Statement) -> Bool {
                        MetricIdentity.amounts.contains(s.metric.kind) && d.whole.contains { withoutNote(s.metric.subject).hasSuffix($0) }
                            && plainLevel(s) && !perUnit(s, c.rules)
                            && !d.wholeNot.contains { LiteralSearch.contains(s.metric.subject, $0) } && agrees(s)
                    }
                    // (The part stated before the ratio first: 全年地区生产总值…人均地区生产总值… precedes 分区域看，青岚区实现地区生产总值….)
                    guard let part = nearestBefore(k, order, all, isPart) ?? nearest(k, order, all, isPart),
                          let whole = nearest(k, order, all, isWhole),
                          part.index != whole.index else { continue }
                    if d.per {
                        guard whole.baseValue > 0, part.metric.kind != r.metric.kind || part.unitFamily == r.unitFamily else { continue }
                        let computed = part.baseValue / whole.baseValue
                        guard computed > 0 else { continue }
                        let off = (r.baseValue - computed) / computed
                        if off > d.tolerance || off < -d.tolerance {
                            fail(&out, c, severity, r, part, whole, computed: PartTotalRule.display(computed.rounded(places: 0), like: r))
                        } else {
                            out.pass()
                        }
                    } else {
                        guard part.unitFamily == whole.unitFamily, part.metric.kind == whole.metric.kind,
                              let ratio = ShareAgreesRule.ratioRange(part: part.range, whole: whole.range),
                              let lo = r.range.lower, let hi = r.range.upper else { continue }
                        if ratio.upper! < lo - d.tolerance || ratio.lower! > hi + d.tolerance {
                            let computed = (part.baseValue / whole.baseValue * 100).rounded(places: 2)
                            fail(&out, c, severity, r, part, whole, computed: computed.plainString + "%")
                        } else {
                            out.pass()
                        }
                    }
                }
            }
        }
        return out
    }

    static func fail(_ out: inout RuleOutcome, _ c: RuleContext, _ severity: Severity, _ r: Statement, _ part: Statement,
                     _ whole: Statement, computed: String) {
        out.fail(Finding(
            ruleID: "ratio-agrees", severity: severity,
            message: c.message("ratio-agrees",
                               "\(SameFigureRule.label(r)) \(r.shown) is not \(SameFigureRule.label(part)) \(part.shown) at \(c.reference(part, from: r)) over \(SameFigureRule.label(whole)) \(whole.shown) at \(c.reference(whole, from: r)) (\(computed))",
                               r, other: part),
            locations: [r.location, part.location, whole.location]))
    }

    /// A level of the document's own period, stated once in its sentence.
    static func plainLevel(_ s: Statement) -> Bool {
        s.metric.direction == nil && !s.isTarget && s.earlier == nil && s.metric.valueMax == nil && !s.isAmbiguous
            && s.range.lower != nil && s.range.upper != nil
    }

    static func perUnit(_ s: Statement, _ rules: RuleSet) -> Bool {
        rules.perUnitWords.contains { LiteralSearch.contains(s.metric.subject, $0) }
    }

    /// The statement nearest position `k` (either side; the earlier one on a tie) that `test` accepts.
    /// A subject without the bracketed note at its end: 地区生产总值(GDP) → 地区生产总值.
    static func withoutNote(_ subject: String) -> Substring {
        guard let last = subject.last, last == ")" || last == "）",
              let open = subject.lastIndex(where: { $0 == "(" || $0 == "（" }), open > subject.startIndex else { return subject[...] }
        return subject[..<open]
    }

    /// The nearest statement before position `k` that passes `test`.
    static func nearestBefore(_ k: Int, _ order: [Int], _ all: [Statement], _ test: (Statement) -> Bool) -> Statement? {
        var j = k - 1
        while j >= 0 {
            if test(all[order[j]]) { return all[order[j]] }
            j -= 1
        }
        return nil
    }

    static func nearest(_ k: Int, _ order: [Int], _ all: [Statement], _ test: (Statement) -> Bool) -> Statement? {
        var d = 1
        while k - d >= 0 || k + d < order.count {
            if k - d >= 0, test(all[order[k - d]]) { return all[order[k - d]] }
            if k + d < order.count, test(all[order[k + d]]) { return all[order[k + d]] }
            d += 1
        }
        return nil
    }
}
