/// An amount that bounds a category of what a later number counts is no figure of its own:
/// 投资10亿元以上项目8个, 5亿元至10亿元项目11个, 500万元以下企业126家 — 8, 11 and 126 are the figures, and the
/// amount belongs to their subject (投资10亿元以上项目).
///
/// The bound is an amount (money, measure) written with 以上/以下/及以上/及以下, after a word of contexts.yaml
/// `category_bound_leads` (超过, 高于: 营业收入高于5亿元的企业30家), or as a range, followed directly by a
/// noun (no clause break, a few characters) and then by a count in the same clause. An amount followed by a verb
/// stays a figure (投资5亿元建设3个项目).
///
/// A grade bounded so (二级及以上等级公路里程72.4万公里, 三级以上医院12家) names a class of what the later figure
/// measures or counts, whatever its kind: the grade is no count of its own.
enum CategoryBounds {
    /// The length of the bound word at `p` — 以上 以下 及以上 及以下, the words that close a bound (10亿元以上), an age
    /// bracket (60岁及以上人口) or a size class (千人以上企业) —, if one stands there (at most one can). Read scalar by
    /// scalar — 及 (U+53CA), 以 (U+4EE5), then 上/下 (U+4E0A/U+4E0B): the four words compared as slices cost more than the
    /// rest of a count's bound test.
    static func wordLength(in text: DocText, at p: Int) -> Int? { wordLength(in: text.t, at: p) }

    /// `wordLength` on any scalars (a subject's: CategoryBounds+SizeClasses).
    static func wordLength(in t: [UInt32], at p: Int) -> Int? {
        guard p >= 0 else { return nil }
        let q = p < t.count && t[p] == 0x53CA ? p + 1 : p
        guard q + 1 < t.count, t[q] == 0x4EE5, t[q + 1] == 0x4E0A || t[q + 1] == 0x4E0B else { return nil }
        return q + 2 - p
    }

    /// Removes the bounds from `figures` (scanner output, in text order), so the subjects read past them.
    /// `grades`: the units that write a grade (PatternBook.gradeUnits); `leads`: the words that bound an amount
    /// written before it (PatternBook.categoryBoundLeads).
    static func drop(_ figures: inout [Figure], text: DocText, grades: [String] = [], leads: ScalarTrie? = nil) {
        guard figures.count >= 2 else { return }
        var keep: [Bool] = []
        var any = false
        // (The kinds are asked through the array first: an amount before a count is rare, and handing two Figures
        // to `isBound` for every pair copied and released all their fields, a tenth of the scan's cost.)
        // (The pairs are read through the buffer: from the array, each figure handed to isBound was copied out.)
        figures.withUnsafeBufferPointer { figures in
            for k in 0..<(figures.count - 1) where (mayBeBound(figures[k].kind, next: figures[k + 1].kind)
                && isBound(figures[k], next: figures[k + 1], text: text, leads: leads))
                || (figures[k].kind == .count && !grades.isEmpty && figures[k + 1].unit != nil
                    // (The bound word first, on the scalars: comparing every count's unit, a non-ASCII String, cost more
                    // than the rest of the pass.)
                    && wordLength(in: text, at: figures[k].unitEnd) != nil
                    && grades.contains(where: { $0 == figures[k].unit })
                    && isGradeBound(figures[k], next: figures[k + 1], text: text)) {
                if !any { keep = [Bool](repeating: true, count: figures.count) }
                keep[k] = false
                any = true
                // 5亿元至10亿元项目11个: the low end written with its own unit goes with the high end.
                if k > 0, joinsRange(figures[k - 1], figures[k], text: text) { keep[k - 1] = false }
            }
        }
        guard any else { return }
        var out: [Figure] = []
        out.reserveCapacity(figures.count)
        for k in figures.indices where keep[k] { out.append(figures[k]) }
        figures = out
    }

    /// `a` 至/到/—/-/~ `b`, both amounts of one kind: the two ends of one range written in full.
    static func joinsRange(_ a: Figure, _ b: Figure, text: DocText) -> Bool {
        guard a.kind == b.kind, a.unit == b.unit, b.numberStart == a.unitEnd + 1, a.unitEnd < text.t.count else { return false }
        return FigureScanner.isRangeDash(text.t[a.unitEnd])
    }

    /// The first of `isBound`'s conditions that reads only the kinds: an amount (money, measure) before a count.
    @inline(__always)
    static func mayBeBound(_ kind: MetricKind, next: MetricKind) -> Bool {
        (kind == .money || kind == .measure) && next == .count
    }

    /// 二级及以上等级公路里程72.4万公里: a grade, a bound word, then within a few ideographs (no clause break) a
    /// figure with a unit.
    /// (Asked only of a figure in a grade unit before one with a unit: the test is made on the array's fields first,
    /// since handing two Figures over copies them.)
    static func isGradeBound(_ f: Figure, next: Figure, text: DocText) -> Bool {
        guard let n = wordLength(in: text, at: f.unitEnd) else { return false }
        let p = f.unitEnd + n
        let gap = next.numberStart - p
        guard gap >= 1, gap <= 8 else { return false }
        for q in p..<next.numberStart where !text.isCJK(q) || text.isClauseEnd(text.t[q]) { return false }
        return true
    }

    static func isBound(_ f: Figure, next: Figure, text: DocText, leads: ScalarTrie? = nil) -> Bool {
        guard f.kind == .money || f.kind == .measure, next.kind == .count, next.unit != nil else { return false }
        let t = text.t
        var p = f.unitEnd
        var bounded = f.valueMax != nil || (f.numberStart > 0 && FigureScanner.isRangeDash(t[f.numberStart - 1]))
        if let n = wordLength(in: text, at: p) {
            p += n
            bounded = true
        }
        // 超10亿元项目12个, 营业收入高于5亿元的企业30家: a bound written before the amount (without the lexicon's words,
        // 超 and 超过).
        if !bounded, f.numberStart >= 1 {
            if let leads {
                bounded = leads.matchEnding(t, at: f.numberStart) != nil
            } else {
                bounded = t[f.numberStart - 1] == 0x8D85
                    || (f.numberStart >= 2 && t[f.numberStart - 2] == 0x8D85 && t[f.numberStart - 1] == 0x8FC7)
            }
        }
        guard bounded else { return false }
        // The noun between the bound and the count: a few ideographs, no clause break, no verb of its own is asked —
        // a bound is followed by what it bounds.
        let gap = next.numberStart - p
        guard gap >= 1, gap <= 6 else { return false }
        for q in p..<next.numberStart where !text.isCJK(q) || text.isClauseEnd(t[q]) { return false }
        return true
    }
}
