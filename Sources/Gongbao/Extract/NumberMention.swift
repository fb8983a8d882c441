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
    /// Every numeral of a string (Arabic, Chinese, mixed, fractions, percentages), with no unit or name filtering.
    public func numbers(inText string: String) -> [NumberMention] {
        let source = SourceText(path: "<text>", bytes: Array(string.utf8), encoding: "UTF-8")
        let content = ContentText(identityOf: source)
        let normalized = Normalizer.normalized(content)
        let text = DocText(normalized)
        let t = text.t
        let stop: (Int) -> Bool = { _ in false }
        var out: [NumberMention] = []
        var i = 0
        func read(_ k: Int) -> ChineseNumeral.Reading? {
            guard k < t.count else { return nil }
            return text.isDigit(k) ? ChineseNumeral.readArabic(t, at: k, stopScale: stop)
                                   : ChineseNumeral.readChinese(t, at: k, stopScale: stop)
        }
        while i < t.count {
            var start = i
            var negative = false
            var partsPer = 0
            var k = i
            if (t[k] == 0x2D || t[k] == 0x8D1F), k + 1 < t.count, text.isDigit(k + 1) || ChineseNumeral.digit(t[k + 1]) != nil,
               !text.isDigit(k - 1) {
                negative = true; k += 1
            }
            if k + 3 < t.count, t[k] == 0x767E || t[k] == 0x5343 || t[k] == 0x4E07, text.matches("分之", at: k + 1) {
                partsPer = t[k] == 0x767E ? 100 : t[k] == 0x5343 ? 1000 : 10000
                k += 3
            }
            let isDigitStart = text.isDigit(k) && !text.isDigit(k - 1) && !(k > 0 && t[k - 1] == 0x2E)
            guard isDigitStart || ChineseNumeral.canStartChinese(t, k), let r = read(k) else { i += 1; continue }
            if !negative && partsPer == 0 { start = k }
            var value = r.value
            var end = r.end
            var isPercent = false
            var valueMax: Decimal? = nil
            if partsPer > 0 {
                // 百分之五 → 5 %, 千分之五 → 0.5 %, 万分之五 → 0.05 %.
                value = r.value * 100 / Decimal(partsPer)
                isPercent = true
            } else if text.matches("分之", at: end), let r2 = read(end + 2), r.value != 0 {
                value = r2.value / r.value
                end = r2.end
            } else if end < t.count, t[end] == 0x25 {
                isPercent = true; end += 1
            } else if end < t.count, t[end] == 0x2030 {
                isPercent = true; value /= 10; end += 1
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
