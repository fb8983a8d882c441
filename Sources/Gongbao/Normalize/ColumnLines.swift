/// Finds the line breaks of a fixed-width column that fall right after a full stop (。) by chance.
///
/// The normalizer keeps a line break after 。；：！？ as a paragraph end (`WhitespaceJoining.isSentenceEnd`). In text
/// laid out as a column of one fixed width (a re-wrapped file, a fixed-width export: every line of a paragraph but
/// its last holds exactly the column's number of characters), a full line that ends on 。 has most often been cut
/// there by the column, not by its writer: the paragraph runs on (a paragraph holds several sentences, and ends on a
/// full line only by chance). Kept, it parted one paragraph in two, so that a 其中 was parted from its total and a
/// paragraph's figures compared with themselves as two sections' (`check`'s false errors on wrapped clean
/// documents). What is a paragraph end there is a line shorter than the column. A full line ending on ：or ；is left
/// as it is: a colon introduces what follows (以下目标任务：⏎一是…). The validator reads its paragraphs alike
/// (`SentenceReader.layout`), and takes a column's paragraph for one line (`Statement.sharesLine`).
///
/// The column is recognised on its lines' widths counted in characters (Unicode scalars: a digit counts as much as an
/// ideograph, as a fixed-width wrap cuts them): most text lines have one and the same width, and none is wider. A
/// line break after a full line ending on 。 is then joined when a text line follows at once that is no
/// heading (`HeadingLines.breaks`) and opens with no enumeration (一、 （二） 3.): a new paragraph that happens to start
/// after a full line stays apart.
enum ColumnLines {
    /// The fewest text lines a column is recognised on, and its narrowest width: a page of a few lines, or a list of
    /// short items, has no column.
    static let minimumLines = 8
    static let minimumWidth = 8
    /// Lines longer than this many bytes show at once that the text is no column (running paragraphs): the scan
    /// stops at the first one, so that a document of paragraphs costs a line or two.
    static let widestColumnBytes = 320
    /// The text lines the column is recognised on.
    static let sampledLines = 64

    /// Byte offsets (into `src`) of the line feeds after a full column line ending on 。 that the
    /// normalizer joins across; `headingBreaks` are `HeadingLines.breaks` of the same text (ascending).
    /// (`headingBreaks` is asked only of a column.)
    static func joinedBreaks(in src: UnsafeBufferPointer<UInt8>, lines: [HeadingLines.Line],
                             headingBreaks: @autoclosure () -> [Int]) -> [Int] {
        guard let width = columnWidth(src, lines) else { return [] }
        let headingBreaks = headingBreaks()
        var result: [Int] = []
        var heading = 0
        for index in lines.indices.dropLast() {
            let line = lines[index], next = lines[index + 1]
            guard !line.isBlank, !next.isBlank, endsWithFullStop(src, line),
                  scalarCount(src, line) == width else { continue }
            // (A heading line after it starts its own line: its end is one of the heading breaks.)
            while heading < headingBreaks.count, headingBreaks[heading] < next.end { heading += 1 }
            if heading < headingBreaks.count, headingBreaks[heading] == next.end { continue }
            let opening = HeadingLines.scalars(src, HeadingLines.Line(start: next.start, end: min(next.end, next.start + 36),
                                                                      width: 0))
            if HeadingLines.opensWithEnumeration(opening), !opensWithDecimal(opening) { continue }
            result.append(line.end)
        }
        return result
    }

    /// `joinedBreaks` of a text read from scratch, nil when the text is no column: its lines from `lineStarts` (0,
    /// then the offset after each line feed) when known, the heading breaks found only when the text is a column.
    /// The validator's paragraphs (`SentenceReader`) end where the normalizer keeps a line break after a sentence
    /// mark, so that a column's paragraph is one paragraph there too.
    static func joinedBreaks(in bytes: [UInt8], lineStarts: [Int]? = nil) -> [Int]? {
        bytes.withUnsafeBufferPointer { src in
            guard src.count > 8 else { return nil }
            let lines = lineStarts.map { HeadingLines.lines(of: src, lineStarts: $0) } ?? HeadingLines.lines(of: src)
            guard columnWidth(src, lines) != nil else { return nil }
            return joinedBreaks(in: src, lines: lines, headingBreaks: HeadingLines.breaks(in: src, lines: lines))
        }
    }

    /// The column's width in characters when the text is laid out as one: at least `minimumLines` text lines, more
    /// than half of them of one width (at least `minimumWidth`), and none wider — read on its first `sampledLines`
    /// text lines (a column shows in its first page; a long text of short lines is not read to its end). Nil for any
    /// other text, most often after its first long line.
    static func columnWidth(_ src: UnsafeBufferPointer<UInt8>, _ lines: [HeadingLines.Line]) -> Int? {
        var textLines = 0, widest = 0, full = 0
        for line in lines where !line.isBlank {
            guard textLines < sampledLines else { break }
            guard line.width <= widestColumnBytes else { return nil }
            let count = scalarCount(src, line)
            textLines += 1
            if count > widest { widest = count; full = 1 } else if count == widest { full += 1 }
        }
        guard textLines >= minimumLines, widest >= minimumWidth, full * 2 > textLines else { return nil }
        return widest
    }

    /// The line ends on 。 (blanks after it aside). Not on ：or ；: a full line ending on a colon introduces what
    /// follows (“十五五”时期，要努力实现以下目标任务：⏎一是…), and stays a line of its own.
    static func endsWithFullStop(_ src: UnsafeBufferPointer<UInt8>, _ line: HeadingLines.Line) -> Bool {
        let e = textEnd(src, line)
        return e - line.start >= 3 && src[e - 3] == 0xE3 && src[e - 2] == 0x80 && src[e - 1] == 0x82
    }

    /// The line opens with a decimal number (1.5亿元…: the rest of a figure the column broke), not a list number (2.国有…).
    static func opensWithDecimal(_ t: [UInt32]) -> Bool {
        var i = 0
        while i < t.count, WhitespaceJoining.isDigit(t[i]) { i += 1 }
        return i > 0 && i + 1 < t.count && t[i] == 0x2E && WhitespaceJoining.isDigit(t[i + 1])
    }

    /// The line's length in Unicode scalars (its bytes that open a sequence), trailing blanks and a carriage return
    /// left out.
    static func scalarCount(_ src: UnsafeBufferPointer<UInt8>, _ line: HeadingLines.Line) -> Int {
        let end = textEnd(src, line)
        var count = 0
        var i = line.start
        while i < end {
            if src[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// Where the line's text ends: before its trailing spaces, tabs and carriage return.
    static func textEnd(_ src: UnsafeBufferPointer<UInt8>, _ line: HeadingLines.Line) -> Int {
        var e = line.end
        while e > line.start, src[e - 1] == 0x20 || src[e - 1] == 0x0D || src[e - 1] == 0x09 { e -= 1 }
        return e
    }
}
