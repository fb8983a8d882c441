import Foundation

/// The sentence around each figure, read back from the document's text, so the rules can see what a
/// metric alone does not say: the year, budget or outcome, base of comparison, and whether the sentence
/// states a change from one value to another.
///   城镇居民人均可支配收入由2002年7703元增加到2007年13786元 → 7703元 is a "from", 13786元 a "to":
///   two periods of one subject, never a repeat of either.
///
/// Why here and not in the metric: the contract carries a metric's scope and subject, not its sentence;
/// the validator re-reads the (small) source file by path when it can, and works without a sentence
/// when it cannot (standard input, metrics built in memory).
struct SentenceReader {
    /// One sentence: its byte range in `SourceText.bytes`, its text with tags and spaces removed.
    struct Sentence: Sendable {
        let range: Range<Int>
        let text: String
    }

    /// What the reader found for one metric.
    struct Reading: Sendable {
        let sentence: Sentence
        /// The figure opens (由/从 …) or closes (…增加到/调整为 …) a change between two values.
        let isChangeEnd: Bool
        /// The numbered headings above it, outermost first: 二、2026年预算草案 | （二）市本级预算草案.
        let headings: String
        /// The sentence with this figure written 〇, between the sentences before and after it: a passage
        /// restated word for word elsewhere has the same.
        let masked: String
        /// Number of its paragraph in the document.
        let paragraph: Int
        /// 1 for the first figure after 其中 (nothing but words between them), 2 for the figures after it up
        /// to the end of the clause (。；), 0 otherwise: parts of an earlier figure.
        let partClause: Int
    }

    let source: SourceText
    /// Sentence boundaries (byte offsets), sorted: after 。！？, at block tags, at blank lines.
    private let boundaries: [Int]
    /// Paragraph ends (byte offsets), sorted.
    private let paragraphs: [Int]

    init(source: SourceText) {
        self.source = source
        let found = SentenceReader.boundaries(of: source.bytes)
        boundaries = found
        paragraphs = SentenceReader.paragraphBreaks(of: source.bytes, boundaries: found)
    }

    /// The whole text, tags and spaces removed (to find a document's genre words).
    var cleanedText: String { SentenceReader.cleaned(source.slice(0..<source.bytes.count)) }

