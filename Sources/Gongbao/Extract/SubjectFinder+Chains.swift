/// Runs of counts written one after another with no mark between them and closed by an outcome: 江苏、浙江、安徽、福建、
/// 江西5省39市217个县(市、区)773.6万人受灾, 温州、湖州等7市37个县(市、区)307.8万人受灾. A toll lists the provinces, cities,
/// counties and people struck in one breath; the words before each count are the noun of the count before it (县(市、区)
/// is 217个's, not 773.6万人's), and the outcome after the last count names them all. So each count's subject is the
/// outcome with the count's own noun (受灾省, 受灾市, 受灾县(市、区)) and the last one's the outcome with its head unit
/// (受灾人), as `withHeadUnit` names a single count. Outcomes are data: contexts.yaml chain_outcomes.
/// (Kept out of SubjectFinder.swift: asked from one call site there.)
extension SubjectFinder {
    /// At most this many counts follow the figure in a run, and at most this many scalars stand between two numbers
    /// (市(自治州), 个县(市、区)和, 个省直辖县).
    static let chainLinks = 6
    static let chainWords = 10

    /// The subject of a count that is part of a run closed by an outcome, or nil. Only Arabic numbers are read.
    func chainSpan(_ fig: Place) -> Span? {
        let t = text.t
        guard fig.kind == .count, fig.hasUnit, fig.unitEnd < t.count, text.isDigit(fig.numberStart) else { return nil }
        let first = t[fig.unitEnd]
        // The common case leaves at once: a mark after the unit (，。、) is neither a link nor an outcome.
        guard first == 0x28 || WhitespaceJoining.isCJK(first) || text.isDigit(fig.unitEnd) else { return nil }
        let k0 = chainNumberEnd(fig.numberStart)
        guard k0 < fig.unitEnd else { return nil }
        // The last count of a run: its head unit and the outcome, and a count right before it.
        if book.chainOutcomes.startsWord(first) {
            guard let c = chainClose(at: k0), c.unit.upperBound == fig.unitEnd, linkBefore(fig.numberStart) else { return nil }
            return Span(c.outcome, c.unit)
        }
        // A link: its noun is the words up to the next number (个县(市、区) → 县(市、区)), or its unit when none is
        // written or only a bracketed note follows (39市 → 市, 8市(自治州) → 市(自治州)).
        guard let d = chainLinkEnd(from: fig.unitEnd, pastUnit: true) else { return nil }
        var e = d
        while e > fig.unitEnd, t[e - 1] == 0x548C || t[e - 1] == 0x53CA || t[e - 1] == 0x3001 || t[e - 1] == 0x20 { e -= 1 }
        if let m = book.before.matchEnding(t, at: e), e - m.length >= fig.unitEnd { e -= m.length }
        let noun = e > fig.unitEnd && t[fig.unitEnd] != 0x28 ? fig.unitEnd..<e : k0..<e
        guard !noun.isEmpty else { return nil }
        var next = d
        for _ in 0..<SubjectFinder.chainLinks {
            let k = chainNumberEnd(next)
            if let c = chainClose(at: k) { return Span(c.outcome, noun) }
            guard let d2 = chainLinkEnd(from: k) else { return nil }
            next = d2
        }
        return nil
    }

    /// Past the digits (points and separators) at `i` and the scale letters after them (万 亿 千 百).
    func chainNumberEnd(_ i: Int) -> Int {
        let t = text.t
        var k = i
        while k < t.count, text.isDigit(k) || t[k] == 0x2E { k += 1 }
        while k < t.count, t[k] == 0x4E07 || t[k] == 0x4EBF || t[k] == 0x5343 || t[k] == 0x767E { k += 1 }
        return k
    }

    /// A head unit at `k` (人, 人次, 户), then an outcome that closes the clause (受灾，).
    func chainClose(at k: Int) -> (unit: Range<Int>, outcome: Range<Int>)? {
        let t = text.t
        guard k < t.count, let u = book.headUnits.longestMatch(t, at: k),
              let o = book.chainOutcomes.longestMatch(t, at: k + u.length) else { return nil }
        let end = k + u.length + o.length
        guard end == t.count || text.isClauseEnd(t[end]) || t[end] == 0x3001 || SubjectFinder.isDropped(t[end]) else { return nil }
        return (k..<(k + u.length), (k + u.length)..<end)
    }

    /// The letters of a link, brackets and spaces (不 marks of a clause, no digit).
    @inline(__always)
    static func isChainLetter(_ x: UInt32) -> Bool {
        WhitespaceJoining.isCJK(x) || x == 0x28 || x == 0x29 || x == 0x3001 || x == 0x20
    }

    /// Where the next number of a run starts: the words from `k` to it are a unit and a noun, at most `chainWords`
    /// (and at least one letter unless `k` is past the unit already: 39市217个). Nil when a mark or the end of the
    /// text comes first.
    func chainLinkEnd(from k: Int, pastUnit: Bool = false) -> Int? {
        let t = text.t
        var j = k
        while j < t.count, j - k <= SubjectFinder.chainWords, !text.isDigit(j), SubjectFinder.isChainLetter(t[j]) { j += 1 }
        return (j > k || pastUnit) && text.isDigit(j) ? j : nil
    }

    /// A count stands right before the number at `i`: letters back to a digit whose unit is no date's (2020年全省3.2万人
    /// 受灾 is one count).
    func linkBefore(_ i: Int) -> Bool {
        let t = text.t
        var j = i - 1
        while j >= 0, i - j <= SubjectFinder.chainWords + 1, !text.isDigit(j), SubjectFinder.isChainLetter(t[j]) { j -= 1 }
        guard j >= 0, j + 1 < i, text.isDigit(j) else { return false }
        let u = t[j + 1]
        return u != 0x5E74 && u != 0x6708 && u != 0x65E5 && u != 0x53F7   // 年 月 日 号
    }
}
