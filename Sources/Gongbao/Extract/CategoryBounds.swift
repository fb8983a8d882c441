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
///
/// A rate or a count bounds a class the same way when it is written as one and 的 closes the class before the
/// noun and the count (增幅在100%以上的机场有6个, 增幅在50%至100%之间的有15个 — the noun left to the list's first
/// item —, 增速在10%以内的企业有8家, 申请超过1000件的省(区、市)有7个): the later count is the figure, the rate or count
/// the class its subject names.
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
                && mayCloseClass(figures[k].kind, unitEnd: figures[k].unitEnd, text: text)
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

    /// An amount passes; a rate or a count is followed by 的, or by 以 (以上, 以下, 以内), 之 (之间) or 及 (及以上) — one
    /// scalar read on the array's fields before the figures are handed over (rates and counts before a count are
    /// common, classes rare).
    @inline(__always)
    static func mayCloseClass(_ kind: MetricKind, unitEnd: Int, text: DocText) -> Bool {
        guard kind == .percent || kind == .count else { return true }
        guard unitEnd < text.t.count else { return false }
        let c = text.t[unitEnd]
        return c == 0x7684 || c == 0x4EE5 || c == 0x4E4B || c == 0x53CA
    }

    /// The first of `isBound`'s conditions that reads only the kinds: an amount (money, measure), a rate or a count
    /// before a count.
    @inline(__always)
    static func mayBeBound(_ kind: MetricKind, next: MetricKind) -> Bool {
        next == .count && (kind == .money || kind == .measure || kind == .percent || kind == .count)
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
        guard next.kind == .count, next.unit != nil else { return false }
        if f.kind == .percent || f.kind == .count { return isClassBound(f, next: next, text: text, leads: leads) }
        guard f.kind == .money || f.kind == .measure else { return false }
        let t = text.t
        var p = f.unitEnd
        var bounded = f.valueMax != nil || (f.numberStart > 0 && FigureScanner.isRangeDash(t[f.numberStart - 1]))
        if let n = wordLength(in: text, at: p) {
            p += n
            bounded = true
        }
        // 超10亿元项目12个, 营业收入高于5亿元的企业30家: a bound written before the amount.
        if !bounded { bounded = hasLead(f, text: text, leads: leads) }
        guard bounded else { return false }
        // The noun between the bound and the count: a few ideographs, no clause break, no verb of its own is asked —
        // a bound is followed by what it bounds.
        let gap = next.numberStart - p
        guard gap >= 1, gap <= 6 else { return false }
        for q in p..<next.numberStart where !text.isCJK(q) || text.isClauseEnd(t[q]) { return false }
        return true
    }

    /// A bound word written right before the figure (超10亿元, 高于5亿元, 超过1000件): one of `leads` (contexts.yaml
    /// category_bound_leads), or without the lexicon's words 超 and 超过.
    static func hasLead(_ f: Figure, text: DocText, leads: ScalarTrie?) -> Bool {
        guard f.numberStart >= 1 else { return false }
        let t = text.t
        if let leads { return leads.matchEnding(t, at: f.numberStart) != nil }
        return t[f.numberStart - 1] == 0x8D85
            || (f.numberStart >= 2 && t[f.numberStart - 2] == 0x8D85 && t[f.numberStart - 1] == 0x8FC7)
    }

    /// A rate or a count that bounds a class (see the type's note): a bound word after it (以上, 以下, 以内; 之间 after
    /// a range), or a lead word before it (超过, 高于), then 的, then at most six ideographs — with one short bracketed
    /// aside, 省(区、市) — and the count, all in one clause. Without 的 a rate or a count stays a figure of its own
    /// (增长10%以上, 新建5个以上), unless a count's bound word runs straight into the noun then counted (一次死亡3人以上
    /// 道路交通事故1290起).
    static func isClassBound(_ f: Figure, next: Figure, text: DocText, leads: ScalarTrie?) -> Bool {
        let t = text.t
        var p = f.unitEnd
        guard p < next.numberStart, p + 1 < t.count else { return false }
        var bounded = false
        if let n = wordLength(in: text, at: p) {
            p += n
            bounded = true
        } else if t[p] == 0x4EE5, t[p + 1] == 0x5185 {
            // 以内.
            p += 2
            bounded = true
        } else if t[p] == 0x4E4B, t[p + 1] == 0x95F4,
                  f.valueMax != nil || (f.numberStart > 0 && FigureScanner.isRangeDash(t[f.numberStart - 1])) {
            // 50%至100%之间.
            p += 2
            bounded = true
        }
        if !bounded { bounded = hasLead(f, text: text, leads: leads) }
        guard bounded, p < next.numberStart else { return false }
        // 的 closes the class; a count bounded by 以上/以下 may also run straight into its noun (一次死亡3人以上道路交通事故
        // 1290起, 职工100人以上企业56家: the accident class and the firm size of statistical tables) — the noun then
        // counted in the same clause is what says it is a class, as 新建5个以上 at a clause's end stays a figure.
        var limit = 6, least = 0
        if t[p] == 0x7684 {
            p += 1
        } else if f.kind == .count, p > f.unitEnd, wordLength(in: text, at: f.unitEnd) != nil {
            // (The noun of an accident or size class may be longer: 特大道路交通事故.)
            limit = 8
            least = 1
        } else {
            return false
        }
        var letters = 0
        var aside = 0
        var inAside = false
        for q in p..<next.numberStart {
            let s = t[q]
            if inAside {
                aside += 1
                if s == 0x29 { inAside = false } else if !(text.isCJK(q) || s == 0x3001) || aside > 6 { return false }
            } else if s == 0x28, aside == 0 {
                inAside = true
            } else if text.isCJK(q), !text.isClauseEnd(s) {
                letters += 1
            } else {
                return false
            }
        }
        return !inAside && letters >= least && letters <= limit
    }
}
