/// A count written with its classifier before a noun (42个部门, 5655家商业银行网点) counts that noun. These rules read
/// the noun after the classifier where the words before the count name something else: a preposition that opens a
/// phrase with the count (在44个活动中), a conjunction and a modifier after the previous count (42个部门及所属244家
/// 单位), a change verb that counts members of a set named before (统计监测的23种工业产品，12种增长). And the noun
/// read after one count stops where the phrase of the next count begins (部门及所属 | 244家; 所属单位在 | 44个).
/// (Kept out of SubjectFinder.swift: each rule is asked from one call site there.)
extension SubjectFinder {
    /// The end of the words after a count that run into the next number at `next` (the caller's `end` already
    /// dropped trailing spaces and joiners): a preposition that opens a phrase with the next figure (所属单位在44个
    /// 活动中, 所属单位自2024年3月以来) is no part of the noun, nor is a conjunction and the short modifier after it
    /// that belong to the next count (42个部门及所属244家单位 → 部门). A year after the conjunction (12个市和县2024年)
    /// leaves it: the words before a date are no count's.
    func endBeforeNextFigure(lo: Int, end: Int, next: Int) -> Int {
        let t = text.t
        var end = end
        while end > lo, SubjectFinder.isDropped(t[end - 1]) { end -= 1 }
        // (Two letters of the noun must stay.)
        if end - lo >= 3, SubjectFinder.opensPhraseAtEnd(t, end) {
            end -= 1
            while end > lo, SubjectFinder.isDropped(t[end - 1]) { end -= 1 }
            return end
        }
        // The next number a year? (digits, spaces, 年)
        var k = next
        while k < t.count, text.isDigit(k) { k += 1 }
        while k < t.count, SubjectFinder.isDropped(t[k]) { k += 1 }
        if k < t.count, t[k] == 0x5E74 { return end }
        var j = end - 2
        while j >= lo + 2, end - j <= 3 {
            if SubjectFinder.isConjunction(t[j]) {
                guard text.isCJK(j + 1), text.isCJK(j - 1) else { return end }
                return j
            }
            j -= 1
        }
        return end
    }

    /// 在, 自 or 从 ends the words at `end` as a preposition, not as the last letter of a word (存在, 所在, 现在, 正在,
    /// 来自, 各自, 服从 …).
    static func opensPhraseAtEnd(_ t: [UInt32], _ end: Int) -> Bool {
        guard end >= 2 else { return false }
        let x = t[end - 1], w = t[end - 2]
        switch x {
        case 0x5728:   // 在: 存 所 现 正 实 潜 内 外 自 好
            return ![0x5B58, 0x6240, 0x73B0, 0x6B63, 0x5B9E, 0x6F5C, 0x5185, 0x5916, 0x81EA, 0x597D].contains(w)
        case 0x81EA:   // 自: 来 各 亲 独 擅 私 源 出
            return ![0x6765, 0x5404, 0x4EB2, 0x72EC, 0x64C5, 0x79C1, 0x6E90, 0x51FA].contains(w)
        case 0x4ECE:   // 从: 服 随 顺 盲 跟 听 侍
            return ![0x670D, 0x968F, 0x987A, 0x76F2, 0x8DDF, 0x542C, 0x4F8D].contains(w)
        default:
            return false
        }
    }

    /// The cheap test before `countedNounAfter` (asked at every count that reaches the last rule of `span`, on the
    /// last scalar of the words before it): 在, 自 or 从 ends them. (The other case, a conjunction after the previous
    /// figure, is let through on where the words start and how long they are: no scalar read.)
    @inline(__always)
    static func mayHandNounAfter(_ x: UInt32) -> Bool { x == 0x5728 || x == 0x81EA || x == 0x4ECE }

    /// 及, 和 or 与: the conjunction that joins one count's noun phrase to the next (部门及所属244家单位).
    @inline(__always)
    static func isConjunction(_ x: UInt32) -> Bool { x == 0x53CA || x == 0x548C || x == 0x4E0E }

