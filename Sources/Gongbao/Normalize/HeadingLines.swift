#if canImport(Glibc)
import Glibc
#endif

/// Finds the line breaks of plain text that end a heading, so that the normalizer keeps them.
///
/// Plain text joins across line breaks and even blank lines, because an OCR'd newspaper column breaks lines (and
/// leaves blank lines) inside words and figures: 享受国务院特殊⏎⏎津贴 9 人. A heading has no final punctuation
/// either, so it ran into the first sentence under it: 四、对外经济⏎⏎货物进出口总额456.7亿元 gave the subject
/// 对外经济货物进出口总额. What sets a heading apart is its shape: a line clearly shorter than the column around it,
/// with balanced quotes and brackets, that does not end on a joining mark or a figure, and that stands apart (a
/// blank line before or after it) or opens with an enumeration (一、 （二） 3. 第四章).
enum HeadingLines {
    /// Byte offsets (into `bytes`) of the line feeds that end a heading line followed by more text.
    static func breaks(in bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { breaks(in: $0) }
    }

    /// A line of the text: its byte range without the line feed, and its width: its length in UTF-8 bytes (an
    /// ideograph is 3, a digit 1; a heading's share of its column hardly depends on the measure, and the lines are
    /// then found with memchr alone), 0 for a blank line.
    struct Line {
        var start: Int
        var end: Int
        var width: Int
        var isBlank: Bool { width == 0 }
    }

    /// `breaks(in: bytes)` with the lines' starts already found (`SourceText.lineStartOffsets` of the same bytes: 0,
    /// then the offset after each line feed), so the text is not searched for its line feeds a second time.
    static func breaks(in bytes: [UInt8], lineStarts: [Int]) -> [Int] {
        bytes.withUnsafeBufferPointer { breaks(in: $0, lineStarts: lineStarts) }
    }

    static func breaks(in src: UnsafeBufferPointer<UInt8>, lineStarts: [Int]? = nil) -> [Int] {
        // Cheap exit: a heading line needs a line feed after it and another line after that.
        guard src.count > 8 else { return [] }
        let lines = lineStarts.map { HeadingLines.lines(of: src, lineStarts: $0) } ?? HeadingLines.lines(of: src)
        return breaks(in: src, lines: lines)
    }

    /// The heading breaks (`breaks`) and the breaks of a fixed-width column the normalizer joins across
    /// (`ColumnLines.joinedBreaks`), the text's lines found once for both.
    static func breaksAndColumnJoins(in bytes: [UInt8], lineStarts: [Int]? = nil) -> (kept: [Int], joined: [Int]) {
        bytes.withUnsafeBufferPointer { src in
            guard src.count > 8 else { return ([], []) }
            let lines = lineStarts.map { HeadingLines.lines(of: src, lineStarts: $0) } ?? HeadingLines.lines(of: src)
            let kept = breaks(in: src, lines: lines)
            return (kept, ColumnLines.joinedBreaks(in: src, lines: lines, headingBreaks: kept))
        }
    }