    /// Sentence and change marks for each metric, in the metrics' order.
    func readings(of metrics: [Metric]) -> [Reading] {
        var bySpan: [Range<Int>: Sentence] = [:]
        let sentences = metrics.map { m -> Sentence in
            if let s = bySpan[m.sourceRange] { return s }
            let s = sentence(at: m.sourceRange)
            bySpan[m.sourceRange] = s
            return s
        }
        var isChangeEnd = Array(repeating: false, count: metrics.count)
        var partClause = Array(repeating: 0, count: metrics.count)
        // Per sentence, the figures in text order: a "from" figure, then a "to" figure after 到/至/为.
        let bySentence = Dictionary(grouping: metrics.indices, by: { sentences[$0].range.lowerBound })
        for (_, members) in bySentence {
            let ordered = members.sorted { metrics[$0].sourceRange.lowerBound < metrics[$1].sourceRange.lowerBound }
            var previousEnd = sentences[ordered[0]].range.lowerBound
            var previousIsFrom: Int? = nil
            var inClause = false
            var previousQuantityEnd = previousEnd
            for i in ordered {
                let start = metrics[i].sourceRange.lowerBound
                defer { previousEnd = max(previousEnd, metrics[i].sourceRange.upperBound) }
                let before = SentenceReader.cleaned(source.slice(sentences[i].range.lowerBound..<max(start, sentences[i].range.lowerBound)))
                let gap = SentenceReader.cleaned(source.slice(min(previousEnd, start)..<start))
                if let from = previousIsFrom, SentenceReader.leadsTo(gap) {
                    isChangeEnd[from] = true
                    isChangeEnd[i] = true
                }
                previousIsFrom = SentenceReader.endsInFrom(before) ? i : nil
                // 其中 is looked for since the last quantity: an ordinal or a date between 其中 and the part
                // (其中第三产业投资完成119.90亿元) is a word of the part's subject, not a figure of the list.
                guard metrics[i].kind.isQuantity else { continue }
                defer { previousQuantityEnd = max(previousQuantityEnd, metrics[i].sourceRange.upperBound) }
                let clauseGap = SentenceReader.cleaned(source.slice(min(previousQuantityEnd, start)..<start))
                let gapBytes = Array(clauseGap.utf8)
                if let q = ByteText.lastIndex(of: SentenceReader.qizhong, in: gapBytes),
                   !SentenceReader.hasClauseEnd(gapBytes[(q + SentenceReader.qizhong.count)...]) {
                    partClause[i] = 1
                    inClause = true
                } else if inClause && !SentenceReader.hasClauseEnd(gapBytes[...]) {
                    partClause[i] = 2
                } else {
                    inClause = false
                }
            }
        }
        let heads = headings()
        // The sentence starting or ending at an offset, read once however many figures border it.
        var around: [Int: String] = [:]
        func sentenceText(at x: Int) -> String {
            if let t = around[x] { return t }
            let t = sentence(at: x..<(x + 1)).text
            around[x] = t
            return t
        }
        var out: [Reading] = []
        out.reserveCapacity(metrics.count)
        for i in metrics.indices {
            let at = metrics[i].sourceRange.lowerBound
            var chain: [Int: String] = [:]
            for h in heads where h.offset < at {
                chain[h.level] = h.text
                for deeper in chain.keys where deeper > h.level { chain[deeper] = nil }
            }
            let r = sentences[i].range, m = metrics[i].sourceRange
            // With the sentences before and after: a template sentence (政府债务余额〇，控制在债务限额以内。)
            // recurs for each district, a copied paragraph recurs with its neighbours.
            let before = r.lowerBound > 0 ? sentenceText(at: r.lowerBound - 1) : ""
            let after = r.upperBound < source.bytes.count ? sentenceText(at: r.upperBound) : ""
            let masked = before + "|" + SentenceReader.cleaned(source.slice(r.lowerBound..<max(r.lowerBound, m.lowerBound))) + "〇"
                + SentenceReader.cleaned(source.slice(min(m.upperBound, r.upperBound)..<r.upperBound)) + "|" + after
            out.append(Reading(sentence: sentences[i], isChangeEnd: isChangeEnd[i],
                               headings: chain.keys.sorted().map { chain[$0]! }.joined(separator: "|"), masked: masked,
                               paragraph: paragraph(at: metrics[i].sourceRange.lowerBound), partClause: partClause[i]))
        }
        return out
    }

