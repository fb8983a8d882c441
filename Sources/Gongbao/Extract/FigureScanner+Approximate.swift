import Foundation

extension FigureScanner {
    /// 两三个, 三四十人, 七八万元, 一两年: two neighbouring Chinese digits say "two or three" — a range, not the digit string
    /// 23 that a year's digits (二〇二三) are read as. Returns the range's ends (the scale after the pair applied to
    /// both: 三四十 → 30…40, 七八万 → 7万…8万) and where it ends; nil for anything else.
    ///
    /// Only a pair counting up by one (一两, 两三 … 八九), with nothing but 十/百/千 and 万/亿 after it, and not a year
    /// (一二年 is read as the digits of one).
    func approximatePair(at start: Int, readingEnd: Int) -> (low: Decimal, high: Decimal, end: Int)? {
        guard readingEnd == start + 2, let a = ChineseNumeral.digit(t[start]), let b = ChineseNumeral.digit(t[start + 1]),
              a >= 1, b == a + 1 else { return nil }
        var scale = 1
        var k = readingEnd
        if k < t.count, let u = ChineseNumeral.smallUnit(t[k]) { scale = u; k += 1 }
        if k < t.count, ChineseNumeral.isBigUnit(t[k]) {
            scale *= (t[k] == 0x4E07 || t[k] == 0x842C) ? 10_000 : 100_000_000
            k += 1
        }
        guard k < t.count, t[k] != 0x5E74, t[k] != 0x3007, t[k] != 0x96F6, ChineseNumeral.digit(t[k]) == nil, !isDigit(k)
        else { return nil }
        return (Decimal(a * scale), Decimal(b * scale), k)
    }
}
