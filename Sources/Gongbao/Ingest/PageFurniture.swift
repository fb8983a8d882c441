/// Lines of a PDF's text that belong to the printed page, not to the article: page numbers (—3—, - 12 -, －3－,
/// 第3页, 第 3 页 共 10 页, 3/10, a bare 3 next to the page's form feed) and the form feed (U+000C) that ends the page.
///
/// Why: pdftotext writes a page's number as its last line with a form feed after it, so a sentence that runs over a
/// page breaks three times: 一般公共预算支出完成⏎—3—␌⏎199.9亿元. Kept, the form feed is a deliberate break (the
/// figure 199.9亿元 loses its subject) and without it the page number would enter the subject (支出完成—3—). Dropped
/// with its line end, the line joiner sees 支出完成⏎199.9亿元 like any other hard line break and joins it.
///
/// What counts, so that no figure of the article is lost:
/// - a number between dashes on a line of its own (—3—, - 12 -, － 3 －) is a page number anywhere: that is how
///   Chinese official documents print them, and no statement is written that way;
/// - 第3页 (共10页), 3/10 and a bare 3 are page numbers only on the line of a form feed or right beside it; elsewhere a
///   line that is only a number may be a table cell (12⏎2024年 stays two numbers) — but for a bare number of one to
///   three digits inside a column of text (`insideColumn`: an OCR'd newspaper page's number between two lines of a
///   sentence, which the line joiner would read into the figure after it: 增长⏎3⏎5.2% is not 35.2%).
/// A form feed on a dropped line, or alone on the line right after it, goes too; any other form feed stays a break.
/// A newspaper's jump and credit lines ((下转第2版), 责任编辑：王某) go too, wherever they stand (`NewspaperFurniture`).
enum PageFurniture {
    /// Byte ranges of `bytes` to drop (each a whole line with its line end, in order, not overlapping).
    static func ranges(in bytes: [UInt8], lineStarts: [Int]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { ranges(in: $0, lineStarts: lineStarts) }
    }

    static func ranges(in bytes: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) -> [Range<Int>] {
        var dropped: [Range<Int>] = []
        let n = bytes.count
        let lines = lineStarts.count
        func end(of line: Int) -> Int { line + 1 < lines ? lineStarts[line + 1] : n }
        var k = 0
        while k < lines {
            let lo = lineStarts[k], hi = end(of: k)
            // Page furniture is short: skip every longer line after one compare.
            guard hi - lo <= longestLine else { k += 1; continue }
            // A newspaper's jump or credit line goes wherever it stands between two lines of text (`NewspaperFurniture`);
            // at the text's end (青海日报's 编辑：何继红) it breaks no sentence, and the content stays the source itself.
            if k > 0, k + 1 < lines, lineStarts[k + 1] < n, bytes[lineStarts[k + 1]] != 0x0A, bytes[lineStarts[k + 1]] != 0x0D,
               NewspaperFurniture.matches(bytes, lo, hi) {
                dropped.append(lo..<hi)
                k += 1
                continue
            }
            guard let kind = pageNumber(bytes, lo, hi) else { k += 1; continue }
            let formFeedNear = kind.hasFormFeed
                || (k > 0 && endsWithFormFeed(bytes, lineStarts[k - 1], lo))
                || (k + 1 < lines && startsWithFormFeed(bytes, hi, end(of: k + 1)))
            guard kind.dashed || formFeedNear || kind.bare && k >= 2 && k + 1 < lines && insideColumn(bytes, lineStarts, k)
            else { k += 1; continue }
            // The page's form feed goes with its number, wherever the converter put it: at the end of the line
            // before (完成␌⏎第4页⏎), alone on the next line (—3—⏎␌⏎) or at the start of the next (—3—⏎␌199.9亿元).
            if k > 0, let feed = trailingFormFeed(bytes, lineStarts[k - 1], lo), (dropped.last?.upperBound ?? 0) <= feed.lowerBound {
                dropped.append(feed)
            }
            var range = lo..<hi
            if k + 1 < lines, isOnlyFormFeed(bytes, hi, end(of: k + 1)) {
                range = lo..<end(of: k + 1)
                k += 1
            } else if k + 1 < lines {
                range = lo..<leadingFormFeedEnd(bytes, hi, end(of: k + 1))
            }
            dropped.append(range)
            k += 1
        }
        return dropped
    }