    /// The noun after a count's classifier when the words before it (`lo..<hi`) name something else: they end in a
    /// preposition that opens a phrase with the count (所属单位在44个活动中乱收费 → 活动: a set closed by 中 is cut
    /// there), or they run on from the previous figure through a conjunction to a modifier of one or two letters
    /// (…42个部门及所属244家单位 → 所属单位: the words before the conjunction are the previous count's noun). Nil when
    /// no noun of two letters follows the classifier.
    @inline(never)
    func countedNounAfter(_ fig: Place, lo: Int, hi: Int, lastEnd: Int, memo: inout AfterMemo) -> Span? {
        let t = text.t
        guard fig.unitEnd < t.count, hi > lo else { return nil }
        if SubjectFinder.mayHandNounAfter(t[hi - 1]) {
            guard hi - lo < 2 || SubjectFinder.opensPhraseAtEnd(t, hi) else { return nil }
            guard text.isCJK(fig.unitEnd) else { return nil }
            let a = after(fig, wholeClause: false, memo: &memo)
            guard keptCount(Span(a), atMost: 2) >= 2 else { return nil }
            var k = a.lowerBound + 2
            while k < a.upperBound {
                if t[k] == 0x4E2D, let e = setEnd(lo: a.lowerBound, hi: k + 1) { return Span(a.lowerBound..<e) }
                k += 1
            }
            return Span(a)
        }
        // A conjunction one or two letters before the count, the words before it running on from the previous figure.
        guard lastEnd > 0, hi - lo >= 3, lastEnd <= lo else { return nil }
        var j = hi - 2
        while j >= hi - 3, j > lo {
            if SubjectFinder.isConjunction(t[j]) {
                guard text.isCJK(fig.unitEnd), text.isBlank(lastEnd..<lo),
                      (j + 1..<hi).allSatisfy({ text.isCJK($0) }) else { return nil }
                let a = after(fig, wholeClause: false, memo: &memo)
                guard keptCount(Span(a), atMost: 2) >= 2 else { return nil }
                return Span((j + 1)..<hi, a)
            }
            j -= 1
        }
        return nil
    }

    /// 统计监测的23种工业产品，12种增长，11种下降: a count whose clause is only the count and a change verb counts the
    /// members of the set a count with the same classifier named before it in the sentence — the subject is that
    /// noun and the verb (工业产品增长), as a tally's is its topic and verb. Nil when the clause holds more, or no
    /// such count stands before.
    @inline(never)
    func changeCountSpan(_ fig: Place) -> Span? {
        let t = text.t
        let n = fig.numberStart
        guard n >= 1, fig.unitEnd < t.count else { return nil }
        let p = t[n - 1]
        guard p == 0xFF0C || p == 0x2C || p == 0x3001 || p == 0xFF1B else { return nil }   // ， , 、 ；
        // (Asked where no words stand before the count and some after it.)
        guard let m = book.up.longestMatch(t, at: fig.unitEnd) ?? book.down.longestMatch(t, at: fig.unitEnd) else { return nil }
        let verbEnd = fig.unitEnd + m.length
        guard verbEnd == t.count || text.isClauseEnd(t[verbEnd]) else { return nil }
        // The classifier: after the digits (and a point) and spaces.
        var u = n
        while u < fig.unitEnd, text.isDigit(u) || t[u] == 0x2E || SubjectFinder.isDropped(t[u]) { u += 1 }
        let len = fig.unitEnd - u
        guard len >= 1, len <= 2 else { return nil }
        var k = n - 2
        let floor = max(0, n - 80)
        while k > floor {
            let x = t[k]
            if x == 0x3002 || x == 0xFF1F || x == 0xFF01 || x == 0x0A && k > 0 && t[k - 1] == 0x0A { return nil }
            if x == t[u], k + len < t.count, len == 1 || t[k + 1] == t[u + 1] {
                var d = k - 1
                while d > 0, SubjectFinder.isDropped(t[d]) { d -= 1 }
                if text.isDigit(d) {
                    var s = k + len
                    while s < t.count, SubjectFinder.isDropped(t[s]) { s += 1 }
                    if book.up.longestMatch(t, at: s) != nil || book.down.longestMatch(t, at: s) != nil { k -= 1; continue }
                    let e = clauseEnd(after: s, notAfter: s + 16)
                    guard e - s >= 2, e < t.count, text.isClauseEnd(t[e]), !(s..<e).contains(where: { text.isDigit($0) })
                    else { return nil }
                    return Span(s..<e, fig.unitEnd..<verbEnd)
                }
            }
            k -= 1
        }
        return nil
    }
}
