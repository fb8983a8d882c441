import Foundation

/// A round magnitude written without a digit: 上千人, 近百亿元, 逾万名观众, 超过千家, 千余人, 百余家企业.
///
/// News and work reports state round figures this way; the number is the magnitude itself (上千 = more than 1000,
/// 近百亿 = about 10 000 000 000). Elsewhere a bare 百/千/万/亿 is part of a word (千方百计, 万众一心, 百花齐放,
/// 千亿级产业), so the magnitude counts only after a lead word of contexts.yaml `magnitude_leads` (上, 近, 逾, 超过 …)
/// or with 余/多 right after it, and only when a unit of the unit table follows (the caller's unit step rejects the
/// rest). 数百/数千 (several hundred) stays vague and is not read.
extension FigureScanner {
    /// The magnitude starting at `i` (百, 千, 万, 亿, 百万, 千万, 百亿, 千亿, 万亿), and whether its lead word says
    /// "more than" by itself (上千: 上 is no qualifier before an ordinary number, so qualifiers.yaml cannot say it).
    /// Nil when no lead word or 余/多 makes it a figure, or a scale character begins a unit (千米, 千瓦).
    func bareMagnitude<Stop: ScaleStop>(at i: Int, stop: Stop) -> (reading: ChineseNumeral.Reading, leadSaysMore: Bool)? {
        var value = Decimal(1)
        var k = i
        var last: Decimal = 0
        // At most a small place then a large one (百万, 千亿), or 万 then 亿 (万亿): each written place larger than
        // the next would be a different number (千百).
        while k < t.count, k - i < 3, !stop.stops(at: k) {
            let place: Decimal
            if let u = ChineseNumeral.smallUnit(t[k]), u >= 100 { place = Decimal(u) }
            else if let b = ChineseNumeral.bigUnit(t[k]) { place = b }
            else { break }
            if last != 0, place <= last || place < 10_000 { break }
            value *= place
            last = place
            k += 1
        }
        guard k > i, value >= 100 else { return nil }
        let vagueTail = k < t.count && (t[k] == 0x4F59 || t[k] == 0x591A)
        // 千亿级产业, 百万级: a size class, not a figure.
        if k < t.count, t[k] == 0x7EA7 { return nil }
        var leadSaysMore = false
        if let lead = book.magnitudeLeads.matchEnding(t, at: i), book.magnitudeNotLeads.matchEnding(t, at: i) == nil {
            leadSaysMore = book.lexicon.magnitudeLeads[lead.value] == "上"
        } else if !vagueTail {
            return nil
        }
        var reading = ChineseNumeral.Reading(value: value, end: k, isChinese: true, plainDigits: 0, hasScale: true)
        reading.integer = NSDecimalNumber(decimal: value).intValue
        return (reading, leadSaysMore)
    }

    /// The cheap half of `bareMagnitude`'s conditions, asked before the names and the numeral reader: a place
    /// character with a lead word ending before it or 余/多 within the next three scalars (百姓, 千方百计 stop here).
    func mayStartBareMagnitude(at i: Int) -> Bool {
        guard FigureScanner.isMagnitude(t[i]) else { return false }
        if book.magnitudeLeads.matchEnding(t, at: i) != nil { return true }
        var k = i + 1
        while k < t.count, k <= i + 3 {
            if t[k] == 0x4F59 || t[k] == 0x591A { return true }
            k += 1
        }
        return false
    }

    /// 百, 千, 万, 亿: the places a bare magnitude starts with.
    static func isMagnitude(_ s: UInt32) -> Bool { s == 0x767E || s == 0x5343 || s == 0x4E07 || s == 0x4EBF }
}
