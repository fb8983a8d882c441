/// A running period of months written from January: 1—10月, 1-10月份, 1至10月, 1～10月 (folded to ~), 一至十月,
/// 1月至10月, 1月份—10月份. Monthly bulletins open clauses with one and often run the subject on without a comma
/// (1—10月全市规模以上工业增加值增长6.2%): the period is the figure's scope, never a word of its subject.
///
/// (Only ranges from January: a bulletin's running total starts there, and 3—5月 or 5至10个 read as figures of
/// their own elsewhere.)
enum MonthRange {
    /// - - — – 至 ~ 到: the marks between the two months.
    @inline(__always)
    static func isSeparator(_ s: UInt32) -> Bool {
        s == 0x2D || s == 0x2014 || s == 0x2013 || s == 0x81F3 || s == 0x7E || s == 0x5230
    }

    /// 0–9 or a Chinese numeral of a month (一 … 十, 两 is no month's).
    @inline(__always)
    static func isMonthDigit(_ s: UInt32) -> Bool {
        (s >= 0x30 && s <= 0x39) || s == 0x5341 || (s != 0x4E24 && ChineseNumeral.digit(s) != nil)
    }

    /// Where the range that starts at `p` ends (past 月 and a 份 after it), nil when none starts there. The first
    /// month is 1 or 一 standing alone (not the end of 21 or 十一); the second month is one or two numerals.
    static func end(_ t: [UInt32], at p: Int, before limit: Int) -> Int? {
        let n = min(limit, t.count)
        guard p < n, t[p] == 0x31 || t[p] == 0x4E00 else { return nil }
        if p > 0, isMonthDigit(t[p - 1]) || t[p - 1] == 0x2E { return nil }
        var q = p + 1
        // 1月至10月, 1月份—10月份
        if q < n, t[q] == 0x6708 { q += 1; if q < n, t[q] == 0x4EFD { q += 1 } }
        guard q < n, isSeparator(t[q]) else { return nil }
        q += 1
        while q < n, t[q] == 0x2014 { q += 1 }   // ——
        let digits = q
        while q < n, q - digits < 2, isMonthDigit(t[q]) { q += 1 }
        guard q > digits, q < n, t[q] == 0x6708 else { return nil }
        q += 1
        if q < n, t[q] == 0x4EFD { q += 1 }      // 份
        return q
    }

    /// Where 前N个月 (前10个月, 前两个月, 前11月) that starts at `p` on its 前 ends, nil when none does: the first N months
    /// of the year, N from 2 to 11.
    static func firstMonthsEnd(_ t: [UInt32], at p: Int, before limit: Int) -> Int? {
        let n = min(limit, t.count)
        guard p < n, t[p] == 0x524D else { return nil }
        var q = p + 1
        let digits = q
        while q < n, q - digits < 2, isMonthDigit(t[q]) || t[q] == 0x4E24 { q += 1 }
        guard q > digits else { return nil }
        if q < n, t[q] == 0x4E2A { q += 1 }      // 个
        guard q < n, t[q] == 0x6708 else { return nil }
        return q + 1
    }

    /// The last month of the running period that starts at `p` (1—10月, 1月至10月, 一至十月, 前10个月, 前两个月): 10, 2;
    /// nil when none starts there.
    static func lastMonth(_ t: [UInt32], at p: Int, before limit: Int) -> Int? {
        let end: Int
        if let e = Self.end(t, at: p, before: limit) { end = e } else if let e = firstMonthsEnd(t, at: p, before: limit) { end = e } else { return nil }
        // The numerals right before 月 (and 个), read back from the end.
        var q = end - 1
        if q > p, t[q] == 0x4EFD { q -= 1 }          // 份
        guard q > p, t[q] == 0x6708 else { return nil }
        if q - 1 > p, t[q - 1] == 0x4E2A { q -= 1 }   // 个
        var s = q
        while s - 1 > p, isMonthDigit(t[s - 1]) || t[s - 1] == 0x4E24 { s -= 1 }
        guard s < q else { return nil }
        var value = 0
        if t[s...].prefix(q - s).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            for x in t[s..<q] { value = value * 10 + Int(x - 0x30) }
        } else {
            // 十, 十一, 十二, 两, 三 …
            let digits = t[s..<q].map { $0 == 0x4E24 ? 2 : $0 == 0x5341 ? 10 : (ChineseNumeral.digit($0) ?? -1) }
            switch digits.count {
            case 1: value = digits[0]
            case 2 where digits[0] == 10: value = 10 + digits[1]
            default: return nil
            }
        }
        return (1...12).contains(value) ? value : nil
    }
}
