import Foundation

/// The entity a line or sentence is led by: a short name and a colon at its start (山东：…接待游客139.7万人次;
/// 四川:…). A round-up of places or units writes one paragraph each under such a lead, every one with the same
/// heads (接待游客, 门票收入): the figures after a lead are that entity's, up to the next lead or the paragraph's end.
extension SentenceReader {
    /// Longest lead read, in ideographs (黑龙江省哈尔滨市 and longer unit names fit).
    static let leadLength = 12

    /// Last characters that make a text before a colon something else than a name: the verb of a quotation or of a
    /// source (记者…报道：, 他表示：, 数据显示：, 指出：, 称：), an enumerator (一是：), a view (分行业看：), a list
    /// (主要有：, 包括：, 如下：, 分别为：).
    static let leadStops: Set<Unicode.Scalar> = Set("说道示绍出称露是看有括下为".unicodeScalars)

    /// The lead of the text `range` (a sentence): from its start or from a line start inside it, nothing but 2…12
    /// ideographs (tags and spaces skipped) before ： or :. nil when none: a numbered heading (（一）…：, 1.…:) has
    /// other characters, 其中： is a total's parts, not an entity.
    func lead(of range: Range<Int>) -> String? {
        let b = source.bytes
        // Line starts inside the range (most sentences have none), after the range's start.
        var lo = 0, hi = lineStarts.count
        while lo < hi { let mid = (lo + hi) / 2; if lineStarts[mid] <= range.lowerBound { lo = mid + 1 } else { hi = mid } }
        var start = range.lowerBound
        var k = lo
        while true {
            if let name = SentenceReader.leadName(b, from: start, to: range.upperBound) { return name }
            guard k < lineStarts.count, lineStarts[k] < range.upperBound else { return nil }
            start = lineStarts[k]
            k += 1
        }
    }

    /// `lead`'s reading from one start: spaces, line feeds and tags skipped, then the name up to the colon.
    static func leadName(_ b: [UInt8], from start: Int, to end: Int) -> String? {
        var name: [UInt8] = []
        var count = 0
        var i = start
        let limit = min(end, start + 3 * (leadLength + 12))
        while i < limit {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0D || (c == 0x0A && count == 0) { i += 1; continue }
            if c == 0x3C {   // a tag: skipped
                var j = i + 1
                while j < end, b[j] != 0x3E { j += 1 }
                i = j + 1
                continue
            }
            if c == 0x3A || (c == 0xEF && i + 2 < end && b[i + 1] == 0xBC && b[i + 2] == 0x9A) {   // : ：
                guard count >= 2 else { return nil }
                let s = String(decoding: name, as: UTF8.self)
                guard let last = s.unicodeScalars.last, !leadStops.contains(last), !s.hasPrefix("其中") else { return nil }
                return s
            }
            // An ideograph (U+4E00…U+9FFF: lead bytes E4…E9), three bytes.
            guard c >= 0xE4 && c <= 0xE9, i + 2 < end, count < leadLength else { return nil }
            name.append(contentsOf: b[i...(i + 2)])
            count += 1
            i += 3
        }
        return nil
    }

    /// Each figure's lead: its sentence's own, else the last one of an earlier sentence of its paragraph (北京：…。其中故宫
    /// 8.2万人次 is still 北京's). Only the text of a figure's sentence before it is read: a few bytes from its start and
    /// from each line start inside it.
    func leads(of metrics: [Metric], sentences: [Sentence]) -> [String?] {
        var out = [String?](repeating: nil, count: metrics.count)
        // Only a text with a colon at all holds a lead.
        guard source.bytes.contains(0x3A) || ByteText.contains(source.bytes, SentenceReader.fullWidthColon) else { return out }
        let order = metrics.indices.sorted { metrics[$0].sourceRange.lowerBound < metrics[$1].sourceRange.lowerBound }
        var paragraph = -1
        var current: String? = nil
        for i in order {
            let at = metrics[i].sourceRange.lowerBound
            let p = self.paragraph(at: at)
            if p != paragraph { paragraph = p; current = nil }
            // Only a lead before the figure: a line further down its sentence leads the figures after it.
            let start = min(sentences[i].range.lowerBound, at)
            if let own = lead(of: start..<at) { current = own }
            out[i] = current
        }
        return out
    }

    static let fullWidthColon = Array("：".utf8)
}