    /// The longest line looked at, in bytes: 第 123 页 共 456 页 with spaces and a form feed fits.
    static let longestLine = 48

    struct Kind {
        /// Written between dashes (—3—): a page number even without a form feed.
        var dashed: Bool
        /// The line itself holds a form feed.
        var hasFormFeed: Bool
        /// A bare number of one to three digits (3, 12).
        var bare = false
    }

    /// True when line `k` (a bare number) stands inside a column of text: the two lines before it are full lines of
    /// one width (the same number of characters, give or take one, eight or more) and the one right before it ends
    /// mid-sentence (no 。！？；: ending it), and a line of text follows. That is an OCR'd newspaper page's number between
    /// two lines of a sentence (全年城镇新增就⏎3⏎业1.2万人); a table's cell stands after a label shorter than the
    /// column (项目⏎12⏎2024年 stays).
    static func insideColumn(_ b: UnsafeBufferPointer<UInt8>, _ starts: [Int], _ k: Int) -> Bool {
        let n = b.count
        func bounds(_ line: Int) -> (Int, Int) {
            var hi = line + 1 < starts.count ? starts[line + 1] : n
            while hi > starts[line], b[hi - 1] == 0x0A || b[hi - 1] == 0x0D || b[hi - 1] == 0x20 { hi -= 1 }
            return (starts[line], hi)
        }
        func width(_ line: Int) -> Int {
            let (lo, hi) = bounds(line)
            var c = 0
            for i in lo..<hi where b[i] & 0xC0 != 0x80 { c += 1 }
            return c
        }
        let w1 = width(k - 1), w2 = width(k - 2)
        guard w1 >= 8, abs(w1 - w2) <= 1, width(k + 1) > 0 else { return false }
        let (lo, hi) = bounds(k - 1)
        guard hi > lo else { return false }
        var j = hi - 1
        while j > lo, b[j] & 0xC0 == 0x80 { j -= 1 }
        switch b[j] {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x3A: return false
        case 0xE3: return !(j + 2 < n && b[j + 1] == 0x80 && b[j + 2] == 0x82)  // 。
        case 0xEF: return !(j + 2 < n && b[j + 1] == 0xBC && [0x81, 0x9F, 0x9B, 0x9A].contains(b[j + 2]))  // ！？；：
        default: return true
        }
    }

    /// The line `lo..<hi` (its line end included) read as a page number, or nil.
    static func pageNumber(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Kind? {
        // Most short lines are text (an OCR column's 人才资源总量达到…): their first letter past the blanks is no token,
        // answered before a token list is made (the walk below would stop at it too).
        var first = lo
        while first < hi, b[first] == 0x0C || b[first] == 0x20 || b[first] == 0x09 || b[first] == 0x0A || b[first] == 0x0D {
            first += 1
        }
        if first < hi, token(b, first, hi) == nil { return nil }
        var tokens: [Token] = []
        var formFeed = false
        var i = lo
        while i < hi {
            let c = b[i]
            if c == 0x0C { formFeed = true; i += 1; continue }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            guard let (token, length) = token(b, i, hi) else { return nil }
            if token == .digit, tokens.last == .digit { } else { tokens.append(token) }
            i += length
        }
        guard let kind = shape(tokens) else { return nil }
        return Kind(dashed: kind, hasFormFeed: formFeed, bare: tokens == [.digit] && digitCount(b, lo, hi) <= 3)
    }

    /// The digits of the line `lo..<hi` (ASCII or full-width).
    static func digitCount(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        var c = 0, i = lo
        while i < hi {
            if let (t, len) = token(b, i, hi) { c += t == .digit ? 1 : 0; i += len } else { i += 1 }
        }
        return c
    }

    enum Token: Equatable { case digit, dash, di, ye, gong, slash }

    /// One letter of a page-number line and its length in bytes; nil for anything else (the line is text).
    static func token(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> (Token, Int)? {
        let c = b[i]
        if c >= 0x30 && c <= 0x39 { return (.digit, 1) }
        if c == 0x2D { return (.dash, 1) }
        if c == 0x2F { return (.slash, 1) }
        guard i + 1 < hi else { return nil }
        if c == 0xC2, b[i + 1] == 0xB7 { return (.dash, 2) }  // · (middle dot: ·3·)
        guard i + 2 < hi else { return nil }
        let s = UInt32(c) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])
        switch s {
        case 0xEFBC90...0xEFBC99: return (.digit, 3)  // ０–９
        case 0xE28090...0xE28095, 0xEFBC8D, 0xE383BB, 0xE280A2: return (.dash, 3)  // ‐‑‒–—―, －, ・, •
        case 0xEFBC8F: return (.slash, 3)  // ／
        case 0xE7ACAC: return (.di, 3)  // 第
        case 0xE9A1B5: return (.ye, 3)  // 页
        case 0xE585B1: return (.gong, 3)  // 共
        default: return nil
        }
    }

