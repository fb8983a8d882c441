import Foundation

/// Reads statistical tables that a page flattened into running text, with tabs between the cells.
///
/// Two layouts come out of PDF-to-HTML reposts of communiqués, and both are blocks of the same columns:
///
/// - row by row: `产品名称⇥单位⇥产量⇥比上年增长(%) 汽车⇥万辆⇥93.4⇥23.8 集成电路⇥亿块⇥108.4⇥-23.3`
///   (the row break became a space, so the last cell of a row and the name of the next share a field);
/// - grouped: each "cell" holds a whole column of a block, `中成药 塑料制品⇥万吨 万吨⇥2.8 115.8⇥-5.1 32.7`.
///
/// Each value becomes one figure: its subject from the row name (汽车 + 产量 → 汽车产量), its scale and unit
/// from the unit column (万辆 → ×10000 辆) or its header (年末数（亿元）), a change column (比上年增长（%）) as a
/// signed percent (the table states a level of change, not a verb, so there is no direction). A block is read
/// only when its columns agree on how many entries they hold; a table is read only while its blocks do, and
/// nothing is invented when they don't. Names that cannot be split into that many (glued 中成药塑料制品) leave
/// the row name out rather than guess.
struct FlattenedTableReader {
    let book: PatternBook
    let tables: TableReader
    /// Columns read from header cells in this document, by their text: a header is tried at each of its tabs,
    /// so the cells of an n-column header row were read n times. Keyed by UTF-8 bytes, not String (whose ==
    /// would merge canonically equivalent spellings).
    let columns = ColumnCache()

    final class ColumnCache {
        var byRaw: [[UInt8]: TableColumn] = [:]
    }

    /// Columns read from header cells in any document of this process, for one pattern book (the last one asked
    /// with): pages of a series repeat their headers (指标, 单位, 比上年增长（%）) and a column is a function of its
    /// text and the book alone, but reading one (its unit, its comparison words) costs more than the rest of a
    /// header. The book is held, so its identity cannot be reused by another; bounded.
    final class SharedColumns: @unchecked Sendable {
        static let shared = SharedColumns()
        private let lock = NSLock()
        private var book: PatternBook?
        private var byRaw: [[UInt8]: TableColumn] = [:]
        private let limit = 20_000

        func column(_ key: [UInt8], book: PatternBook, make: () -> TableColumn) -> TableColumn {
            lock.lock()
            if self.book === book, let known = byRaw[key] { lock.unlock(); return known }
            lock.unlock()
            let c = make()
            lock.lock()
            if self.book !== book { self.book = book; byRaw = [:] }
            if byRaw.count < limit { byRaw[key] = c }
            lock.unlock()
            return c
        }
    }

    struct Result {
        var figures: [Figure] = []
        /// Scalar ranges of the tables in `DocText`, for the scanner to skip.
        var regions: [Range<Int>] = []
    }

    /// The last line of `r` holding text, without the blanks around it, when it is short (at most 40 letters) and no
    /// sentence: the title over a table of bar rows (表2 三次产业构成 ↵ | 指标 | …).
    static func titleLine(_ b: [UInt8], _ r: Range<Int>) -> String? {
        var hi = r.upperBound
        while hi > r.lowerBound, [0x20, 0x09, 0x0A, 0x0D].contains(b[hi - 1]) { hi -= 1 }
        var lo = hi
        while lo > r.lowerBound, b[lo - 1] != 0x0A { lo -= 1 }
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        guard lo < hi, hi - lo <= 120 else { return nil }
        let s = String(decoding: b[lo..<hi], as: UTF8.self)
        // (A sentence is no title: 。，；！？ in it.)
        guard s.unicodeScalars.count <= 40,
              !s.unicodeScalars.contains(where: { [0x3002, 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF01, 0xFF1F].contains($0.value) })
        else { return nil }
        return s
    }

    /// The start of the first line in `r` that is a bar row (`hasBarRow`); `r`'s start when none is.
    static func firstBarLine(_ b: [UInt8], _ r: Range<Int>) -> Int {
        var a = r.lowerBound
        while a < r.upperBound {
            var e = a
            while e < r.upperBound, b[e] != 0x0A { e += 1 }
            if hasBarRow(b, a..<e) { return a }
            a = e + 1
        }
        return r.lowerBound
    }