    static func breaks(in src: UnsafeBufferPointer<UInt8>, lines: [Line]) -> [Int] {
        guard lines.count >= 2 else { return [] }
        let columnWidth = typicalWidth(lines)
        var result: [Int] = []
        // The document's first text line with a blank line after it is its title, however short the text under it
        // (2025年9月全市经济运行简况⏎⏎1—9月全市进出口总额305.3亿元。: a page of two lines has no column to compare with).
        // (Not a line holding a clause mark: the first line of an OCR column that a blank line splits.)
        if let first = lines.firstIndex(where: { !$0.isBlank }), let next = nextTextLine(lines, after: first),
           next > first + 1, lines[first].width <= 120, !endsWithSentenceMark(src, lines[first]) {
            let title = scalars(src, lines[first])
            if !title.contains(where: { $0 == 0xFF0C || $0 == 0x2C || $0 == 0x3001 || $0 == 0xFF1B || $0 == 0x3B }),
               readsAsHeading(title) {
                result.append(lines[first].end)
            }
        }
        // (The breadcrumb labels' first characters, read once for the loop.)
        let labelLeads = locationLabelLeads
        for index in lines.indices {
            let line = lines[index]
            if let last = result.last, line.end <= last { continue }
            // The width test first: it rules out nearly every line of a column or a paragraph. A heading is shorter
            // than 3/5 of the column (000's column is 16 ideographs; its headings 4–8).
            guard !line.isBlank, line.end < src.count else { continue }
            // A page's breadcrumb line stands apart whatever its width (a page of two short lines has no column).
            if line.width <= 160, opensWithLocationLabel(src, line, leads: labelLeads), nextTextLine(lines, after: index) != nil,
               readsAsHeading(scalars(src, line)) {
                result.append(line.end)
                continue
            }
            guard line.width * 5 < columnWidth * 3 else {
                // A numbered heading may nearly fill the column (十二、人口、居民生活和社会保障 in a column of 17): short of
                // it by a letter at least, opening with a section number in Chinese numerals, no figure nor clause mark.
                if line.width + 3 <= columnWidth, nearlyFullHeading(src, lines, index) { result.append(line.end) }
                continue
            }
            guard line.width * 5 < neighbourWidth(lines, index) * 3 else { continue }
            guard let next = nextTextLine(lines, after: index), !endsWithSentenceMark(src, line) else { continue }
            let blankAfter = next > index + 1
            let blankBefore = previousIsBlank(lines, index)
            // (Only the few short lines left get decoded, once for both tests.)
            let text = scalars(src, line)
            guard blankAfter || blankBefore || opensWithEnumeration(text) else { continue }
            guard readsAsHeading(text) else { continue }
            result.append(line.end)
        }
        // A line opening with a section number in Chinese numerals (二、2026年工作安排, （四）锚定农业农村现代化, 第三章)
        // starts its own line whatever the line before it: joined to a title of the column's width it was no heading
        // (吉林省政府工作报告⏎二、2026年工作安排 read as one line, and the plan section under it was lost). Arabic numbers
        // are left out: a line may open with the rest of a figure an OCR column broke (增长⏎3.5%).
        var before: [Int] = []
        var index = 1
        while index < lines.count {
            // (The first two bytes first: E4 B8 一三七两, E4 BA 二五, E4 B9 九, E5 9B 四, E5 85 六八, E5 8D 十, E3 80 〇,
            // EF BC （, E7 AC 第 — most lines lead with another ideograph.)
            let line = lines[index]
            if line.width >= 6, line.start + 1 < line.end {
                switch UInt16(src[line.start]) << 8 | UInt16(src[line.start + 1]) {
                case 0xE4B8, 0xE4BA, 0xE4B9, 0xE59B, 0xE585, 0xE58D, 0xE380, 0xEFBC, 0xE7AC:
                    if opensWithChineseNumber(src, line) { before.append(lines[index - 1].end) }
                default:
                    // (A line led by blanks is read past them.)
                    if src[line.start] == 0x20 || src[line.start] == 0x09, opensWithChineseNumber(src, line) {
                        before.append(lines[index - 1].end)
                    }
                }
            }
            index += 1
        }
        guard !before.isEmpty else { return result }
        // (Both lists ascend: merged, each break once.)
        var merged: [Int] = []
        merged.reserveCapacity(result.count + before.count)
        var a = 0, b = 0
        while a < result.count || b < before.count {
            let x = b == before.count || (a < result.count && result[a] <= before[b]) ? result[a] : before[b]
            if x == (a < result.count ? result[a] : -1) { a += 1 } else { b += 1 }
            if merged.last != x { merged.append(x) }
        }
        return merged
    }

