/// An age band names the group a count counts, it is no figure of its own: 0-15岁（含不满16周岁）为13.1万人,
/// 60周岁以上为15.3万人 — 13.1万人 and 15.3万人 are the figures; 0-15岁, 16周岁 and 60周岁以上 belong to their subject.
///
/// A band is an age (岁, 周岁) written as a range, with 以上/以下/及以上/及以下 after it or 不满/未满 before it, followed in
/// its clause (a bracketed note may stand between) by a count or by another band that is. CategoryBounds' rule, which
/// wants the noun right after the bound (60岁及以上人口2.1万人), leaves the bracket and the copula 为 to this one.
enum AgeBands {
    static func drop(_ figures: inout [Figure], text: DocText) {
        guard figures.count >= 2 else { return }
        var drop = [Bool](repeating: false, count: figures.count)
        var any = false
        // From the end: a band before a dropped band is followed by what that one bounds.
        // (The kind read in place first: passing each figure to isBand copied all of them.)
        for k in stride(from: figures.count - 2, through: 0, by: -1)
        where figures[k].kind == .measure && isBand(figures[k], text: text) {
            let next = figures[k + 1]
            guard next.kind == .count || (drop[k + 1] && next.kind == .measure), joins(figures[k], next, text: text)
            else { continue }
            drop[k] = true
            any = true
        }
        guard any else { return }
        var out: [Figure] = []
        out.reserveCapacity(figures.count)
        for k in figures.indices where !drop[k] { out.append(figures[k]) }
        figures = out
    }

    /// An age written as a band: a range, a bound word after it, or 不满/未满 before it.
    static func isBand(_ f: Figure, text: DocText) -> Bool {
        guard f.kind == .measure, f.unit == "岁" else { return false }
        let t = text.t
        if f.valueMax != nil || (f.numberStart > 0 && FigureScanner.isRangeDash(t[f.numberStart - 1])) { return true }
        if CategoryBounds.wordLength(in: text, at: f.unitEnd) != nil { return true }
        let s = f.numberStart
        return s >= 2 && t[s - 1] == 0x6EE1 && (t[s - 2] == 0x4E0D || t[s - 2] == 0x672A)   // 不满 未满
    }

    /// Between the band and the next figure: words and brackets only, no clause mark, at most 12 letters.
    static func joins(_ f: Figure, _ next: Figure, text: DocText) -> Bool {
        let t = text.t
        let gap = f.unitEnd..<next.numberStart
        guard gap.count <= 12 else { return false }
        for q in gap {
            let s = t[q]
            if s == 0x28 || s == 0x29 || s == 0xFF08 || s == 0xFF09 { continue }
            if !text.isCJK(q) || text.isClauseEnd(s) { return false }
        }
        return true
    }
}
