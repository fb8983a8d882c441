/// A rate names its denominator before the figure: 每千人拥有3岁以下婴幼儿托位数4.6个, 每十万人口拥有执业医师320人,
/// 就业人员十万人生产安全事故死亡人数4人. The denominator is no figure of its own (FigureScanner drops it); it is
/// the figure's scope (每千人), so a rate is never read as, or compared with, a total.
enum RateDenominators {
    static let units = ["人口", "人", "户", "辆", "车"]
    /// 十 百 千 万: the characters of a round denominator.
    static let round: Set<UInt32> = [0x5341, 0x767E, 0x5343, 0x4E07]

    /// `round.contains(s)` without hashing (it is asked for every scalar before every figure).
    @inline(__always)
    static func isRound(_ s: UInt32) -> Bool { s == 0x5341 || s == 0x767E || s == 0x5343 || s == 0x4E07 }

    /// `names`: a round number inside a name (国家“万人计划”1人) is no run-in denominator.
    ///
    /// A denominator starts only at a 每 or a round numeral: each figure's clause is searched for those eight
    /// scalars at a time (`nextStart`), and only they are looked at, instead of every scalar of the clause.
    static func apply(_ figures: inout [Figure], text: DocText, names: ScalarTrie? = nil) {
        let t = text.t
        t.withUnsafeBufferPointer { u in
            for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
                let start = figures[k].numberStart
                var p = nextStart(u, from: text.clauseStart(before: start), to: start)
                while p < start {
                    if denominator(at: p, before: start, text: text, names: names, into: &figures[k]) { break }
                    p = nextStart(u, from: p + 1, to: start)
                }
            }
        }
    }

    /// The first index in `from..<end` holding 每 or a round numeral (十 百 千 万), else `end`: eight scalars compared
    /// per step (a clause before a figure is mostly ideographs that are neither).
    @inline(__always)
    static func nextStart(_ u: UnsafeBufferPointer<UInt32>, from: Int, to end: Int) -> Int {
        let stop = min(end, u.count)
        var i = max(from, 0)
        if let base = u.baseAddress {
            let raw = UnsafeRawPointer(base)
            let every = SIMD8<UInt32>(repeating: 0x6BCF), ten = SIMD8<UInt32>(repeating: 0x5341),
                hundred = SIMD8<UInt32>(repeating: 0x767E), thousand = SIMD8<UInt32>(repeating: 0x5343),
                myriad = SIMD8<UInt32>(repeating: 0x4E07)
            while i &+ 8 <= stop {
                let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
                if any((v .== every) .| (v .== ten) .| (v .== hundred) .| (v .== thousand) .| (v .== myriad)) { break }
                i &+= 8
            }
        }
        while i < stop {
            let s = u[i]
            if s == 0x6BCF || isRound(s) { return i }
            i &+= 1
        }
        return max(end, from)
    }

    /// Reads a denominator starting at `p` (每千人, or a run-in 十万人) for the figure whose number starts at `start`,
    /// and adds it to the figure's scope. True when one was read (the walk for this figure then stops).
    @inline(__always)
    static func denominator(at p: Int, before start: Int, text: DocText, names: ScalarTrie?,
                            into figure: inout Figure) -> Bool {
        let t = text.t
        let every = t[p] == 0x6BCF   // 每
        // A run-in denominator is round (十万人) and starts a number (not the tail of 二十万人).
        let runIn = isRound(t[p]) && p > 0 && ChineseNumeral.digit(t[p - 1]) == nil && !text.isDigit(p - 1)
            && !(names?.covers(t, p) ?? false)
        guard every || runIn else { return false }
        let q = every ? p + 1 : p
        var e = q
        while e < start, isRound(t[e]) || (every && (ChineseNumeral.digit(t[e]) != nil || text.isDigit(e))) {
            e += 1
        }
        guard e > q, e < start, let u = units.first(where: { text.matches($0, at: e) }) else { return false }
        let end = e + u.unicodeScalars.count
        // 千人以上企业36家: a size class, not the base of a rate.
        if !every, CategoryBounds.wordLength(in: text, at: end) != nil { return false }
        let words = text.string(p..<end)
        let denominator = every ? words : "每" + words
        let old = figure.scope ?? ""
        if !old.contains(denominator) { figure.scope = old.isEmpty ? denominator : old + "；" + denominator }
        return true
    }

    /// The walk over every scalar of each figure's clause that `apply` replaces: the reference its tests compare with
    /// (the same reading at each position; only where it looks differs).
    static func applyWalking(_ figures: inout [Figure], text: DocText, names: ScalarTrie? = nil) {
        for k in figures.indices where figures[k].kind.isQuantity && !figures[k].fromTable {
            let start = figures[k].numberStart
            var p = text.clauseStart(before: start)
            while p < start {
                if denominator(at: p, before: start, text: text, names: names, into: &figures[k]) { break }
                p += 1
            }
        }
    }
}