    /// True for a number between dashes, false for another page-number shape, nil for anything else.
    static func shape(_ t: [Token]) -> Bool? {
        switch t {
        case [.digit]: return false
        case [.digit, .slash, .digit]: return false
        case [.di, .digit, .ye], [.di, .digit, .ye, .gong, .digit, .ye]: return false
        default:
            // —3—, - 3 -, ——3——: dashes, one number, dashes.
            guard let d = t.firstIndex(of: .digit), d > 0, t.lastIndex(of: .digit) == d, d < t.count - 1 else { return nil }
            return t[..<d].allSatisfy { $0 == .dash } && t[(d + 1)...].allSatisfy { $0 == .dash } ? true : nil
        }
    }

    static func endsWithFormFeed(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        trailingFormFeed(b, lo, hi) != nil
    }

    static func startsWithFormFeed(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        leadingFormFeedEnd(b, lo, hi) > lo
    }

    /// The form feeds (and spaces between them) that end the line `lo..<hi` before its line end; nil if none.
    static func trailingFormFeed(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Range<Int>? {
        var end = hi
        while end > lo, b[end - 1] == 0x0A || b[end - 1] == 0x0D { end -= 1 }
        var i = end
        while i > lo, b[i - 1] == 0x0C || b[i - 1] == 0x20 { i -= 1 }
        while i < end, b[i] == 0x20 { i += 1 }
        return i < end ? i..<end : nil
    }

    /// Where the form feeds (and spaces) that open the line `lo..<hi` end; `lo` if it opens with none.
    static func leadingFormFeedEnd(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        var i = lo, end = lo
        while i < hi, b[i] == 0x0C || b[i] == 0x20 {
            i += 1
            if b[i - 1] == 0x0C { end = i }
        }
        return end
    }

    /// A line holding nothing but form feeds and white space, at least one form feed.
    static func isOnlyFormFeed(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var seen = false
        for i in lo..<hi {
            switch b[i] {
            case 0x0C: seen = true
            case 0x20, 0x09, 0x0A, 0x0D: continue
            default: return false
            }
        }
        return seen
    }
}

extension ContentText {
    /// A plain-text document as content: the source itself, less its page furniture (`PageFurniture`). Text with
    /// none — nearly all — is the identity, with nothing stored per byte.
    init(plainText source: SourceText) {
        let drop = PageFurniture.ranges(in: source.bytes, lineStarts: source.lineStartOffsets)
        guard !drop.isEmpty else { self.init(identityOf: source); return }
        var bytes: [UInt8] = [], offsets: [Int32] = []
        bytes.reserveCapacity(source.bytes.count)
        offsets.reserveCapacity(source.bytes.count + 1)
        var from = 0
        for r in drop + [source.bytes.count..<source.bytes.count] {
            bytes.append(contentsOf: source.bytes[from..<r.lowerBound])
            offsets.append(contentsOf: (from..<r.lowerBound).lazy.map { Int32(truncatingIfNeeded: $0) })
            from = r.upperBound
        }
        offsets.append(Int32(truncatingIfNeeded: source.bytes.count))
        self.init(bytes: bytes, sourceOffsets: offsets)
    }

    /// True when the content is the source byte for byte (plain text without page furniture).
    var isIdentity: Bool {
        if case .identity = sourceOffsets.storage { return true }
        return false
    }
}