    /// `glued`: the document's glued headers (`gluedHeaders`), whose tables are read where they stand.
    /// `unitLines`: lines stating a table's units (`gluedHeaders`), where a table of space-parted rows may begin.
    /// `recordLines`: lines that may be fields of a table written as records (`recordLines`), read last.
    func read(glued: [GluedHeader] = [], unitLines: [Range<Int>] = [], rowUnitAnchors: [Int] = [],
              recordLines: [Range<Int>] = []) -> Result {
        let b = tables.content.bytes
        var out = Result()
        var i = 0
        var g = 0
        // Blocks of lines written with bars (| 指标 | 6月 |), read again row by row after the tab grammar (`readGrid`).
        var barBlocks: [Range<Int>] = []
        // Blocks with a line closed by a bar (a bar alone, 本月 |): tables written one cell a line (`readBarLineCells`).
        var cellBlocks: [Range<Int>] = []
        while i < b.count {
            let next = Self.cellBreak(b, from: i)
            if g < glued.count, next.map({ glued[g].start <= $0 }) ?? true {
                let h = glued[g]
                g += 1
                guard h.start >= i else { continue }
                let end = gluedTableEnd(b, after: h)
                FlattenedTableGrammar(reader: self, line: gluedLine(b, h.start, end, header: h)).read(into: &out)
                i = end + 1
                continue
            }
            guard let cut = next else { break }
            var lo = cut, hi = cut
            while lo > 0, b[lo - 1] != 0x0A { lo -= 1 }
            // The caption may stand on the lines before (表1 …（单位：亿元）↵指标⇥…).
            var captionLines = 0
            while lo > i, captionLines < 2, cut - lo < 200 {
                lo -= 1
                while lo > i, b[lo - 1] != 0x0A { lo -= 1 }
                captionLines += 1
            }
            while hi < b.count, b[hi] != 0x0A { hi += 1 }
            // A table written one row a line (汽车⇥万辆⇥93.4⇥23.8↵): the following lines with cell breaks, and the
            // blank lines between them, are the same table; a line break is a row break, as a space is in one line.
            while hi < b.count {
                var e = hi + 1
                var blank = true
                while e < b.count, b[e] != 0x0A {
                    if b[e] != 0x20, b[e] != 0x09, b[e] != 0x0D { blank = false }
                    e += 1
                }
                guard blank || Self.cellBreak(b, from: hi + 1, to: e) != nil || Self.isRuleLine(b, hi + 1..<e) else { break }
                hi = e
            }
            FlattenedTableGrammar(reader: self, line: Line(b, lo..<hi)).read(into: &out)
            if Self.hasBarRow(b, lo..<hi) { barBlocks.append(lo..<hi) }
            if Self.firstBarClosedLine(b, lo..<hi) != nil { cellBlocks.append(lo..<hi) }
            i = hi + 1
        }
        // Rows the tab grammar left (a header of two rows, units in the row names, a space-parted table under 单位:…).
        // (A block takes up to two caption lines before its first cell break for the tab grammar; the grid reads from
        // the first line that opens with a bar — a title above the table, 2020年6月主要经济指标, is no row of it.)
        for r in barBlocks {
            let first = Self.firstBarLine(b, r)
            readGrid(b, first..<r.upperBound, anchored: false, caption: Self.titleLine(b, r.lowerBound..<first), into: &out)
        }
        // Tables written one cell a line between lines of a bar alone (`readBarLineCells`).
        if !cellBlocks.isEmpty { readBarLineCells(b, blocks: cellBlocks, into: &out) }
        for r in unitLines { readGrid(b, r.lowerBound..<b.count, anchored: true, into: &out) }
        // Rows that name their own unit in brackets, with no unit line above (`rowUnitAnchors`).
        for a in rowUnitAnchors { readGrid(b, a..<b.count, anchored: true, rowUnits: true, into: &out) }
        if !recordLines.isEmpty { readRecords(b, lines: recordLines, into: &out) }
        return out
    }