    /// A heading too long for the width test (`breaks`): a line opening with a section number in Chinese numerals
    /// (十二、 （三） 第四章), shorter than the lines around it, with another line after it, and words that read as a
    /// heading with no digit and no clause mark (，；：) — the first line of a numbered paragraph that a column broke
    /// (一、全年地区生产总值123亿元，增) holds a figure or a comma.
    static func nearlyFullHeading(_ src: UnsafeBufferPointer<UInt8>, _ lines: [Line], _ index: Int) -> Bool {
        let line = lines[index]
        // (The first two bytes first, as for the breaks before such lines below: most lines lead with another ideograph.)
        guard line.start + 1 < line.end else { return false }
        switch UInt16(src[line.start]) << 8 | UInt16(src[line.start + 1]) {
        case 0xE4B8, 0xE4BA, 0xE4B9, 0xE59B, 0xE585, 0xE58D, 0xE380, 0xEFBC, 0xE7AC: break
        default: return false
        }
        guard opensWithChineseNumber(src, line), line.width + 3 <= neighbourWidth(lines, index),
              nextTextLine(lines, after: index) != nil, !endsWithSentenceMark(src, line) else { return false }
        let text = scalars(src, line)
        if text.contains(where: { WhitespaceJoining.isDigit($0) || (0xFF10...0xFF19).contains($0)
            || $0 == 0xFF0C || $0 == 0x2C || $0 == 0xFF1B || $0 == 0x3B || $0 == 0xFF1A || $0 == 0x3A }) { return false }
        return readsAsHeading(text)
    }

    /// Whether the line opens with a section number in Chinese numerals (二、 十二、 （四） 第三章): its first letters read
    /// in its bytes — （ or 第, or a Chinese digit (`chineseDigits`) before 、 or another — and only such a line's
    /// opening decoded for `opensWithEnumeration` (asked of every line of the text; most fail on their first letter,
    /// 一是 and 三年来 on their second).
    static func opensWithChineseNumber(_ src: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        var i = line.start
        while i < line.end, src[i] == 0x20 || src[i] == 0x09 { i += 1 }
        @inline(__always) func scalar(at k: Int) -> UInt32 {
            guard k + 2 < line.end, src[k] >= 0xE0, src[k] < 0xF0 else { return 0 }
            return UInt32(src[k] & 0x0F) << 12 | UInt32(src[k + 1] & 0x3F) << 6 | UInt32(src[k + 2] & 0x3F)
        }
        let first = scalar(at: i)
        if first != 0xFF08, first != 0x7B2C {
            guard chineseDigits.contains(first) else { return false }
            let second = scalar(at: i + 3)
            guard second == 0x3001 || chineseDigits.contains(second) else { return false }
        }
        return opensWithEnumeration(scalars(src, Line(start: i, end: min(line.end, i + 36), width: 0)))
    }

    static func lines(of src: UnsafeBufferPointer<UInt8>) -> [Line] {
        guard let base = src.baseAddress else { return [] }
        let n = src.count
        var lines: [Line] = []
        lines.reserveCapacity(n / 40 + 1)
        var start = 0
        while start <= n {
            var end = n
            if start < n, let hit = memchr(base + start, 0x0A, n - start) {
                end = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            }
            lines.append(Line(start: start, end: end, width: isBlank(base, start, end) ? 0 : end - start))
            start = end + 1
        }
        return lines
    }

    /// `lines(of: src)` from the lines' starts (the reference it is tested against is that memchr walk).
    static func lines(of src: UnsafeBufferPointer<UInt8>, lineStarts starts: [Int]) -> [Line] {
        guard let base = src.baseAddress else { return [] }
        let n = src.count
        var lines: [Line] = []
        lines.reserveCapacity(starts.count)
        for k in starts.indices {
            let start = starts[k]
            let end = k + 1 < starts.count ? starts[k + 1] - 1 : n
            lines.append(Line(start: start, end: end, width: isBlank(base, start, end) ? 0 : end - start))
        }
        return lines
    }

