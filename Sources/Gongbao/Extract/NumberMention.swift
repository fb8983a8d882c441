import Foundation

/// A bare numeral as written, before any unit or look-alike rule: the layer Recognizers-Text's Chinese
/// number and percentage specs test (一百二十三 → 123, 百分之五 → 5 %, 三分之一 → 0.333…, 3.5万 → 35000).
public struct NumberMention: Sendable, Hashable {
    public var surface: String
    public var value: Decimal
    public var valueMax: Decimal?
    public var isPercent: Bool
    /// Byte range in the input string.
    public var range: Range<Int>

    public init(surface: String, value: Decimal, valueMax: Decimal? = nil, isPercent: Bool, range: Range<Int>) {
        self.surface = surface
        self.value = value
        self.valueMax = valueMax
        self.isPercent = isPercent
        self.range = range
    }
}

extension Extractor {
    /// 百 千 万 and their capital and traditional forms, as parts-per denominators.
    static func partsScale(_ s: UInt32) -> Int? {
        switch s {
        case 0x767E, 0x4F70: return 100          // 百 佰
        case 0x5343, 0x4EDF: return 1000         // 千 仟
        case 0x4E07, 0x842C: return 10000        // 万 萬
        default: return nil
        }
    }

    /// Every numeral of a string (Arabic, Chinese, mixed, fractions, percentages), with no unit or name filtering.
    public func numbers(inText string: String) -> [NumberMention] {
        let source = SourceText(path: "<text>", bytes: Array(string.utf8), encoding: "UTF-8")
        let content = ContentText(identityOf: source)
        let normalized = Normalizer.normalized(content)
        let text = DocText(normalized)
        let t = text.t
        // A scale right before 分 (not 分之) starts a word of its own (百分之七十百分位), it does not scale this number.
        let stop: (Int) -> Bool = { j in
            j + 1 < t.count && t[j + 1] == 0x5206 && !(j + 2 < t.count && t[j + 2] == 0x4E4B) && Extractor.partsScale(t[j]) != nil
        }
        // URLs (http://…, www.…): their digits and %-escapes are no numbers.
        var urls: [Range<Int>] = []
        var u = 0
        while u < t.count {
            if text.matches("http", at: u) || text.matches("www.", at: u) {
                var e = u
                while e < t.count, t[e] > 0x20, t[e] < 0x80 { e += 1 }
                urls.append(u..<e)
                u = e
            } else { u += 1 }
        }
        var out: [NumberMention] = []
        var i = 0
        func read(_ k: Int) -> ChineseNumeral.Reading? {
            guard k < t.count else { return nil }
            return text.isDigit(k) ? ChineseNumeral.readArabic(t, at: k, stopScale: stop)
                                   : ChineseNumeral.readChinese(t, at: k, stopScale: stop)
        }
        /// A numeral with an optional 负/- sign at `k`: its value and end.
        func signed(_ k: Int) -> (Decimal, Int)? {
            guard k < t.count else { return nil }
            if t[k] == 0x8D1F || t[k] == 0x8CA0 || t[k] == 0x2D, let r = read(k + 1) { return (-r.value, r.end) }
            return read(k).map { ($0.value, $0.end) }
        }
        /// 二分之一 at `k`: its value and end.
        func fraction(_ k: Int) -> (Decimal, Int)? {
            guard let d = read(k), d.value != 0, text.matches("分之", at: d.end), let n = read(d.end + 2) else { return nil }
            return (n.value / d.value, n.end)
        }
        /// Continues an Arabic number with places after its first scale (see above): the value and end, or nil when
        /// nothing follows. A larger scale than any before scales all that came before it (2千零30万 → 20300000).
        func placeChain(from start: Decimal, at k0: Int) -> (Decimal, Int)? {
            var value = start
            var k = k0
            var largest = Decimal(1)
            var p = k0 - 1
            while p >= 0, let u = ChineseNumeral.smallUnit(t[p]).map({ Decimal($0) }) ?? ChineseNumeral.bigUnit(t[p]) {
                if u > largest { largest = u }
                p -= 1
            }
            var lastUnit = largest
            var moved = false
            while k < t.count {
                var q = k
                var zero = false
                if t[q] == 0x96F6 { zero = true; q += 1 }            // 零
                guard q < t.count, text.isDigit(q), let d = ChineseNumeral.readArabic(t, at: q, stopScale: { _ in true }),
                      d.plainDigits > 0 else { break }
                let e = d.end
                if e < t.count, let u = ChineseNumeral.smallUnit(t[e]).map({ Decimal($0) }) ?? ChineseNumeral.bigUnit(t[e]) {
                    if u >= largest {
                        value = (value + d.value) * u; largest = u
                    } else {
                        value += d.value * u
                    }
                    lastUnit = u
                    k = e + 1
                    moved = true
                    continue
                }
                // Plain digits closing the chain: 3万4000, 1千零20 (they fill places below the last one).
                var places = 0
                var x = lastUnit
                while x >= 10 { x /= 10; places += 1 }
                guard zero || d.plainDigits <= places else { break }
                value += d.value
                k = e
                moved = true
                break
            }
            return moved ? (value, k) : nil
        }
        while i < t.count {
            if let r = urls.first(where: { $0.contains(i) }) { i = r.upperBound; continue }
            var start = i
            var negative = false
            var partsPer = 0
            var k = i
            if (t[k] == 0x2D || t[k] == 0x8D1F || t[k] == 0x8CA0), k + 1 < t.count, text.isDigit(k + 1) || ChineseNumeral.digit(t[k + 1]) != nil,
               !text.isDigit(k - 1) {
                negative = true; k += 1
            }
            // 百分之, 千分之, 万分之 and compounds (百万分之, 万万分之), capitals and traditional (仟分之, 萬分之).
            var denominator = 1
            var d = k
            while d < t.count, d - k < 4, let f = Extractor.partsScale(t[d]) { denominator *= f; d += 1 }
            if d > k, denominator >= 100, d + 2 < t.count, text.matches("分之", at: d) {
                partsPer = denominator
                k = d + 2
                // 百分之百 → 100 %.
                if t[k] == 0x767E, !(k + 1 < t.count && (ChineseNumeral.digit(t[k + 1]) != nil || t[k + 1] == 0x5206)) {
                    let range = ExtractorSupport.sourceRange(start..<(k + 1), text: text, source: source, content: content,
                                                             normalized: normalized)
                    out.append(NumberMention(surface: source.slice(range), value: 100, isPercent: true, range: range))
                    i = k + 1
                    continue
                }
            }
            let isDigitStart = text.isDigit(k) && !text.isDigit(k - 1) && !(k > 0 && t[k - 1] == 0x2E)
            // 半成 → 5 %.
            if partsPer == 0, !negative, t[k] == 0x534A, k + 1 < t.count, t[k + 1] == 0x6210, !book.names.covers(t, k) {
                let range = ExtractorSupport.sourceRange(k..<(k + 2), text: text, source: source, content: content,
                                                         normalized: normalized)
                out.append(NumberMention(surface: source.slice(range), value: 5, isPercent: true, range: range))
                i = k + 2
                continue
            }
            // A numeral character inside a word (一切, 四川, 队伍, 收拾: names.yaml) is no number.
            if !isDigitStart, partsPer == 0, book.names.covers(t, k) { i = k + 1; continue }
            guard isDigitStart || ChineseNumeral.canStartChinese(t, k), let r = read(k) else { i += 1; continue }
            if !negative && partsPer == 0 { start = k }
            var value = r.value
            var end = r.end
            var isPercent = false
            var valueMax: Decimal? = nil
            // Arabic digits with a chain of Chinese places: 5万4千6百, 5亿1万4千6百, 1千零1, 2千零30万, 3万4000.
            if isDigitStart, partsPer == 0, r.hasScale, let (v, e) = placeChain(from: r.value, at: r.end) {
                value = v; end = e
            }
            // 500余万, 一千多万, 二十几万: 余/多/几 before a scale leave the scale on the number.
            if partsPer == 0, end < t.count, let b = ChineseNumeral.bigUnit(t[end]), end > k,
               [0x4F59, 0x591A, ChineseNumeral.ji, ChineseNumeral.jiTraditional].contains(t[end - 1]),
               !r.hasScale || ChineseNumeral.isJi(t[end - 1]) {
                value *= b; end += 1
            } else if partsPer == 0, end + 1 < t.count, [0x4F59, 0x591A, ChineseNumeral.ji, ChineseNumeral.jiTraditional].contains(t[end]),
                      let b = ChineseNumeral.bigUnit(t[end + 1]) {
                value *= b; end += 2
            }
            if partsPer > 0 {
                // 百分之五 → 5 %, 千分之五 → 0.5 %, 万分之五 → 0.05 %.
                value = r.value * 100 / Decimal(partsPer)
                isPercent = true
            } else if text.matches("分之", at: end), r.value != 0, let (n, e) = signed(end + 2) {
                // 三分之一; 负３分之负一百五十七 (a sign on each part).
                value = n / r.value
                end = e
            } else if end < t.count, t[end] == 0x53C8, let (f, e) = fraction(end + 1) {
                // 3又一千分之23 → 3.023: a whole number and a fraction.
                value = r.value + f
                end = e
            } else if text.isDigit(k), r.plainDigits > 0, end + 1 < t.count, t[end] == 0x2F, text.isDigit(end + 1),
                      let r2 = read(end + 1), r2.plainDigits > 0, r2.value != 0 {
                // ３／５ → 0.6.
                value = r.value / r2.value
                end = r2.end
            } else if end < t.count, t[end] == 0x25 {
                isPercent = true; end += 1
            } else if end < t.count, t[end] == 0x2030 {
                isPercent = true; value /= 10; end += 1
            } else if end < t.count, t[end] == 0x6210, r.value <= 10, !book.names.covers(t, end) {
                // 三成 → 30 %, 7.2成 → 72 %, 三成半 → 35 %.
                isPercent = true; value *= 10; end += 1
                if end < t.count, t[end] == 0x534A { value += 5; end += 1 }

            }
            if negative { value = -value }
            // Ranges: 5-8, 三至五.
            if end + 1 < t.count, [0x2D, 0x2014, 0x2013, 0x7E, 0x81F3, 0x5230].contains(t[end]), let r2 = read(end + 1),
               r2.value > r.value {
                valueMax = r2.value
                end = r2.end
                if end < t.count, t[end] == 0x25 { isPercent = true; end += 1 }
            }
            let range = ExtractorSupport.sourceRange(start..<end, text: text, source: source, content: content,
                                                     normalized: normalized)
            out.append(NumberMention(surface: source.slice(range), value: value, valueMax: valueMax, isPercent: isPercent,
                                     range: range))
            i = max(end, i + 1)
        }
        return out
    }
}