    /// Numbered headings (a short line or block that opens with 一、 / （一） / 1．), in text order, with
    /// their level: budget and work reports put the year and plan/outcome in them (二、2026年预算草案).
    func headings() -> [(offset: Int, level: Int, text: String)] {
        var out: [(Int, Int, String)] = []
        let b = source.bytes
        var breaks = [0]
        for i in b.indices where b[i] == 0x0A { breaks.append(i + 1) }
        breaks += boundaries.filter { $0 < b.count && b[$0] == 0x3C }
        breaks.sort()
        breaks.append(b.count)
        for k in breaks.indices.dropLast() where breaks[k] < breaks[k + 1] {
            let len = breaks[k + 1] - breaks[k]
            guard len < 2000 else { continue }
            // Every heading pattern opens with one of `headingLeads`: a line whose cleaned text starts
            // otherwise (most lines) is not cleaned at all.
            guard let lead = SentenceReader.firstCleanedScalar(b, breaks[k]..<breaks[k + 1]),
                  SentenceReader.headingLeads.contains(lead) else { continue }
            var text = SentenceReader.cleaned(source.slice(breaks[k]..<breaks[k + 1]))
            // A run-in heading: 1．一般公共预算。益阳高新区地方一般公共预算收入3.9亿元 …
            if let stop = text.firstIndex(of: "。"), text.distance(from: text.startIndex, to: stop) <= 20 {
                text = String(text[..<stop])
            }
            guard !text.isEmpty, text.count <= 40, !text.unicodeScalars.contains("。") else { continue }
            // Every heading pattern opens with one of these: no regex for the other lines.
            guard let lead = text.unicodeScalars.first, SentenceReader.headingLeads.contains(lead) else { continue }
            let ns = text as NSString
            for (level, box) in SentenceReader.headingPatterns.enumerated()
            where box.regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) != nil {
                out.append((breaks[k], level + 1, text)); break
            }
        }
        return out
    }

    /// The first scalar `cleaned` would keep of these bytes (the same tag, entity and space rules),
    /// without building the text; nil when it keeps nothing.
    static func firstCleanedScalar(_ u: [UInt8], _ range: Range<Int>) -> Unicode.Scalar? {
        let n = min(range.upperBound, u.count)
        var i = max(0, range.lowerBound)
        while i < n {
            let c = u[i]
            if c < 0x80 {
                if let end = SentenceReader.markupEnd(u, at: i, count: n) { i = end; continue }
                if c == 0x20 || (c >= 0x09 && c <= 0x0D) { i += 1; continue }
                return Unicode.Scalar(c)
            }
            let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            let end = min(n, i + len)
            // Not whole UTF-8: the text decodes it as U+FFFD, no heading lead either.
            guard end - i == len, len > 1 else { return "\u{FFFD}" }
            var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in (i + 1)..<end { v = v << 6 | (UInt32(u[k]) & 0x3F) }
            guard let scalar = Unicode.Scalar(v) else { return "\u{FFFD}" }
            if scalar.properties.isWhitespace || v == 0xAD || v == 0x200B || v == 0xFEFF { i = end; continue }
            return scalar
        }
        return nil
    }

    static let headingLeads: Set<Unicode.Scalar> = Set("第一二三四五六七八九十（(0123456789".unicodeScalars)

    static let headingPatterns: [RegexBox] = [
        "^(?:第[一二三四五六七八九十]+(?:部分|章|篇)|[一二三四五六七八九十]+、)",
        "^[（(][一二三四五六七八九十]+[）)]",
        "^[0-9]{1,2}[．.、](?![0-9])",
    ].map { RegexBox(try! NSRegularExpression(pattern: $0)) }

    /// The sentence holding `range`, clipped to 1500 bytes on either side of the figure.
    func sentence(at range: Range<Int>) -> Sentence {
        let n = source.bytes.count
        let start = max(0, min(range.lowerBound, n)), end = max(start, min(range.upperBound, n))
        var lo = 0, hi = boundaries.count
        while lo < hi { let mid = (lo + hi) / 2; if boundaries[mid] <= start { lo = mid + 1 } else { hi = mid } }
        let left = lo > 0 ? boundaries[lo - 1] : 0
        var k = lo
        while k < boundaries.count && boundaries[k] < end { k += 1 }
        let right = k < boundaries.count ? boundaries[k] : n
        var r = max(left, start - 1500)..<min(right, end + 1500)
        var text = SentenceReader.cleaned(source.slice(r))
        // 其中，国有土地使用权出让收入25亿元 … names its total (and the total's place) in the sentence before.
        if text.hasPrefix("其中") || text.hasPrefix("包括"), lo > 0 {
            let before = lo > 1 ? boundaries[lo - 2] : 0
            r = max(before, start - 1500)..<r.upperBound
            text = SentenceReader.cleaned(source.slice(r))
        }
        return Sentence(range: r, text: text)
    }

    // MARK: - Text

    /// 由1655亿美元 / 从2002年的 …: the text before a figure ends in a "from" (not 由于, 从事).
    static let fromPattern = RegexBox(try! NSRegularExpression(pattern: "(?:由(?!于)|从(?!事|而))[^，。；：,;]{0,12}$"))
    /// …增加到 / 调整为 / 至 …: the text between a "from" figure and this one leads to a new value.
    static let toPattern = RegexBox(try! NSRegularExpression(pattern: "^[^，。；,;]{0,12}(?:到|至|为)[^，。；,;]{0,10}$"))
    static let tag = try! NSRegularExpression(pattern: "<[^>]*>|&[a-zA-Z]+;|&#[0-9]+;")

    static func matches(_ box: RegexBox, _ s: String) -> Bool {
        box.regex.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
    }

    static let qizhong = Array("其中".utf8)
    /// A 。；; in the bytes (。 E3 80 82, ； EF BC 9B).
    static func hasClauseEnd(_ b: ArraySlice<UInt8>) -> Bool {
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c == 0x3B { return true }
            if i + 2 < b.endIndex {
                if c == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x82 { return true }
                if c == 0xEF && b[i + 1] == 0xBC && b[i + 2] == 0x9B { return true }
            }
            i += 1
        }
        return false
    }

    private static let clauseStops: Set<Unicode.Scalar> = ["，", "。", "；", "：", ",", ";"]
    private static let toStops: Set<Unicode.Scalar> = ["，", "。", "；", ",", ";"]

    /// `fromPattern` without a regex: a 由 (not 由于) or 从 (not 从事, 从而) followed by at most 12
    /// characters, none of them ，。；：,; — up to the end.
    static func endsInFrom(_ s: String) -> Bool {
        let u = Array(s.unicodeScalars)
        var k = u.count - 1
        var seen = 0
        while k >= 0 && seen <= 12 {
            let c = u[k]
            let next: Unicode.Scalar? = k + 1 < u.count ? u[k + 1] : nil
            if c == "由" && next != "于" { return true }
            if c == "从" && next != "事" && next != "而" { return true }
            if clauseStops.contains(c) { return false }
            seen += 1
            k -= 1
        }
        return false
    }

    /// `toPattern` without a regex: no ，。；,; at all, and a 到/至/为 among the first 13 characters
    /// with at most 10 after it.
    static func leadsTo(_ s: String) -> Bool {
        let u = Array(s.unicodeScalars)
        if u.contains(where: { toStops.contains($0) }) { return false }
        for q in u.indices where q <= 12 && (u[q] == "到" || u[q] == "至" || u[q] == "为") {
            if u.count - q - 1 <= 10 { return true }
        }
        return false
    }

    /// Tags, entities and every kind of space removed: 收 入 完 成 → 收入完成.
    /// One pass over the UTF-8 bytes (the `tag` pattern's <…>, &name; and &#123; read by hand).
    static func cleaned(_ raw: String) -> String {
        var raw = raw
        return raw.withUTF8 { u in
            let n = u.count
            var out = [UInt8]()
            out.reserveCapacity(n)
            var i = 0
            while i < n {
                let c = u[i]
                if c < 0x80 {
                    if let end = SentenceReader.markupEnd(u, at: i, count: n) { i = end; continue }   // <…> &name; &#123;
                    if !(c == 0x20 || (c >= 0x09 && c <= 0x0D)) { out.append(c) }
                    i += 1
                    continue
                }
                // A multi-byte scalar: its length from the lead byte; only C2, E1, E2, E3, EF lead spaces.
                let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                let end = min(n, i + len)
                var drop = false
                if c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF, end - i == len {
                    var v = UInt32(c) & (len == 2 ? 0x1F : 0x0F)
                    for k in (i + 1)..<end { v = v << 6 | (UInt32(u[k]) & 0x3F) }
                    if let scalar = Unicode.Scalar(v) {
                        drop = scalar.properties.isWhitespace || v == 0xAD || v == 0x200B || v == 0xFEFF
                    }
                }
                if !drop { out.append(contentsOf: u[i..<end]) }
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static let blockTags: Set<String> = ["p", "br", "div", "td", "th", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                         "table", "section", "article", "ul", "ol", "body", "title", "hr"]

    /// Offsets where a sentence ends: after 。！？ (not ASCII . ! ?, which sit inside figures and
    /// English names), at a block-level tag, at a blank line.
    static func boundaries(of b: [UInt8]) -> [Int] {
        var out: [Int] = []
        var i = 0
        let n = b.count
        var lastNewline = -10
        var onlySpaceSinceNewline = false
        while i < n {
            let c = b[i]
            if c == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x82 { out.append(i + 3); i += 3; continue }   // 。
            if c == 0xEF, i + 2 < n, b[i + 1] == 0xBC, b[i + 2] == 0x81 || b[i + 2] == 0x9F { out.append(i + 3); i += 3; continue } // ！？
            if c == 0x0A {
                if onlySpaceSinceNewline && lastNewline >= 0 { out.append(i) }
                lastNewline = i
                onlySpaceSinceNewline = true
                i += 1; continue
            }
            if c != 0x20 && c != 0x0D && c != 0x09 { onlySpaceSinceNewline = false }
            if c == 0x3C {   // <
                var j = i + 1
                if j < n && b[j] == 0x2F { j += 1 }
                var name = ""
                while j < n, name.count < 8, (b[j] >= 0x61 && b[j] <= 0x7A) || (b[j] >= 0x41 && b[j] <= 0x5A) || (b[j] >= 0x30 && b[j] <= 0x39) {
                    name.append(Character(Unicode.Scalar(b[j] | 0x20))); j += 1
                }
                if blockTags.contains(name) { out.append(i) }
            }
            i += 1
        }
        return out
    }

    /// Offsets where a paragraph ends: block tags, blank lines, and line breaks right after 。！？ (a text
    /// with one paragraph a line). A hard-wrapped line that ends inside a sentence is no paragraph end.
    static func paragraphBreaks(of b: [UInt8], boundaries knownBoundaries: [Int]? = nil) -> [Int] {
        var out: [Int] = []
        // The bytes of the last significant character, kept in place (no array per byte): its length
        // (4 = longer than any end mark) and its first three bytes.
        var len = 0, b0: UInt8 = 0, b1: UInt8 = 0, b2: UInt8 = 0
        for i in b.indices {
            let c = b[i]
            if c == 0x0A {
                let ends = len == 3 && ((b0 == 0xE3 && b1 == 0x80 && b2 == 0x82)
                                        || (b0 == 0xEF && b1 == 0xBC && (b2 == 0x81 || b2 == 0x9F)))
                if ends || (len == 1 && b0 == 0x0A) { out.append(i) }
                len = 1; b0 = 0x0A
                continue
            }
            if c == 0x20 || c == 0x0D || c == 0x09 { continue }
            if c >= 0xC0 || c < 0x80 {
                len = 1; b0 = c
            } else if len < 4 {
                if len == 1 { b1 = c } else if len == 2 { b2 = c }
                len += 1
            }
        }
        let tags = (knownBoundaries ?? boundaries(of: b)).filter { $0 < b.count && b[$0] == 0x3C }
        return (out + tags).sorted()
    }

    /// The paragraph number of an offset (paragraph breaks before it).
    func paragraph(at offset: Int) -> Int {
        var lo = 0, hi = paragraphs.count
        while lo < hi { let mid = (lo + hi) / 2; if paragraphs[mid] < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

}

extension SentenceReader {
    /// The offset just past a tag (`<…>`) or an entity (`&name;`, `&#123;`) that starts at `i`, else nil:
    /// sentences are read as text, with any markup a surface range spans set aside.
    static func markupEnd<C: RandomAccessCollection>(_ u: C, at i: Int, count n: Int) -> Int?
        where C.Element == UInt8, C.Index == Int {
        let c = u[i]
        if c == 0x3C {
            var j = i + 1
            while j < n && u[j] != 0x3E { j += 1 }
            return j < n ? j + 1 : nil
        }
        guard c == 0x26, i + 1 < n else { return nil }
        var j = i + 1
        if u[j] == 0x23 {
            j += 1
            while j < n && u[j] >= 0x30 && u[j] <= 0x39 { j += 1 }
            return j > i + 2 && j < n && u[j] == 0x3B ? j + 1 : nil
        }
        while j < n && (u[j] | 0x20) >= 0x61 && (u[j] | 0x20) <= 0x7A { j += 1 }
        return j > i + 1 && j < n && u[j] == 0x3B ? j + 1 : nil
    }
}
