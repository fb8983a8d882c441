/// Budget reports list the items of an adjustment with each amount in brackets after its name, then their sum after
/// 等: 加上预算执行中新增转移支付（127.92亿元）、新增一般债务（25.59亿元）、上年结转（20.41亿元）等174.6亿元，减去全市
/// 短收（53.09亿元）…. A bracketed amount is the amount of the name right before its bracket (新增转移支付), not of the
/// sentence's topic; the sum after 等 is the list's, named by its first item and 等 (预算执行中新增转移支付等), not by 等
/// alone. (Kept out of SubjectFinder.swift: both rules are asked from one call site at the top of `span`, behind a
/// test of the one or two scalars before the number.)
extension SubjectFinder {
    /// The subject of a figure alone in brackets right after words (新增一般债务（25.59亿元）→ 新增一般债务), or of the
    /// sum after such a list closed by 等 (…（0.68亿元）等174.6亿元 → the first item and 等). Nil for any other figure:
    /// one whose bracket opens after another figure (28.7亿元（不含辽滨经开区36.4亿元）) or words holding a number.
    @inline(never)
    func bracketedSpan(_ fig: Place, lastEnd: Int) -> Span? {
        let t = text.t
        let n = fig.numberStart
        guard n >= 3 else { return nil }
        if t[n - 1] == 0x28 {
            // The bracket closes right after the figure (spaces aside).
            var u = fig.unitEnd
            while u < t.count, t[u] == 0x20 { u += 1 }
            guard u < t.count, t[u] == 0x29 else { return nil }
            return nameBeforeBracket(at: n - 1, notBefore: lastEnd)
        }
        // 等 right after a closing bracket: the sum of the bracketed list.
        guard t[n - 1] == 0x7B49, t[n - 2] == 0x29 else { return nil }
        var close = n - 2
        var first: Span? = nil
        // Back over the items NAME（figure）, joined by 、, to the first.
        while close > 0 {
            var open = close - 1
            while open > 0, t[open] != 0x28, t[open] != 0x29, close - open < 30 { open -= 1 }
            guard t[open] == 0x28, let name = nameBeforeBracket(at: open, notBefore: 0) else { break }
            first = name
            let c = text.clauseStart(before: name.first.lowerBound)
            guard c >= 2, t[c - 1] == 0x3001, t[c - 2] == 0x29 else { break }
            close = c - 2
        }
        return first.map { Span($0.first, (n - 1)..<n) }
    }

    /// The words that name a bracket opening at `open`: back to their clause start, past a footnote mark ([1]) right
    /// before the bracket and a leading word (加上, 减去: contexts.yaml strip_leading). Nil when they are fewer than two
    /// letters, more than twenty, or hold a digit (a figure's clause, not a name).
    func nameBeforeBracket(at open: Int, notBefore floor: Int) -> Span? {
        let t = text.t
        var hi = open
        while hi > 0, SubjectFinder.isDropped(t[hi - 1]) { hi -= 1 }
        // 新增动用预算稳定调节基金[1]（0.68亿元）: the footnote mark names nothing.
        if hi >= 3, t[hi - 1] == 0x5D {
            var o = hi - 2
            while o > 0, text.isDigit(o) { o -= 1 }
            if t[o] == 0x5B, o < hi - 2 { hi = o }
        }
        var lo = max(text.clauseStart(before: hi), floor)
        while lo < hi, SubjectFinder.isDropped(t[lo]) { lo += 1 }
        while let m = book.leadingStrip(t, at: lo), lo + m < hi { lo += m }
        guard hi - lo >= 2, hi - lo <= 20, keptCount(Span(lo..<hi), atMost: 2) >= 2 else { return nil }
        // 调入资金[3]减少（123.48亿元）: a footnote mark inside the words is cut out of them; any other digit is a
        // figure's.
        var mark: Range<Int>? = nil
        var i = lo
        while i < hi {
            if text.isDigit(i) {
                guard mark == nil, i > lo, t[i - 1] == 0x5B else { return nil }
                var e = i
                while e < hi, text.isDigit(e) { e += 1 }
                guard e < hi, t[e] == 0x5D else { return nil }
                mark = (i - 1)..<(e + 1)
                i = e + 1
                continue
            }
            i += 1
        }
        guard let m = mark else { return Span(lo..<hi) }
        return Span(lo..<m.lowerBound, m.upperBound..<hi)
    }

    /// The cheap test before `bracketedSpan`: the scalar before the number opens a bracket, or is 等 after one closed.
    @inline(__always)
    static func mayBeBracketed(_ t: [UInt32], _ n: Int) -> Bool {
        n >= 2 && (t[n - 1] == 0x28 || (t[n - 1] == 0x7B49 && t[n - 2] == 0x29))
    }
}

extension SubjectFinder {
    /// 市本级一般公共预算收入28.7亿元（不含辽滨经开区36.4亿元），同比增长5.2%: a bracket closes between the figure
    /// ending at `from` and the one starting at `to` (the first bracket in the gap closes one), so the earlier figure
    /// is an aside — a change after the bracket is not of it. The gap is short (the words between two figures of
    /// one sentence); nothing is read past 40 scalars.
    static func closesBracket(_ t: [UInt32], from: Int, to: Int) -> Bool {
        var i = from
        let end = min(to, from + 40)
        while i < end {
            if t[i] == 0x29 { return true }
            if t[i] == 0x28 { return false }
            i += 1
        }
        return false
    }
}

extension SubjectFinder {
    /// 比2014年预算执行数（按2015年口径比，下同）增长7.3%: the bracket `lo` lies inside, when it closes before the figure
    /// at `end` — the first bracket after `lo` closes one, and its opening stands before `lo` (a comma or a date inside
    /// an aside made the clause start there). Nil otherwise. Nothing is read past 40 scalars either way.
    func asideAround(_ lo: Int, before end: Int) -> Range<Int>? {
        let t = text.t
        var c = lo
        let stop = min(end, lo + 40)
        while c < stop, t[c] != 0x29 {
            if t[c] == 0x28 { return nil }
            c += 1
        }
        guard c < stop else { return nil }
        var o = lo - 1
        while o >= 0, lo - o <= 40, t[o] != 0x28 {
            if t[o] == 0x29 { return nil }
            o -= 1
        }
        guard o >= 0, t[o] == 0x28 else { return nil }
        return o..<(c + 1)
    }

    /// Where the words after an aside start, when they name something (（按可比价格计算，下同）工业增加值增长5%: 工业增加值);
    /// nil when they are no more than change verbs, comparison words or a qualifier word (…下同）增长7.3%), so that the words before
    /// the bracket name the figure (比2014年预算执行数, whose topic a later pass adds).
    func namedAfterAside(_ aside: Range<Int>, _ fig: Place) -> Int? {
        let t = text.t
        var hi = fig.numberStart
        if let m = book.before.matchEnding(t, at: hi), hi - m.length >= aside.upperBound { hi -= m.length }
        // (同比增长, 增长了: strip_trailing holds the change verbs and comparison words; three at most.)
        var n = 0
        while n < 3, let m = book.stripTrailing.matchEnding(t, at: hi), hi - m.length >= aside.upperBound {
            hi -= m.length
            n += 1
        }
        return keptCount(Span(aside.upperBound..<hi), atMost: 2) >= 2 ? aside.upperBound : nil
    }
}
