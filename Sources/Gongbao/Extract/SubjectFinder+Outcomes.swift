/// Tolls and outcomes are written with the count before the predicate: 各类自然灾害共造成全国1.3亿人次受灾、1074人死亡,
/// 灾害造成1.2万间房屋倒塌. The words before such a figure are its cause and a verb of causing (and perhaps a scope word),
/// which name nothing counted; the outcome after the figure does. And a predicate alone after a figure whose unit is
/// itself the noun counted (人, 人次, 户) names the figure with that unit: 受灾人次, 死亡人.
/// (Kept out of SubjectFinder.swift: each rule is asked from one call site there, or a few.)
extension SubjectFinder {
    /// The words after a figure when the words before it (`lo..<hi`, trimmed) end in a verb of causing (contexts.yaml
    /// outcome_verbs), perhaps followed by a scope word (造成全国): the outcome (受灾 → 受灾人次, 房屋倒塌). The verb may
    /// stand just before `lo` (台风共导致全省3.2万人受灾: the cut after a verb of summing or causing left 全省 alone).
    /// Nil when the words before end otherwise, or fewer than two letters follow the figure.
    func outcomeSpan(_ fig: Place, lo: Int, hi: Int, memo: inout AfterMemo) -> Span? {
        let t = text.t
        var h = hi
        if let r = book.scopeRegion.matchEnding(t, at: h), h - r.length >= lo { h -= r.length }
        guard let m = book.outcomeVerbs.matchEnding(t, at: h), m.value < book.outcomeVerbCount,
              fig.unitEnd < t.count, text.isCJK(fig.unitEnd) else { return nil }
        let a = after(fig, wholeClause: false, memo: &memo)
        guard keptCount(Span(a), atMost: 2) >= 2 else { return nil }
        return withHeadUnit(a, fig)
    }

    /// `a`, the words after `fig`, with the figure's unit when that unit is the noun counted (contexts.yaml head_units)
    /// and the words are a predicate closing the clause (1.3亿人次受灾、 → 受灾人次; 1074人死亡(含失踪127人) → 死亡人):
    /// the predicate alone says what happened, not to whom. Else `a` as it is (3500间房屋倒塌 → 房屋倒塌: 间 is a
    /// classifier, the noun is written; 1200名志愿者参加 is read by other rules).
    func withHeadUnit(_ a: Range<Int>, _ fig: Place) -> Span {
        let t = text.t
        guard a.lowerBound == fig.unitEnd, a.count >= 2, a.count <= 8,
              a.upperBound == t.count || text.isClauseEnd(t[a.upperBound])
                || book.afterStops.longestMatch(t, at: a.upperBound) != nil,
              let u = book.headUnits.matchEnding(t, at: fig.unitEnd), fig.unitEnd - u.length > fig.numberStart
        else { return Span(a) }
        return Span(a, (fig.unitEnd - u.length)..<fig.unitEnd)
    }
}