    /// Whether `b[r]` is a rule under a header written without bars at its ends (---|---|:--:), which holds no cell
    /// break: the rows below it are the same table.
    static func isRuleLine(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.count <= 400, b[r].contains(0x7C) else { return false }
        return b[r].allSatisfy { [0x2D, 0x3A, 0x7C, 0x20, 0x09, 0x0D, 0x3D, 0x2B].contains($0) } && b[r].contains(0x2D)
    }

    /// Whether a line of `b[r]` opens (spaces aside) with a bar, or closes with one and holds another (指标 | 2017年 |):
    /// a table written as text rows with bars.
    static func hasBarRow(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        var lineStart = true
        var bars = 0, lastBar = false
        while k < r.upperBound {
            let c = b[k]
            if c == 0x0A {
                if bars >= 2, lastBar { return true }
                lineStart = true; bars = 0; lastBar = false
            } else if c != 0x20, c != 0x09, c != 0x0D {
                if lineStart, c == 0x7C { return true }
                lineStart = false
                if c == 0x7C { bars += 1; lastBar = true } else { lastBar = false }
            }
            k += 1
        }
        return bars >= 2 && lastBar
    }

    /// Where cells may be parted after text: a tab, or (in text laid out by a PDF converter) two or more spaces,
    /// an ideographic space or a no-break space between two words of a line. Indentation is not a break. A bar (|)
    /// after a space or opening a line is one too: tables written as text rows with bars between their cells.
    ///
    /// Looks only at bytes in `from..<end` (end: the whole array). Most bytes of a document (汉字 lead bytes E4–E9,
    /// their continuation bytes, letters and digits) can never start a break; a 256-entry table skips them in one
    /// tight loop, since this runs over every document, tables or not.
    static func cellBreak(_ b: [UInt8], from i: Int, to end: Int? = nil) -> Int? {
        let end = min(end ?? b.count, b.count)
        guard i < end else { return nil }
        return b.withUnsafeBufferPointer { p -> Int? in
            @inline(__always) func breaks(at k: Int) -> Bool {
                let c = p[k]
                guard breakStarts[Int(c)] else { return false }
                if c == 0x09 { return true }
                guard k > 0 else { return false }
                let q = p[k - 1]
                // A cell rule of a table written with bars (居民消费价格 | 0.1 |, | 指标 | 增幅 |): after a space or at a
                // line's start (a bar glued to words, 首页|新闻, is left to the text).
                if c == 0x7C { return q == 0x20 || q == 0x0A }
                guard q != 0x20, q != 0x0A, q != 0x0D, q != 0x09 else { return false }   // after text only
                if c == 0x20, k + 1 < end, p[k + 1] == 0x20 { return true }
                if c == 0xE3, k + 2 < end, p[k + 1] == 0x80, p[k + 2] == 0x80, q != 0x80 { return true }
                if c == 0xC2, k + 1 < end, p[k + 1] == 0xA0 { return true }
                return false
            }
            let base = UnsafeRawPointer(p.baseAddress)
            var k = max(i, 0)
            let tabs = SIMD16<UInt8>(repeating: 0x09), noBreaks = SIMD16<UInt8>(repeating: 0xC2)
            let bars = SIMD16<UInt8>(repeating: 0x7C)
            let spaces16 = SIMD16<UInt8>(repeating: 0x20), continuations = SIMD16<UInt8>(repeating: 0x80)
            while k < end {
                // Sixteen bytes at a time from three vector loads (at k, k + 1, k + 2), the same test as the eight-byte
                // one below: a tab, C2 or bar in the block, or a block byte starting 20 20, or followed by 80 80.
                if let base, k &+ 18 <= end {
                    let v0 = base.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self)
                    let v1 = base.loadUnaligned(fromByteOffset: k &+ 1, as: SIMD16<UInt8>.self)
                    let v2 = base.loadUnaligned(fromByteOffset: k &+ 2, as: SIMD16<UInt8>.self)
                    let hit = (v0 .== tabs) .| (v0 .== noBreaks) .| (v0 .== bars) .| ((v0 .== spaces16) .& (v1 .== spaces16))
                        .| ((v1 .== continuations) .& (v2 .== continuations))
                    // (Read as two words: `any(...)` took a generic, unspecialized reduction over the lanes.)
                    let lanes = unsafeBitCast(hit, to: SIMD2<UInt64>.self)
                    if lanes[0] | lanes[1] != 0 {
                        for x in k..<(k &+ 16) where breaks(at: x) { return x }
                    }
                    k &+= 16
                    continue
                }
                // Eight bytes at a time: a block in which no byte is a tab, a bar or C2 (U+00A0), starts two spaces, or
                // holds the 80 80 of U+3000 (E3 80 80) is skipped whole (the following bytes are loaded shifted by
                // one and two; 80 80 and C2 alone over-approximate, and the block is then read byte by byte).
                if let base, k + 10 <= end {
                    let w0 = base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    let w1 = base.loadUnaligned(fromByteOffset: k + 1, as: UInt64.self)
                    let w2 = base.loadUnaligned(fromByteOffset: k + 2, as: UInt64.self)
                    // A byte pair is 20 20 (or 80 80) where both differences from the pattern are zero: one zero-byte
                    // test on their OR, instead of an exact compare of each.
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let tab = w0 ^ (ones &* 0x09), noBreak = w0 ^ (ones &* 0xC2), bar = w0 ^ (ones &* 0x7C)
                    let spaces = (w0 ^ (ones &* 0x20)) | (w1 ^ (ones &* 0x20))
                    let ideographic = (w1 ^ (ones &* 0x80)) | (w2 ^ (ones &* 0x80))
                    if hasZeroByte(tab) | hasZeroByte(noBreak) | hasZeroByte(bar) | hasZeroByte(spaces) | hasZeroByte(ideographic) != 0 {
                        for x in k..<(k + 8) where breaks(at: x) { return x }
                    }
                    k += 8
                    continue
                }
                if breaks(at: k) { return k }
                k += 1
            }
            return nil
        }
    }

    /// Nonzero exactly when some byte of `x` is zero (which bits are set says nothing more).
    @inline(__always)
    static func hasZeroByte(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// Bytes that may begin a cell break: tab, space, bar, the lead byte of U+3000 (E3) and of U+00A0 (C2).
    private static let breakStarts: [Bool] = (0..<256).map {
        $0 == 0x09 || $0 == 0x20 || $0 == 0x7C || $0 == 0xE3 || $0 == 0xC2
    }

    /// Lines of content text as folded scalars (full-width forms to ASCII; line breaks and ideographic spaces
    /// to spaces, which separate rows and entries alike).
    struct Line {
        var t: [UInt32] = []
        /// Content byte offset of each scalar, plus the end.
        var off: [Int] = []

        /// The cells were written together (see `FlattenedTableReader+Glued`): rows are not indented to say which are
        /// parts, since their section lines (no figure) are not written.
        var glued = false

        /// `plain`: the scalars as decoded (line breaks kept, no cell marked), for the glued tables' own parting.
        init(_ b: [UInt8], _ r: Range<Int>, plain: Bool = false) {
            // Written straight into arrays made for the worst case (a scalar per byte), with no zero fill: appending
            // scalar by scalar checked capacity and uniqueness each time, and a table's lines may be whole paragraphs.
            var count = 0
            var off: [Int] = []
            let t = [UInt32](unsafeUninitializedCapacity: r.count) { t, tCount in
                off = [Int](unsafeUninitializedCapacity: r.count + 1) { o, oCount in
                    b.withUnsafeBufferPointer { b in
                        count = Line.decode(b, r, into: t, o)
                        if !plain {
                            count = Line.markBarCells(t, o, count)
                            Line.markCellSpaces(b, t, o, count)
                        }
                    }
                    o[count] = r.upperBound
                    oCount = count + 1
                }
                tCount = count
            }
            self.t = t
            self.off = off
            self.tabAfter = Line.tabs(after: t)
        }

        /// Scalars already parted into cells (`off`: one more than `t`, the end).
        init(t: [UInt32], off: [Int], glued: Bool) {
            self.t = t
            self.off = off
            self.glued = glued
            self.tabAfter = Line.tabs(after: t)
        }

        /// `tabAfter` of the scalars `t`.
        static func tabs(after t: [UInt32]) -> [Int32] {
            let count = t.count
            var tabAfter = [Int32](repeating: Int32(count), count: count + 1)
            tabAfter.withUnsafeMutableBufferPointer { after in
                t.withUnsafeBufferPointer { t in
                    var j = count - 1
                    while j >= 0 {
                        after[j] = t[j] == 0x09 ? Int32(j) : after[j + 1]
                        j -= 1
                    }
                }
            }
            return tabAfter
        }

        /// The scalars of `b[r]`, folded (full-width forms to ASCII; ideographic and no-break spaces and carriage
        /// returns to spaces; − to -), with each one's byte offset; returns how many. A lead byte whose sequence runs
        /// past the range, or a stray continuation byte, is a scalar of its own value.
        private static func decode(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, into t: UnsafeMutableBufferPointer<UInt32>,
                                   _ off: UnsafeMutableBufferPointer<Int>) -> Int {
            var i = r.lowerBound
            var n = 0
            let end = r.upperBound
            while i < end {
                let b0 = UInt32(b[i])
                var s = b0, len = 1
                if b0 >= 0xF0, i + 3 < end {
                    s = ((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                        | (UInt32(b[i + 3]) & 0x3F); len = 4
                } else if b0 >= 0xE0, i + 2 < end {
                    s = ((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F); len = 3
                } else if b0 >= 0xC0, i + 1 < end {
                    s = ((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F); len = 2
                }
                if s >= 0xFF01, s <= 0xFF5E { s -= 0xFEE0 }
                if s == 0x3000 || s == 0xA0 || s == 0x0D { s = 0x20 }
                if s == 0x2212 { s = 0x2D }
                t[n] = s
                off[n] = i
                n += 1
                i += len
            }
            return n
        }

        /// Lines whose cells are parted by bars (指 标 | 增 幅 |, | 粮 食 | 3.7 |): a bar between two cells becomes a tab
        /// and the spaces beside it go; bars at a line's ends go (they close no cell); inside a cell a space between
        /// two ideographs goes (letter-spaced 水 产 品 is one name) and any other run of spaces is one space (the bar
        /// parts the cells, not the spaces); a rule line (|---|:--:|) is dropped. Lines without a bar between two cells
        /// keep their text, bars read as spaces. Scalars are dropped by moving the rest down, with their offsets;
        /// returns the new count.
        static func markBarCells(_ t: UnsafeMutableBufferPointer<UInt32>, _ off: UnsafeMutableBufferPointer<Int>,
                                 _ count: Int) -> Int {
            var hasBar = false
            for k in 0..<count where t[k] == 0x7C { hasBar = true; break }
            guard hasBar else { return count }
            @inline(__always) func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 }
            @inline(__always) func isIdeograph(_ c: UInt32) -> Bool { (0x3400...0x9FFF).contains(c) || (0x20000...0x2FFFF).contains(c) }
            var w = 0
            var a = 0
            while a < count {
                var e = a
                while e < count, t[e] != 0x0A { e += 1 }
                // The line's text between its first and last scalar that is neither a space nor a bar.
                var first = a, last = e
                while first < e, isSpace(t[first]) || t[first] == 0x7C { first += 1 }
                while last > first, isSpace(t[last - 1]) || t[last - 1] == 0x7C { last -= 1 }
                var inner = false, rule = first < last
                for k in first..<last {
                    if t[k] == 0x7C { inner = true }
                    else if !isSpace(t[k]), t[k] != 0x2D, t[k] != 0x3A, t[k] != 0x3D, t[k] != 0x2B { rule = false }
                }
                if rule, inner {
                    // |---|:--:|: nothing of it is kept.
                } else if !inner {
                    for k in a..<e {
                        t[w] = t[k] == 0x7C ? 0x20 : t[k]; off[w] = off[k]; w += 1
                    }
                } else {
                    var k = first
                    while k < last {
                        let c = t[k]
                        if c == 0x7C {
                            // The cell before ends at its last word (trailing spaces were not written).
                            t[w] = 0x09; off[w] = off[k]; w += 1
                            k += 1
                            while k < last, isSpace(t[k]) { k += 1 }
                            continue
                        }
                        if isSpace(c) {
                            var n = k
                            while n < last, isSpace(t[n]) { n += 1 }
                            let before = t[k - 1], after = t[n]
                            if after != 0x7C, !(isIdeograph(before) && isIdeograph(after)) {
                                t[w] = 0x20; off[w] = off[k]; w += 1
                            }
                            k = n
                            continue
                        }
                        t[w] = c; off[w] = off[k]; w += 1
                        k += 1
                    }
                }
                if e < count { t[w] = 0x0A; off[w] = off[e]; w += 1 }
                a = e + 1
            }
            return w
        }

        /// Two or more spaces between words of one line part cells as a tab does (the run's first becomes a tab); a
        /// run with a line break in it (a row break, or indentation) does not. Line breaks then read as spaces.
        private static func markCellSpaces(_ b: UnsafeBufferPointer<UInt8>, _ t: UnsafeMutableBufferPointer<UInt32>,
                                           _ off: UnsafeMutableBufferPointer<Int>, _ count: Int) {
            var k = 0
            while k < count {
                guard t[k] == 0x20 || t[k] == 0x0A else { k += 1; continue }
                let start = k
                var newline = false
                while k < count, t[k] == 0x20 || t[k] == 0x0A {
                    if t[k] == 0x0A { newline = true; t[k] = 0x20 }
                    k += 1
                }
                if !newline, start > 0, k < count, t[start - 1] != 0x09, t[k] != 0x09,
                   k - start >= 2 || b[off[start]] != 0x20 {
                    t[start] = 0x09
                }
            }
        }

        var count: Int { t.count }
        func string(_ r: Range<Int>) -> String {
            var s = ""
            for i in r where t[i] != 0x20 && t[i] != 0x09 { s.unicodeScalars.append(Unicode.Scalar(t[i])!) }
            return s
        }
        /// What `FlattenedTableGrammar.header` asks of a header's first cell, on the scalars `string(r)` would keep:
        /// 2 to 12 of them, none a digit or an opening bracket ( or 【.
        func isHeaderWord(_ r: Range<Int>) -> Bool {
            var kept = 0
            for i in r {
                let c = t[i]
                if c == 0x20 || c == 0x09 { continue }
                if (c >= 0x30 && c <= 0x39) || c == 0x28 || c == 0x3010 { return false }
                kept += 1
            }
            return kept >= 2 && kept <= 12
        }
        func isSpace(_ i: Int) -> Bool { t[i] == 0x20 }
        func isDigit(_ i: Int) -> Bool { t[i] >= 0x30 && t[i] <= 0x39 }
        /// Index of the first tab at or after each position (count when none): every lookup is O(1).
        var tabAfter: [Int32] = []
        func nextTab(from i: Int) -> Int? {
            guard i < t.count else { return nil }
            let k = Int(tabAfter[i])
            return k < t.count ? k : nil
        }
        /// Space-separated tokens of a field.
        func tokens(_ r: Range<Int>) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var k = r.lowerBound
            while k < r.upperBound {
                while k < r.upperBound, isSpace(k) { k += 1 }
                let s = k
                while k < r.upperBound, !isSpace(k) { k += 1 }
                if k > s { out.append(s..<k) }
            }
            return out
        }
    }

    /// The metric kind a unit gives a table cell (万辆 → count, 亿元 → money, 吨 → measure).
    static func kind(of k: Lexicon.UnitKind) -> MetricKind {
        switch k {
        case .money: return .money
        case .measure: return .measure
        case .percent: return .percent
        case .ratio: return .ratio
        case .count, .time: return .count
        }
    }

    struct Header {
        var start: Int
        var columns: [TableColumn]
        var dataStart: Int
    }
}
