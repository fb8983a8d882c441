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

    /// Labels of a page's own parts before a colon (原标题：财政部：1-5月…, 来源：…, 编者按：…): no entity. The lead is read on
    /// after the label's colon, so a reposted headline under 原标题 has the lead its first printing has (财政部), and the two
    /// are compared as one statement — not kept apart as two entities' figures.
    static let leadLabels: Set<String> = ["原标题", "原標題", "标题", "標題", "题目", "題目", "来源", "來源", "摘要", "导读", "導讀",
                                          "编者按", "編者按", "提要", "转自", "轉自"]

    /// The lead of the text `range` (a sentence): from its start or from a line start inside it, nothing but 2…12
    /// ideographs (tags and spaces skipped) before ： or :. nil when none: a numbered heading (（一）…：, 1.…:) has
    /// other characters, 其中： is a total's parts, not an entity. `from`: the first line start (its index in
    /// `lineStarts`) to try after the range's own start, when the caller has tried those before (`leads`).
    func lead(of range: Range<Int>, in b: UnsafeBufferPointer<UInt8>, trying first: Int? = nil) -> String? {
        var k: Int
        if let first {
            k = first
        } else {
            if let name = SentenceReader.leadName(b, from: range.lowerBound, to: range.upperBound) { return name }
            // Line starts inside the range (most sentences have none), after the range's start.
            var lo = 0, hi = lineStarts.count
            while lo < hi { let mid = (lo + hi) / 2; if lineStarts[mid] <= range.lowerBound { lo = mid + 1 } else { hi = mid } }
            k = lo
        }
        while k < lineStarts.count, lineStarts[k] < range.upperBound {
            if let name = SentenceReader.leadName(b, from: lineStarts[k], to: range.upperBound) { return name }
            k += 1
        }
        return nil
    }

    /// `lead`'s reading from one start: spaces, line feeds and tags skipped, then the name up to the colon — read in
    /// place (a String is made only of a name found: most sentences stop at their first character that is no
    /// ideograph, or after twelve).
    static func leadName(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String? {
        var nameStart = -1, nameEnd = -1
        var count = 0
        // A tag after the name's first letter: only the colon may follow.
        var closed = false
        var i = start
        let limit = min(end, start + 3 * (leadLength + 12))
        while i < limit {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0D || (c == 0x0A && count == 0) { i += 1; continue }
            if c == 0x3C {   // a tag: skipped (<strong>山东</strong>：), though none inside the name
                if count > 0 { closed = true }
                var j = i + 1
                while j < end, b[j] != 0x3E { j += 1 }
                i = j + 1
                continue
            }
            if c == 0x3A || (c == 0xEF && i + 2 < end && b[i + 1] == 0xBC && b[i + 2] == 0x9A) {   // : ：
                guard count >= 2 else { return nil }
                let s = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<nameEnd]), as: UTF8.self)
                guard let last = s.unicodeScalars.last, !leadStops.contains(last), !s.hasPrefix("其中") else { return nil }
                if leadLabels.contains(s) {
                    let after = c == 0x3A ? i + 1 : i + 3
                    return after < end ? leadName(b, from: after, to: end) : nil
                }
                return s
            }
            // An ideograph (U+4E00…U+9FFF: lead bytes E4…E9), three bytes, the name's letters written together.
            guard c >= 0xE4 && c <= 0xE9, i + 2 < end, count < leadLength, !closed, count == 0 || i == nameEnd else { return nil }
            if count == 0 { nameStart = i }
            nameEnd = i + 3
            count += 1
            i += 3
        }
        return nil
    }

    /// Each figure's lead: its sentence's own, else the last one of an earlier sentence of its paragraph (北京：…。其中故宫
    /// 8.2万人次 is still 北京's). Only the text of a figure's sentence before it is read: a few bytes from its start and
    /// from each line start inside it — once per sentence, the figures after the first reading only the line starts
    /// that the one before them did not reach.
    /// Each lead is given as its number among the document's lead names (-1: none), so a statement carries no String.
    func leads(of metrics: [Metric], sentences: [Sentence]) -> [Int32] {
        var out = [Int32](repeating: -1, count: metrics.count)
        var numbers: [String: Int32] = [:]
        source.bytes.withUnsafeBufferPointer { b in
            var order = Array(metrics.indices)
            if !zip(order, order.dropFirst()).allSatisfy({ metrics[$0].sourceRange.lowerBound <= metrics[$1].sourceRange.lowerBound }) {
                order.sort { metrics[$0].sourceRange.lowerBound < metrics[$1].sourceRange.lowerBound }
            }
            var paragraph = -1
            var current: Int32 = -1
            // The sentence read last, how far (its next line start to try) and what it gave.
            var sentenceStart = -1, nextLine = 0, sentenceLead: String? = nil
            for i in order {
                let at = metrics[i].sourceRange.lowerBound
                let p = self.paragraph(at: at)
                if p != paragraph { paragraph = p; current = -1 }
                // Only a lead before the figure: a line further down its sentence leads the figures after it.
                let start = min(sentences[i].range.lowerBound, at)
                if start == sentenceStart, sentenceLead != nil {
                    // (Found for an earlier figure of the sentence: the first lead of a sentence stays its lead.)
                } else if start == sentenceStart {
                    sentenceLead = lead(of: start..<at, in: b, trying: nextLine)
                } else {
                    sentenceStart = start
                    sentenceLead = lead(of: start..<at, in: b)
                }
                if sentenceLead == nil {
                    // The line starts before `at` are tried: the next figure of the sentence goes on from there.
                    var lo = 0, hi = lineStarts.count
                    while lo < hi { let mid = (lo + hi) / 2; if lineStarts[mid] < at { lo = mid + 1 } else { hi = mid } }
                    nextLine = lo
                }
                if let own = sentenceLead {
                    if let n = numbers[own] { current = n } else { current = Int32(numbers.count); numbers[own] = current }
                }
                out[i] = current
            }
        }
        return out
    }
}