    /// True when the bytes hold only blanks (space, tab, CR, U+3000); most lines fail at their first byte.
    static func isBlank(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let b = p[i]
            if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
            if b == 0xE3, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0x80 { i += 3; continue }
            return false
        }
        return true
    }

    /// The column's width: the upper quartile of the text lines (most lines of a column are full), read from a
    /// histogram (no sort of a long document's lines) as wide as the widest line, at most 4096: an OCR column of
    /// 16 letters a line fills and reads 17 counters, not 4097.
    static func typicalWidth(_ lines: [Line]) -> Int {
        let cap = 4096
        var count = 0, widest = 0
        for line in lines where !line.isBlank {
            count += 1
            widest = max(widest, line.width)
        }
        guard count > 0 else { return 0 }
        if count < 3 { return widest }
        let top = min(widest, cap)
        let rank = count * 3 / 4   // the 0-based rank of the upper quartile among the sorted widths
        // (A report's paragraphs run to thousands of bytes: counters of 64 widths each find the block of the quartile,
        // then 64 counters its width, where a counter per width was zeroed and summed up to the quartile.)
        if top >= 256 { return quartileInBlocks(lines, top: top, rank: rank) }
        var histogram = [Int32](repeating: 0, count: top + 1)
        for line in lines where !line.isBlank {
            histogram[min(line.width, top)] += 1
        }
        var seen = 0
        for width in 0...top {
            seen += Int(histogram[width])
            if seen > rank { return width }
        }
        return top
    }

    /// The width of 0-based rank `rank` among the text lines' widths (each counted as at most `top`, at most 4096), in
    /// two passes: how many fall in each block of 64 widths, then, in the block holding the rank, how many have each
    /// width (counters 72 and up).
    static func quartileInBlocks(_ lines: [Line], top: Int, rank: Int) -> Int {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 136) { counts in
            counts.initialize(repeating: 0)
            let blocks = top >> 6 + 1
            precondition(blocks <= 72, "HeadingLines: widths past the cap")
            for line in lines where !line.isBlank { counts[min(line.width, top) >> 6] += 1 }
            var seen = 0, block = 0
            while block < blocks, seen + Int(counts[block]) <= rank {
                seen += Int(counts[block])
                block += 1
            }
            guard block < blocks else { return top }
            for line in lines where !line.isBlank {
                let width = min(line.width, top)
                if width >> 6 == block { counts[72 + width & 63] += 1 }
            }
            for k in 0..<64 {
                seen += Int(counts[72 + k])
                if seen > rank { return block << 6 | k }
            }
            return top
        }
    }

    /// The widest of up to three text lines on either side: a narrow column (beside a picture) has short lines
    /// that are no headings.
    static func neighbourWidth(_ lines: [Line], _ index: Int) -> Int {
        var widest = 0
        var seen = 0, k = index - 1
        while k >= 0, seen < 3 {
            if !lines[k].isBlank { widest = max(widest, lines[k].width); seen += 1 }
            k -= 1
        }
        seen = 0; k = index + 1
        while k < lines.count, seen < 3 {
            if !lines[k].isBlank { widest = max(widest, lines[k].width); seen += 1 }
            k += 1
        }
        return widest
    }

    static func nextTextLine(_ lines: [Line], after index: Int) -> Int? {
        var k = index + 1
        while k < lines.count {
            if !lines[k].isBlank { return k }
            k += 1
        }
        return nil
    }

    static func previousIsBlank(_ lines: [Line], _ index: Int) -> Bool {
        index == 0 || lines[index - 1].isBlank
    }

    /// The line's scalars without the blanks around it, decoded from the bytes (well-formed UTF-8, as the decoder
    /// hands it on); a line holding an ill-formed sequence goes through String, which reads it as U+FFFD.
    /// 　四、对外经济 → 四 、 对 外 经 济 (the leading U+3000 dropped).
    static func scalars(_ src: UnsafeBufferPointer<UInt8>, _ line: Line) -> [UInt32] {
        guard let p = src.baseAddress else { return [] }
        var out: [UInt32] = []
        out.reserveCapacity(line.end - line.start)
        var i = line.start
        while i < line.end {
            let b0 = UInt32(p[i])
            if b0 < 0x80 { out.append(b0); i &+= 1; continue }
            switch UTF8Scan.sequenceLength(p, i, line.end) {
            case 2:
                out.append(((b0 & 0x1F) << 6) | (UInt32(p[i &+ 1]) & 0x3F))
                i &+= 2
            case 3:
                out.append(((b0 & 0x0F) << 12) | ((UInt32(p[i &+ 1]) & 0x3F) << 6) | (UInt32(p[i &+ 2]) & 0x3F))
                i &+= 3
            case 4:
                out.append(((b0 & 0x07) << 18) | ((UInt32(p[i &+ 1]) & 0x3F) << 12)
                           | ((UInt32(p[i &+ 2]) & 0x3F) << 6) | (UInt32(p[i &+ 3]) & 0x3F))
                i &+= 4
            default:
                return scalarsThroughString(src, line)
            }
        }
        return trimmed(out)
    }

    /// `scalars(_:_:)` through a String (any bytes, repaired as Swift repairs them): the reference the decoding above
    /// is tested against.
    static func scalarsThroughString(_ src: UnsafeBufferPointer<UInt8>, _ line: Line) -> [UInt32] {
        trimmed(String(decoding: UnsafeBufferPointer(rebasing: src[line.start..<line.end]), as: UTF8.self)
            .unicodeScalars.map(\.value))
    }

    /// Without the blanks at either end.
    static func trimmed(_ scalars: [UInt32]) -> [UInt32] {
        var lo = 0, hi = scalars.count
        while lo < hi, isBlank(scalars[lo]) { lo += 1 }
        while hi > lo, isBlank(scalars[hi - 1]) { hi -= 1 }
        return lo == 0 && hi == scalars.count ? scalars : Array(scalars[lo..<hi])
    }

    static func isBlank(_ s: UInt32) -> Bool { s == 0x20 || s == 0x09 || s == 0x0D || s == 0x3000 || s == 0xA0 }

    /// Shape of the words of a heading: two ideographs at least, quotes and brackets closed, and no last mark that
    /// carries the sentence on (，、“（ …), no figure at the end (增长⏎5.2%), no sentence end (that break is kept anyway).
    /// Most short lines end a paragraph with 。 (E3 80 82) or ；：！？ (EF BC 9B/9A/81/9F): told from the bytes.
    static func endsWithSentenceMark(_ src: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        var e = line.end
        while e > line.start, src[e - 1] == 0x20 || src[e - 1] == 0x0D || src[e - 1] == 0x09 { e -= 1 }
        guard e - line.start >= 3 else { return false }
        if src[e - 3] == 0xE3, src[e - 2] == 0x80, src[e - 1] == 0x82 { return true }
        guard src[e - 3] == 0xEF, src[e - 2] == 0xBC else { return false }
        switch src[e - 1] {
        case 0x9B, 0x9A, 0x81, 0x9F: return true
        default: return false
        }
    }

    /// The labels of a breadcrumb line (furniture.yaml `location_labels`), as UTF-8.
    static let locationLabels: [[UInt8]] = NewspaperFurniture.words.location.map { Array($0.utf8) }
    /// The first character of each label as its three UTF-8 bytes in one word (当 → E5BD93): a line is looked at
    /// further only when it opens with one of these few characters.
    static let locationLabelLeads: [UInt32] = Array(Set(locationLabels.compactMap { l in
        l.count >= 3 ? UInt32(l[0]) << 16 | UInt32(l[1]) << 8 | UInt32(l[2]) : nil
    }))

    /// The line opens (after blanks) with a breadcrumb's label and a colon or a blank after it (您的位置: 首页 资讯国内,
    /// 当前位置：首页 > 要闻): a page saved as text prints it on a line of its own above the headline, with no blank line
    /// between, and the headline is no continuation of it. (Read in the bytes, with plain loops: asked of every line.)
    static func opensWithLocationLabel(_ src: UnsafeBufferPointer<UInt8>, _ line: Line,
                                       leads: [UInt32] = locationLabelLeads) -> Bool {
        var i = line.start
        while i < line.end, src[i] == 0x20 || src[i] == 0x09 { i += 1 }
        guard i + 6 < line.end else { return false }
        let lead = UInt32(src[i]) << 16 | UInt32(src[i + 1]) << 8 | UInt32(src[i + 2])
        guard leads.contains(lead) else { return false }
        for label in locationLabels where i + label.count < line.end {
            var same = true
            var j = 0
            while j < label.count { if src[i + j] != label[j] { same = false; break }; j += 1 }
            guard same else { continue }
            let k = i + label.count
            // A colon (: or ：), a blank or an ideographic space after the label.
            if src[k] == 0x3A || src[k] == 0x20 || src[k] == 0x09 { return true }
            if k + 2 < line.end, src[k] == 0xEF, src[k + 1] == 0xBC, src[k + 2] == 0x9A { return true }
            if k + 2 < line.end, src[k] == 0xE3, src[k + 1] == 0x80, src[k + 2] == 0x80 { return true }
        }
        return false
    }

    /// (On the line's scalars, blanks around them removed.) One pass counts the ideographs and the depth of each
    /// quote and bracket pair; the ends are then read as `readsAsHeadingSlow` reads them.
    static func readsAsHeading(_ text: [UInt32]) -> Bool {
        var ideographs = 0
        var quotes = 0, fullParens = 0, parens = 0, titles = 0, lenticular = 0, corners = 0
        for s in text {
            switch s {
            case 0x201C: quotes += 1
            case 0x201D: quotes -= 1
            case 0xFF08: fullParens += 1
            case 0xFF09: fullParens -= 1
            case 0x28: parens += 1
            case 0x29: parens -= 1
            case 0x300A: titles += 1
            case 0x300B: titles -= 1
            case 0x3010: lenticular += 1
            case 0x3011: lenticular -= 1
            case 0x300C: corners += 1
            case 0x300D: corners -= 1
            default: if WhitespaceJoining.isCJK(s) { ideographs += 1 }
            }
        }
        guard ideographs >= 2 else { return false }
        guard quotes | fullParens | parens | titles | lenticular | corners == 0 else { return false }
        return endsAsHeading(text)
    }

    /// The end of a heading's words: no sentence end, no mark that carries on, no figure, no Latin letter.
    static func endsAsHeading(_ text: [UInt32]) -> Bool {
        var lastIndex = text.count - 1
        while lastIndex > 0, closers.contains(text[lastIndex]) { lastIndex -= 1 }
        let last = text[lastIndex]
        if WhitespaceJoining.isSentenceEnd(last) || sentenceEnds.contains(last) { return false }
        if carriesOn.contains(last) { return false }
        // A figure at the end, its scale or 余 after it included: 各类人才资源达 7.8 万⏎人.
        var k = lastIndex
        while k > 0, isBlank(text[k]) || figureTails.contains(text[k]) { k -= 1 }
        if WhitespaceJoining.isDigit(text[k]) || (0xFF10...0xFF19).contains(text[k]) { return false }
        if last < 0x80, (last | 0x20) >= 0x61, (last | 0x20) <= 0x7A { return false }
        return true
    }

    /// `readsAsHeading` as first written (a pass for the ideographs, one per bracket pair; the end read by the same
    /// `endsAsHeading`): the reference it is tested against.
    static func readsAsHeadingSlow(_ text: [UInt32]) -> Bool {
        var ideographs = 0
        for s in text where WhitespaceJoining.isCJK(s) { ideographs += 1 }
        guard ideographs >= 2, endsAsHeading(text) else { return false }
        for (open, close) in pairs {
            var depth = 0
            for s in text {
                if s == open { depth += 1 } else if s == close { depth -= 1 }
            }
            if depth != 0 { return false }
        }
        return true
    }

    // (The marks below are short lists, read by a linear search: no hashing for the few short lines asked.)

    /// 。！？；： in their full-width forms too (plain text is read before width folding).
    static let sentenceEnds: [UInt32] = [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0xFF61]
    /// Marks after which the sentence goes on: ，、“‘（《〈【「『—…·, and their ASCII forms.
    static let carriesOn: [UInt32] = [0xFF0C, 0x2C, 0x3001, 0x201C, 0x2018, 0xFF08, 0x28, 0x300A, 0x3008, 0x3010,
                                          0x300C, 0x300E, 0x2014, 0x2026, 0xB7, 0x2D, 0xFF0D, 0x25, 0xFF05, 0x2030]
    /// What may follow the digits of a figure at a line's end: 万 亿 千 百 十 余 多 and the point.
    static let figureTails: [UInt32] = [0x4E07, 0x4EBF, 0x5343, 0x767E, 0x5341, 0x4F59, 0x591A, 0x2E, 0xFF0E]
    /// Closing quotes and brackets: a heading may end in one (打造“人才强磁场”), a sentence too (…之地。”).
    static let closers: [UInt32] = [0x201D, 0x2019, 0xFF09, 0x29, 0x300B, 0x3009, 0x3011, 0x300D, 0x300F]
    static let pairs: [(UInt32, UInt32)] = [(0x201C, 0x201D), (0xFF08, 0xFF09), (0x28, 0x29), (0x300A, 0x300B),
                                            (0x3010, 0x3011), (0x300C, 0x300D)]

    /// 一、 十二、 （三） (3) 4. 5、 6． 第七章/节/部分/篇/条, with blanks allowed inside (PDF text spaces letters out).
    static func opensWithEnumeration(_ src: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        opensWithEnumeration(scalars(src, line))
    }

    /// `opensWithEnumeration` on the line's scalars, the blanks inside stepped over where they stand (no copy of the
    /// line without them: most short lines of an OCR column are asked, 二 、 人才队伍 as much as 人才总量达到).
    static func opensWithEnumeration(_ scalars: [UInt32]) -> Bool {
        scalars.withUnsafeBufferPointer { t in
            let n = t.count
            // The first index from k that holds no blank (n if none).
            func solid(_ k: Int) -> Int {
                var k = k
                while k < n, isBlank(t[k]) { k += 1 }
                return k
            }
            let first = solid(0)
            guard first < n, solid(first + 1) < n else { return false }
            let bracketed = t[first] == 0xFF08 || t[first] == 0x28
            let ordinal = t[first] == 0x7B2C   // 第
            var i = bracketed || ordinal ? solid(first + 1) : first
            let digitsStart = i
            while i < n, isEnumerationDigit(t[i]) { i = solid(i + 1) }
            guard i > digitsStart, i < n else { return false }
            let mark = t[i]
            if bracketed { return mark == 0xFF09 || mark == 0x29 }
            if ordinal { return mark == 0x7AE0 || mark == 0x8282 || mark == 0x90E8 || mark == 0x7BC7 || mark == 0x6761 }   // 章 节 部 篇 条
            return mark == 0x3001 || mark == 0x2E || mark == 0xFF0E
        }
    }

    /// `opensWithEnumeration` on a copy of the scalars without their blanks: the reference the walk above is tested
    /// against.
    static func opensWithEnumerationSlow(_ scalars: [UInt32]) -> Bool {
        let text = scalars.filter { !isBlank($0) }
        guard text.count >= 2 else { return false }
        var i = 0
        let bracketed = text[0] == 0xFF08 || text[0] == 0x28
        if bracketed { i = 1 }
        let ordinal = text.first == 0x7B2C   // 第
        if ordinal { i = 1 }
        let digitsStart = i
        while i < text.count, isEnumerationDigit(text[i]) { i += 1 }
        guard i > digitsStart, i < text.count else { return false }
        let mark = text[i]
        if bracketed { return mark == 0xFF09 || mark == 0x29 }
        if ordinal { return [0x7AE0, 0x8282, 0x90E8, 0x7BC7, 0x6761].contains(mark) }   // 章 节 部 篇 条
        return mark == 0x3001 || mark == 0x2E || mark == 0xFF0E
    }

    static func isEnumerationDigit(_ s: UInt32) -> Bool {
        WhitespaceJoining.isDigit(s) || chineseDigits.contains(s)
    }

    /// 〇一二三四五六七八九十 and 两 (Normalize reads no further than its own stage, so not ChineseNumeral).
    static let chineseDigits: [UInt32] = [0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
                                             0x4E5D, 0x5341, 0x4E24]
}

/// Sorted offsets of line feeds to keep, asked in increasing order (one cursor, no search per run).
struct KeptBreaks {
    let offsets: [Int]
    var next = 0

    init(_ offsets: [Int]) { self.offsets = offsets }

    /// True when a kept line feed lies in `range`; ranges must be asked in increasing order.
    @inline(__always)
    mutating func any(in range: Range<Int>) -> Bool {
        guard next < offsets.count else { return false }
        while next < offsets.count, offsets[next] < range.lowerBound { next += 1 }
        return next < offsets.count && offsets[next] < range.upperBound
    }
}
