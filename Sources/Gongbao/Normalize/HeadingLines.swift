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

    /// A line of the text: its byte range without the line feed, and its width in columns (CJK count two).
    struct Line {
        var start: Int
        var end: Int
        var width: Int
        var isBlank: Bool { width == 0 }
    }

    static func breaks(in src: UnsafeBufferPointer<UInt8>) -> [Int] {
        // Cheap exit: a heading line needs a line feed after it and another line after that.
        guard src.count > 8 else { return [] }
        let lines = lines(of: src)
        guard lines.count >= 2 else { return [] }
        let columnWidth = typicalWidth(lines)
        var result: [Int] = []
        for (index, line) in lines.enumerated() where !line.isBlank && line.end < src.count {
            // The width test first: it rules out nearly every line of a column or a paragraph.
            guard Double(line.width) < shortShare * Double(columnWidth) else { continue }
            let around = neighbourWidth(lines, index)
            guard Double(line.width) < shortShare * Double(around) else { continue }
            guard let next = nextTextLine(lines, after: index) else { continue }
            let blankAfter = next > index + 1
            let blankBefore = previousIsBlank(lines, index)
            guard blankAfter || blankBefore || opensWithEnumeration(src, line) else { continue }
            guard readsAsHeading(src, line) else { continue }
            result.append(line.end)
        }
        return result
    }

    /// A heading is shorter than this share of the column (000's column is 16 ideographs; its headings 4–8).
    static let shortShare = 0.6

    static func lines(of src: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = 0, width = 0, lastText = -1
        var i = 0
        let n = src.count
        while i < n {
            let b = src[i]
            if b == 0x0A {
                lines.append(Line(start: start, end: i, width: lastText < 0 ? 0 : width))
                start = i + 1; width = 0; lastText = -1
            } else if b < 0x80 {
                width += 1
                if b > 0x20 { lastText = i }
            } else if b >= 0xC0 {
                // U+3000 (ideographic space) is blank; other non-ASCII scalars count as text.
                let isIdeographicSpace = b == 0xE3 && i + 2 < n && src[i + 1] == 0x80 && src[i + 2] == 0x80
                width += 2
                if !isIdeographicSpace { lastText = i }
            }
            i += 1
        }
        lines.append(Line(start: start, end: n, width: lastText < 0 ? 0 : width))
        return lines
    }

    /// The column's width: the upper quartile of the text lines (most lines of a column are full).
    static func typicalWidth(_ lines: [Line]) -> Int {
        let widths = lines.filter { !$0.isBlank }.map(\.width).sorted()
        guard !widths.isEmpty else { return 0 }
        if widths.count < 3 { return widths[widths.count - 1] }
        return widths[widths.count * 3 / 4]
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

    /// The line's scalars without the blanks around it.
    static func scalars(_ src: UnsafeBufferPointer<UInt8>, _ line: Line) -> [UInt32] {
        // Only the few short lines reach here, so a String of the line is cheap enough.
        var out = String(decoding: UnsafeBufferPointer(rebasing: src[line.start..<line.end]), as: UTF8.self)
            .unicodeScalars.map(\.value)
        while let f = out.first, isBlank(f) { out.removeFirst() }
        while let l = out.last, isBlank(l) { out.removeLast() }
        return out
    }

    static func isBlank(_ s: UInt32) -> Bool { s == 0x20 || s == 0x09 || s == 0x0D || s == 0x3000 || s == 0xA0 }

    /// Shape of the words of a heading: two ideographs at least, quotes and brackets closed, and no last mark that
    /// carries the sentence on (，、“（ …), no figure at the end (增长⏎5.2%), no sentence end (that break is kept anyway).
    static func readsAsHeading(_ src: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        let text = scalars(src, line)
        guard text.filter(WhitespaceJoining.isCJK).count >= 2 else { return false }
        var lastIndex = text.count - 1
        while lastIndex > 0, closers.contains(text[lastIndex]) { lastIndex -= 1 }
        let last = text[lastIndex]
        if WhitespaceJoining.isSentenceEnd(last) || sentenceEnds.contains(last) { return false }
        if carriesOn.contains(last) || WhitespaceJoining.isDigit(last) { return false }
        if last < 0x80, (last | 0x20) >= 0x61, (last | 0x20) <= 0x7A { return false }
        for (open, close) in pairs {
            var depth = 0
            for s in text {
                if s == open { depth += 1 } else if s == close { depth -= 1 }
            }
            if depth != 0 { return false }
        }
        return true
    }

    /// 。！？；： in their full-width forms too (plain text is read before width folding).
    static let sentenceEnds: Set<UInt32> = [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0xFF61]
    /// Marks after which the sentence goes on: ，、“‘（《〈【「『—…·, and their ASCII forms.
    static let carriesOn: Set<UInt32> = [0xFF0C, 0x2C, 0x3001, 0x201C, 0x2018, 0xFF08, 0x28, 0x300A, 0x3008, 0x3010,
                                          0x300C, 0x300E, 0x2014, 0x2026, 0xB7, 0x2D, 0xFF0D, 0x25, 0xFF05, 0x2030]
    /// Closing quotes and brackets: a heading may end in one (打造“人才强磁场”), a sentence too (…之地。”).
    static let closers: Set<UInt32> = [0x201D, 0x2019, 0xFF09, 0x29, 0x300B, 0x3009, 0x3011, 0x300D, 0x300F]
    static let pairs: [(UInt32, UInt32)] = [(0x201C, 0x201D), (0xFF08, 0xFF09), (0x28, 0x29), (0x300A, 0x300B),
                                            (0x3010, 0x3011), (0x300C, 0x300D)]

    /// 一、 十二、 （三） (3) 4. 5、 6． 第七章/节/部分/篇/条, with blanks allowed inside (PDF text spaces letters out).
    static func opensWithEnumeration(_ src: UnsafeBufferPointer<UInt8>, _ line: Line) -> Bool {
        let text = scalars(src, line).filter { !isBlank($0) }
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
    static let chineseDigits: Set<UInt32> = [0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
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
