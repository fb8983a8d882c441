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
        /// A later part joined to the figure before it by 、 alone (高中30所、初中12所、小学41所): an item of one
        /// enumeration, not a clause that may have left the list (…博士2.8万人，专任教师6.8万人).
        var listed = false
        /// The entity the figure's line or sentence is led by (山东：…), carried on through its paragraph to the next
        /// lead (`lead(of:)`), as the document's number for the name (one name, one number); -1 when none.
        var lead: Int32 = -1
        /// The label line it stands under (——小学。招生3675人; `labels(of:headings:)`), as the document's number for the
        /// label's name; -1 when none.
        var label: Int32 = -1
        /// For a figure in a paragraph that opens with 其中, the number of the paragraph it sets out a part of
        /// (`wholeParagraph(of:memo:)`); -1 for any other.
        var wholeParagraph = -1
    }

    let source: SourceText
    /// Sentence boundaries (byte offsets), sorted: after 。！？, at block tags, at blank lines.
    private let boundaries: [Int]
    /// Paragraph ends (byte offsets), sorted.
    private let paragraphs: [Int]
    /// Where lines start (after each line feed), sorted.
    let lineStarts: [Int]
    /// The boundaries at a tag (`<`), sorted.
    private let tagBoundaries: [Int]
    /// The text is laid out as a column of one fixed width (`ColumnLines`): its paragraphs, not its lines, are what
    /// a line is elsewhere.
    let isColumn: Bool
    /// The whole text cleaned once (nil when its bytes are not whole UTF-8: each slice is cleaned on its own).
    private let clean: CleanedText?

    init(source: SourceText) {
        self.source = source
        let layout = SentenceReader.layout(of: source.bytes)
        boundaries = layout.boundaries
        paragraphs = layout.paragraphs
        lineStarts = layout.lineStarts
        tagBoundaries = layout.tags
        isColumn = layout.isColumn
        clean = CleanedText(source.bytes)
    }

    /// `boundaries(of:)`, `paragraphBreaks(of:)`, the line starts and the boundaries at a tag, from one pass
    /// over the bytes (three passes before: sentences, paragraphs, and the lines `headings` reads).
    /// The pass stops only at 。！？, line feeds and `<`; what a line feed needs of the line before it (was it
    /// blank? does it end in 。！？?) is read backwards from it, instead of state kept for every byte.
    static func layout(of bytes: [UInt8]) -> (boundaries: [Int], paragraphs: [Int], lineStarts: [Int], tags: [Int],
                                              isColumn: Bool) {
        var out: [Int] = [], ends: [Int] = [], lines: [Int] = []
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            var lastNewline = -10
            while i < n {
                let c = b[i]
                switch c {
                case 0xE3:   // 。
                    if i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x82 { out.append(i + 3); i += 3; continue }
                case 0xEF:   // ！？
                    if i + 2 < n, b[i + 1] == 0xBC, b[i + 2] == 0x81 || b[i + 2] == 0x9F { out.append(i + 3); i += 3; continue }
                case 0x0A:
                    if lastNewline >= 0 && onlySpaceOrEndMarks(b, from: lastNewline + 1, to: i) { out.append(i) }
                    if endsParagraph(b, before: i) { ends.append(i) }
                    lastNewline = i
                    lines.append(i + 1)
                case 0x3C:   // <
                    var j = i + 1
                    if j < n && b[j] == 0x2F { j += 1 }
                    // The name's first 8 letters or digits, lowercased, packed into a UInt64 (no String per tag).
                    var name: UInt64 = 0, length = 0
                    while j < n, length < 8, (b[j] >= 0x61 && b[j] <= 0x7A) || (b[j] >= 0x41 && b[j] <= 0x5A) || (b[j] >= 0x30 && b[j] <= 0x39) {
                        name = name << 8 | UInt64(b[j] | 0x20); length += 1; j += 1
                    }
                    if blockTagCodes.contains(name) { out.append(i) }
                default: break
                }
                i += 1
            }
        }
        let tags = out.filter { $0 < bytes.count && bytes[$0] == 0x3C }
        let joined = columnJoins(bytes, lineStarts: [0] + lines, hasTags: !tags.isEmpty)
        if let joined, !joined.isEmpty, !ends.isEmpty {
            let set = Set(joined)
            ends.removeAll { set.contains($0) }
        }
        return (out, (ends + tags).sorted(), lines, tags, joined != nil)
    }

    /// A plain text laid out as a fixed-width column: the line feeds after its full lines that end on 。 (they end no
    /// paragraph: the normalizer runs such a line on, `ColumnLines`); nil for any other text, a page with block tags
    /// (whose paragraphs are its blocks) too.
    static func columnJoins(_ bytes: [UInt8], lineStarts: [Int]?, hasTags: Bool) -> [Int]? {
        hasTags ? nil : ColumnLines.joinedBreaks(in: bytes, lineStarts: lineStarts)
    }

    /// 。 (E3 80 82), ！ (EF BC 81) or ？ (EF BC 9F) ends at `j`.
    @inline(__always)
    static func endMark(_ b: UnsafeBufferPointer<UInt8>, endingAt j: Int) -> Bool {
        guard j >= 2 else { return false }
        let x = b[j - 2], y = b[j - 1], z = b[j]
        return (x == 0xE3 && y == 0x80 && z == 0x82) || (x == 0xEF && y == 0xBC && (z == 0x81 || z == 0x9F))
    }

    /// `boundaries`' blank line: the bytes `from..<to` are spaces and 。！？ only (its pass steps over an end
    /// mark without noting a character: an end mark cannot start inside another, so reading back finds the same).
    private static func onlySpaceOrEndMarks(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var j = to - 1
        while j >= from {
            let d = b[j]
            if d == 0x20 || d == 0x0D || d == 0x09 { j -= 1; continue }
            if j - 2 >= from && endMark(b, endingAt: j) { j -= 3; continue }
            return false
        }
        return true
    }

    /// `paragraphBreaks`' test at the line feed at `i`: the last character before it, spaces aside, is 。！？
    /// (a lead byte and two continuation bytes), or is a line feed (a blank line). Read backwards: the
    /// continuation bytes since the last lead byte, then that lead.
    private static func endsParagraph(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        var j = i - 1
        var continuations: (UInt8, UInt8) = (0, 0)   // the nearest to the lead first
        var k = 0
        while j >= 0 {
            let d = b[j]
            if d == 0x20 || d == 0x0D || d == 0x09 { j -= 1; continue }
            if d >= 0x80 && d < 0xC0 {
                // A third continuation byte: longer than any end mark.
                if k == 2 { return false }
                continuations = (d, continuations.0)
                k += 1
                j -= 1
                continue
            }
            if k == 0 { return d == 0x0A }
            guard k == 2 else { return false }
            let (c1, c2) = continuations
            return (d == 0xE3 && c1 == 0x80 && c2 == 0x82) || (d == 0xEF && c1 == 0xBC && (c2 == 0x81 || c2 == 0x9F))
        }
        return false
    }

    /// The whole text, tags and spaces removed (to find a document's genre words).
    var cleanedText: String { cleaned(0..<source.bytes.count) }

    /// The whole text's bytes, tags and spaces removed.
    var cleanedTextBytes: [UInt8] {
        clean?.bytes ?? SentenceReader.cleanedBytes(source.slice(0..<source.bytes.count))
    }

    /// `cleaned(source.slice(range))`, read off the text cleaned once.
    func cleaned(_ range: Range<Int>) -> String {
        clean?.string(range) ?? SentenceReader.cleaned(source.slice(range))
    }

    /// `cleaned(source.slice(range))` as UTF-8 bytes.
    func cleanedBytes(_ range: Range<Int>) -> ArraySlice<UInt8> {
        clean?.slice(range) ?? ArraySlice(SentenceReader.cleanedBytes(source.slice(range)))
    }

    /// The metric's range slices to its surface, markup and spaces aside (17.5</span><span>亿元 is 17.5亿元):
    /// it was read from this text. Bytes first; two texts equal as strings but not as bytes are asked as strings.
    func readsAsWritten(_ m: Metric) -> Bool {
        let surface = SentenceReader.cleanedBytes(m.surface)
        if cleanedBytes(m.sourceRange).elementsEqual(surface) { return true }
        return cleaned(m.sourceRange) == String(decoding: surface, as: UTF8.self)
    }

    /// Sentence and change marks for each metric, in the metrics' order.
    func readings(of metrics: [Metric]) -> [Reading] {
        // Figures of one sentence share its text (one String, cleaned once).
        var spans: [Span: Sentence] = [:]
        let sentences = metrics.map { m -> Sentence in sentence(at: m.sourceRange, memo: &spans) }
        var isChangeEnd = Array(repeating: false, count: metrics.count)
        var partClause = Array(repeating: 0, count: metrics.count)
        var listed = Array(repeating: false, count: metrics.count)
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
                let before = cleanedBytes(sentences[i].range.lowerBound..<max(start, sentences[i].range.lowerBound))
                let gap = cleanedBytes(min(previousEnd, start)..<start)
                if let from = previousIsFrom, SentenceReader.leadsTo(gap) {
                    isChangeEnd[from] = true
                    isChangeEnd[i] = true
                }
                previousIsFrom = SentenceReader.endsInFrom(before) ? i : nil
                // 其中 is looked for since the last quantity: an ordinal or a date between 其中 and the part
                // (其中第三产业投资完成119.90亿元) is a word of the part's subject, not a figure of the list.
                guard metrics[i].kind.isQuantity else { continue }
                defer { previousQuantityEnd = max(previousQuantityEnd, metrics[i].sourceRange.upperBound) }
                let gapBytes = cleanedBytes(min(previousQuantityEnd, start)..<start)
                if let q = SentenceReader.partOpener(in: gapBytes),
                   !SentenceReader.hasClauseEnd(gapBytes[q...]) {
                    partClause[i] = 1
                    inClause = true
                } else if inClause && !SentenceReader.hasClauseEnd(gapBytes[...]) {
                    partClause[i] = 2
                    // (、 is E3 80 81; ， is EF BC 8C and , is 2C.)
                    listed[i] = ByteText.lastIndex(of: [0xE3, 0x80, 0x81], in: gapBytes) != nil
                        && ByteText.lastIndex(of: [0xEF, 0xBC, 0x8C], in: gapBytes) == nil && !gapBytes.contains(0x2C)
                } else {
                    inClause = false
                }
            }
        }
        let heads = headings()
        // The chain of headings after each heading, outermost first: a figure takes the chain of the last
        // heading before it (headings are in text order).
        var chains = [""]
        var chain: [Int: String] = [:]
        for h in heads {
            chain[h.level] = h.text
            for deeper in chain.keys where deeper > h.level { chain[deeper] = nil }
            chains.append(chain.keys.sorted().map { chain[$0]! }.joined(separator: "|"))
        }
        // The sentence starting or ending at an offset, read once however many figures border it.
        var around: [Int: String] = [:]
        func sentenceText(at x: Int) -> String {
            if let t = around[x] { return t }
            let t = sentence(at: x..<(x + 1), memo: &spans).text
            around[x] = t
            return t
        }
        let leads = self.leads(of: metrics, sentences: sentences)
        let labels = self.labels(of: metrics, headings: heads.map { $0.offset })
        var wholes: [Int: Int] = [:]
        var out: [Reading] = []
        out.reserveCapacity(metrics.count)
        for i in metrics.indices {
            let at = metrics[i].sourceRange.lowerBound
            var lo = 0, hi = heads.count
            while lo < hi { let mid = (lo + hi) / 2; if heads[mid].offset < at { lo = mid + 1 } else { hi = mid } }
            let r = sentences[i].range, m = metrics[i].sourceRange
            // With the sentences before and after: a template sentence (政府债务余额〇，控制在债务限额以内。)
            // recurs for each district, a copied paragraph recurs with its neighbours.
            let before = r.lowerBound > 0 ? sentenceText(at: r.lowerBound - 1) : ""
            let after = r.upperBound < source.bytes.count ? sentenceText(at: r.upperBound) : ""
            var maskedBytes = [UInt8]()
            maskedBytes.append(contentsOf: before.utf8)
            maskedBytes.append(0x7C)
            maskedBytes.append(contentsOf: cleanedBytes(r.lowerBound..<max(r.lowerBound, m.lowerBound)))
            maskedBytes.append(contentsOf: SentenceReader.zeroMark)
            maskedBytes.append(contentsOf: cleanedBytes(min(m.upperBound, r.upperBound)..<r.upperBound))
            maskedBytes.append(0x7C)
            maskedBytes.append(contentsOf: after.utf8)
            let masked = String(decoding: maskedBytes, as: UTF8.self)
            let p = paragraph(at: metrics[i].sourceRange.lowerBound)
            out.append(Reading(sentence: sentences[i], isChangeEnd: isChangeEnd[i],
                               headings: chains[lo], masked: masked,
                               paragraph: p, partClause: partClause[i],
                               listed: listed[i], lead: leads[i], label: labels[i],
                               wholeParagraph: wholeParagraph(of: p, memo: &wholes)))
        }
        return out
    }

    /// Numbered headings (a short line or block that opens with 一、 / （一） / 1．), in text order, with
    /// their level: budget and work reports put the year and plan/outcome in them (二、2026年预算草案).
    func headings() -> [(offset: Int, level: Int, text: String)] {
        var out: [(Int, Int, String)] = []
        let b = source.bytes
        var breaks = [0]
        breaks += lineStarts
        breaks += tagBoundaries
        breaks.sort()
        breaks.append(b.count)
        for k in breaks.indices.dropLast() where breaks[k] < breaks[k + 1] {
            let len = breaks[k + 1] - breaks[k]
            guard len < 2000 else { continue }
            // Every heading pattern opens with one of `headingLeads`: a line whose cleaned text starts
            // otherwise (most lines) is not cleaned at all.
            guard let lead = SentenceReader.firstCleanedScalar(b, breaks[k]..<breaks[k + 1]),
                  SentenceReader.headingLeads.contains(lead) else { continue }
            // Table cells and lines of figures (12.5, 2024年) open with a digit too: only a line whose first
            // characters can start some heading pattern is read further.
            guard SentenceReader.mayOpenHeading(cleanedBytes(breaks[k]..<breaks[k + 1])) else { continue }
            var text = cleaned(breaks[k]..<breaks[k + 1])
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
            // Whole UTF-8 (continuation bytes 10xxxxxx): the spaces are the bytes `isDroppedSpace` knows, no
            // property lookup; anything else asks the scalar's properties, as before.
            if (i + 1..<end).allSatisfy({ u[$0] & 0xC0 == 0x80 }) {
                if SentenceReader.isDroppedSpace(u, i, len) { i = end; continue }
                return scalar
            }
            if scalar.properties.isWhitespace || v == 0xAD || v == 0x200B || v == 0xFEFF { i = end; continue }
            return scalar
        }
        return nil
    }

    /// What every match of `headingPatterns` starts with, read off the first four scalars of a cleaned line:
    /// 第 or 一…十 (pattern 1), （ or ( (pattern 2), or one or two ASCII digits, then ．. or 、, then no digit
    /// (pattern 3, backtracking included). Cutting the line at 。 never makes a pattern match.
    static func mayOpenHeading(_ b: ArraySlice<UInt8>) -> Bool {
        var u: [Unicode.Scalar] = []
        var i = b.startIndex
        while i < b.endIndex && u.count < 4 {
            let c = b[i]
            let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            let end = min(b.endIndex, i + len)
            u.append(scalar(b, i, end))
            i = end
        }
        guard let first = u.first else { return false }
        if first == "第" || first == "（" || first == "(" || "一二三四五六七八九十".unicodeScalars.contains(first) { return true }
        func digit(_ k: Int) -> Bool { k < u.count && u[k].value >= 0x30 && u[k].value <= 0x39 }
        func point(_ k: Int) -> Bool { k < u.count && (u[k] == "．" || u[k] == "." || u[k] == "、") }
        return (digit(0) && digit(1) && point(2) && !digit(3)) || (digit(0) && point(1) && !digit(2))
    }

    static let headingLeads: Set<Unicode.Scalar> = Set("第一二三四五六七八九十（(0123456789".unicodeScalars)

    static let headingPatterns: [RegexBox] = [
        "^(?:第[一二三四五六七八九十]+(?:部分|章|篇)|[一二三四五六七八九十]+、)",
        "^[（(][一二三四五六七八九十]+[）)]",
        "^[0-9]{1,2}[．.、](?![0-9])",
    ].map { RegexBox(try! NSRegularExpression(pattern: $0)) }

    /// What `sentence(at:)` reads a sentence from: the boundaries around the figure, clipped, and where the
    /// sentence before starts (clipped), for a sentence that opens with 其中 (-1 when there is none).
    struct Span: Hashable {
        let lower: Int, upper: Int, extended: Int
    }

    /// `sentence(at:)`, each span's text cleaned once: the figures of one sentence get one String.
    /// How far a sentence reaches on either side of its figure, in bytes of the source. Counted in raw bytes, so it
    /// must hold a sentence of a styled page: 010's 非金属矿物制品业…增加值占比分别为9.7%、8.8% is 3000 bytes of
    /// <span style="…; mso-spacerun: 'yes'; …"> runs from its start, and at 1500 its figures read sentences cut
    /// at different places inside a tag — each its own sentence, with tag text in it.
    static let reach = 8000

    func sentence(at range: Range<Int>, memo: inout [Span: Sentence]) -> Sentence {
        let n = source.bytes.count
        let start = max(0, min(range.lowerBound, n)), end = max(start, min(range.upperBound, n))
        var lo = 0, hi = boundaries.count
        while lo < hi { let mid = (lo + hi) / 2; if boundaries[mid] <= start { lo = mid + 1 } else { hi = mid } }
        let left = lo > 0 ? boundaries[lo - 1] : 0
        var k = lo
        while k < boundaries.count && boundaries[k] < end { k += 1 }
        let right = k < boundaries.count ? boundaries[k] : n
        let r = max(left, start - SentenceReader.reach)..<min(right, end + SentenceReader.reach)
        let extended = lo > 0 ? max(lo > 1 ? boundaries[lo - 2] : 0, start - SentenceReader.reach) : -1
        let span = Span(lower: r.lowerBound, upper: r.upperBound, extended: extended)
        if let known = memo[span] { return known }
        var read = Sentence(range: r, text: cleaned(r))
        // 其中，国有土地使用权出让收入25亿元 … names its total (and the total's place) in the sentence before.
        if SentenceReader.opensWithPart(read.text), extended >= 0 {
            let wider = extended..<r.upperBound
            read = Sentence(range: wider, text: cleaned(wider))
        }
        memo[span] = read
        return read
    }

    /// The sentence holding `range`, clipped to `reach` bytes on either side of the figure.
    func sentence(at range: Range<Int>) -> Sentence {
        let n = source.bytes.count
        let start = max(0, min(range.lowerBound, n)), end = max(start, min(range.upperBound, n))
        var lo = 0, hi = boundaries.count
        while lo < hi { let mid = (lo + hi) / 2; if boundaries[mid] <= start { lo = mid + 1 } else { hi = mid } }
        let left = lo > 0 ? boundaries[lo - 1] : 0
        var k = lo
        while k < boundaries.count && boundaries[k] < end { k += 1 }
        let right = k < boundaries.count ? boundaries[k] : n
        var r = max(left, start - SentenceReader.reach)..<min(right, end + SentenceReader.reach)
        var text = cleaned(r)
        // 其中，国有土地使用权出让收入25亿元 … names its total (and the total's place) in the sentence before.
        if SentenceReader.opensWithPart(text), lo > 0 {
            let before = lo > 1 ? boundaries[lo - 2] : 0
            r = max(before, start - SentenceReader.reach)..<r.upperBound
            text = cleaned(r)
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
    /// ， ： , : and 主要 — what may stand right before a 包括 that opens a list of parts.
    static let clauseOpeners: [[UInt8]] = ["，", "：", ",", ":"].map { Array($0.utf8) }
    static let mainly = Array("主要".utf8)

    /// Where the words after the last part opener of `gap` start: 其中, or a 包括 opening its clause (安排预算稳定调节基金2亿元，
    /// 主要包括预备费余额0.4亿元、…、调入资金0.88亿元 — the parts of the 2亿元 as 其中 would list them); nil when none.
    /// A 包括 inside a clause (包括A、B在内的30个项目) names members, not the parts of the figure before it.
    /// One backward walk for both words (其中 E5 85 B6 E4 B8 AD, 包括 E5 8C 85 E6 8B AC): it runs for every figure.
    static func partOpener(in gap: ArraySlice<UInt8>) -> Int? {
        guard gap.count >= 6 else { return nil }
        var i = gap.endIndex - 6
        while i >= gap.startIndex {
            if gap[i] == 0xE5 {
                if gap[i + 1] == 0x85, gap[i + 2] == 0xB6, gap[i + 3] == 0xE4, gap[i + 4] == 0xB8, gap[i + 5] == 0xAD { return i + 6 }
                if gap[i + 1] == 0x8C, gap[i + 2] == 0x85, gap[i + 3] == 0xE6, gap[i + 4] == 0x8B, gap[i + 5] == 0xAC,
                   opensClause(gap[..<i]) { return i + 6 }
            }
            i -= 1
        }
        return nil
    }

    /// The words before a 包括 end its clause's opening: a clause mark, then 主要 at most.
    static func opensClause(_ head: ArraySlice<UInt8>) -> Bool {
        func ends(_ h: ArraySlice<UInt8>, _ x: [UInt8]) -> Bool { h.count >= x.count && h.suffix(x.count).elementsEqual(x) }
        var head = head
        if ends(head, mainly) { head = head.dropLast(mainly.count) }
        return clauseOpeners.contains(where: { ends(head, $0) })
    }
    static let zeroMark = Array("〇".utf8)

    /// `text.hasPrefix("其中") || text.hasPrefix("包括")`, asked only of a text whose first scalar can open
    /// either (其, 包, or 包's compatibility twin U+2F829, which String comparison takes for 包).
    static func opensWithPart(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "其" || first == "包" || first == "\u{2F829}" else { return false }
        return text.hasPrefix("其中") || text.hasPrefix("包括")
    }
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


    /// A clause stop of the from/to patterns: ，。；：,; (the to-pattern's stops are these but ：).
    @inline(__always)
    static func isClauseStop(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0x2C, 0x3B: return true
        default: return false
        }
    }

    /// `fromPattern` without a regex: a 由 (not 由于) or 从 (not 从事, 从而) followed by at most 12
    /// characters, none of them ，。；：,; — up to the end.
    static func endsInFrom(_ s: String) -> Bool { endsInFrom(Array(s.utf8)[...]) }

    /// `endsInFrom` on UTF-8 bytes, read backwards from the end (13 scalars at most).
    static func endsInFrom(_ b: ArraySlice<UInt8>) -> Bool {
        var end = b.endIndex
        var next: Unicode.Scalar? = nil
        var seen = 0
        while end > b.startIndex && seen <= 12 {
            var start = end - 1
            while start > b.startIndex && b[start] & 0xC0 == 0x80 { start -= 1 }
            let c = scalar(b, start, end)
            if c == "由" && next != "于" { return true }
            if c == "从" && next != "事" && next != "而" { return true }
            if isClauseStop(c) { return false }
            seen += 1
            next = c
            end = start
        }
        return false
    }

    /// `toPattern` without a regex: no ，。；,; at all, and a 到/至/为 among the first 13 characters
    /// with at most 10 after it.
    static func leadsTo(_ s: String) -> Bool { leadsTo(Array(s.utf8)[...]) }

    /// `leadsTo` on UTF-8 bytes.
    static func leadsTo(_ b: ArraySlice<UInt8>) -> Bool {
        var count = 0
        var lastLead = -1   // scalar index of the last 到/至/为 among the first 13
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            let end = min(b.endIndex, i + len)
            let u = scalar(b, i, end)
            if isClauseStop(u) && u != "：" { return false }   // toStops: the clause stops but ：
            if count <= 12 && (u == "到" || u == "至" || u == "为") { lastLead = count }
            count += 1
            i = end
        }
        return lastLead >= 0 && count - lastLead - 1 <= 10
    }

    /// The scalar of whole UTF-8 bytes `start..<end` (U+FFFD when they are not one).
    @inline(__always)
    static func scalar(_ b: ArraySlice<UInt8>, _ start: Int, _ end: Int) -> Unicode.Scalar {
        let c = b[start]
        let len = end - start
        if len == 1 { return c < 0x80 ? Unicode.Scalar(c) : "\u{FFFD}" }
        var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
        for k in (start + 1)..<end { v = v << 6 | (UInt32(b[k]) & 0x3F) }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    /// Tags, entities and every kind of space removed: 收 入 完 成 → 收入完成.
    /// One pass over the UTF-8 bytes (the `tag` pattern's <…>, &name; and &#123; read by hand).
    static func cleaned(_ raw: String) -> String {
        String(decoding: cleanedBytes(raw), as: UTF8.self)
    }

    /// `cleaned` as UTF-8 bytes.
    static func cleanedBytes(_ raw: String) -> [UInt8] {
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
                let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                let end = min(n, i + len)
                if !SentenceReader.isDroppedSpace(u, i, len) { out.append(contentsOf: u[i..<end]) }
                i = end
            }
            return out
        }
    }

    /// The multi-byte character of `len` bytes at `i` is a space `cleaned` drops: a Unicode White_Space scalar
    /// (U+0085, U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), a soft hyphen, a
    /// zero-width space or a BOM. Read off the bytes (the text is whole UTF-8): no property lookup per character.
    @inline(__always)
    static func isDroppedSpace<C: RandomAccessCollection>(_ u: C, _ i: Int, _ len: Int) -> Bool
        where C.Element == UInt8, C.Index == Int {
        let c = u[i]
        guard i + len <= u.endIndex else { return false }
        switch (c, len) {
        case (0xC2, 2):
            let b = u[i + 1]
            return b == 0x85 || b == 0xA0 || b == 0xAD
        case (0xE1, 3): return u[i + 1] == 0x9A && u[i + 2] == 0x80
        case (0xE2, 3):
            let b1 = u[i + 1], b2 = u[i + 2]
            if b1 == 0x80 { return b2 <= 0x8B || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF }
            return b1 == 0x81 && b2 == 0x9F
        case (0xE3, 3): return u[i + 1] == 0x80 && u[i + 2] == 0x80
        case (0xEF, 3): return u[i + 1] == 0xBB && u[i + 2] == 0xBF
        default: return false
        }
    }

    static let blockTags: Set<String> = ["p", "br", "div", "td", "th", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                         "table", "section", "article", "ul", "ol", "body", "title", "hr"]

    /// `blockTags` packed as `boundaries` reads tag names (tag names are shorter than 8 bytes).
    static let blockTagCodes: Set<UInt64> = Set(blockTags.map { $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })

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
                // The name's first 8 letters or digits, lowercased, packed into a UInt64 (no String per tag).
                var name: UInt64 = 0, length = 0
                while j < n, length < 8, (b[j] >= 0x61 && b[j] <= 0x7A) || (b[j] >= 0x41 && b[j] <= 0x5A) || (b[j] >= 0x30 && b[j] <= 0x39) {
                    name = name << 8 | UInt64(b[j] | 0x20); length += 1; j += 1
                }
                if blockTagCodes.contains(name) { out.append(i) }
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
        if let joined = columnJoins(b, lineStarts: nil, hasTags: !tags.isEmpty), !joined.isEmpty {
            let set = Set(joined)
            out.removeAll { set.contains($0) }
        }
        return (out + tags).sorted()
    }

    /// The paragraph number of an offset (paragraph breaks before it).
    func paragraph(at offset: Int) -> Int {
        var lo = 0, hi = paragraphs.count
        while lo < hi { let mid = (lo + hi) / 2; if paragraphs[mid] < offset { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// 全市高中阶段共有学校8所。招生8057人，…专任教师2287人。 and then 其中普通高中6所，招生5735人…。普通高中共有教职工2100人，
    /// 专任教师1931人。: a paragraph that opens with 其中 sets out a part of what the paragraph it hangs on is about, in
    /// every sentence of it. The number of that paragraph — the nearest one before it with text that does not open with
    /// 其中 (a second such paragraph, 其中中等职业学校…, hangs on the same one) — for a paragraph that opens with 其中;
    /// -1 for any other. `memo` keeps each paragraph's answer.
    func wholeParagraph(of p: Int, memo: inout [Int: Int]) -> Int {
        if let known = memo[p] { return known }
        var out = -1
        if opensWithPart(paragraph: p) == true {
            var q = p - 1
            while q >= 0 {
                // A paragraph without text (a blank line, the space between two blocks) or another 其中 paragraph.
                if opensWithPart(paragraph: q) != false { q -= 1; continue }
                out = q
                break
            }
        }
        memo[p] = out
        return out
    }

    /// Whether paragraph `p`'s text opens with 其中; nil when it has no text.
    func opensWithPart(paragraph p: Int) -> Bool? {
        let start = p == 0 ? 0 : paragraphs[min(p, paragraphs.count) - 1]
        let end = p < paragraphs.count ? paragraphs[p] : source.bytes.count
        let text = cleanedBytes(start..<max(start, end))
        guard !text.isEmpty else { return nil }
        return text.starts(with: SentenceReader.qizhong)
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
