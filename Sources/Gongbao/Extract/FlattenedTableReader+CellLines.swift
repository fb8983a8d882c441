import Foundation

/// Tables written one cell a line, with a line holding only a bar between each two cells — what a page's table
/// becomes when each `<td>` is copied as a paragraph and each cell rule as a `|`:
///
///     |↵2023年8月↵|↵2022年8月↵|↵2022年底↵|↵市價總值 (億元)↵|↵331,362↵|↵355,907↵|↵356,668↵|↵上市證券 (隻)↵|↵14,141↵…
///
/// Why: the row breaks are gone, so neither the tab grammar nor the grid reader sees a row (every line holds one
/// cell), and a whole table of figures was lost. The rows come back from the cells themselves: a row is a name (a
/// text cell) and the run of value cells after it, and every row of a table holds as many values; the text cells
/// before the first row's name are its header (the last as many as there are values, one more when the first is
/// the row-name column's). The cells are then laid out as bar rows (| 市價總值 (億元) | 331,362 | … |) and read by
/// the grid reader (`GridTables`), with its units, periods and checks.
///
/// Nothing here fires on prose: the trigger is a run of lines holding only a bar, each followed by a single line;
/// a table needs two rows of the same width, each value cell a number or an empty mark, and a header.
extension FlattenedTableReader {
    /// The cells of a run of lines written one cell a line with bars between them, from the line at `start`: either
    /// a bar alone on each other line (|↵2023年8月↵|↵2022年8月↵|) or a bar closing each line (本月 |↵增长% |↵累计 |). A cell
    /// is the text between two bars (a bar alone opening the run closes none), on one line of at most 120 bytes; the
    /// run ends at a line holding a bar between two words (a bar row, read elsewhere), at a cell of two lines, or after
    /// three blank lines. Returns the cells and where the run ends; nil unless it holds at least six cells.
    static func barLineCells(_ b: [UInt8], from start: Int) -> (cells: [Range<Int>], end: Int)? {
        var cells: [Range<Int>] = []
        var a = start, end = start
        var pending: (text: Range<Int>, end: Int)? = nil
        var opened = false
        var blanks = 0
        func trimmed(_ lo: Int, _ hi: Int) -> Range<Int> {
            var lo = lo, hi = hi
            while lo < hi, [0x20, 0x09, 0x0D].contains(b[lo]) { lo += 1 }
            while hi > lo, [0x20, 0x09, 0x0D].contains(b[hi - 1]) { hi -= 1 }
            return lo..<hi
        }
        while a < b.count {
            var e = a
            while e < b.count, b[e] != 0x0A { e += 1 }
            defer { a = e + 1 }
            let text = trimmed(a, e)
            if text.isEmpty {
                blanks += 1
                if blanks > 2 { break }
                continue
            }
            blanks = 0
            let closed = b[text.upperBound - 1] == 0x7C
            let inner = closed ? trimmed(text.lowerBound, text.upperBound - 1) : text
            // A line of bars alone (||): each bar closes a cell, the first the line before it (or an empty one).
            if closed, !inner.isEmpty, b[text].allSatisfy({ $0 == 0x7C || $0 == 0x20 }) {
                guard opened || pending != nil else { break }
                for k in text where b[k] == 0x7C {
                    if let p = pending { cells.append(p.text); pending = nil } else { cells.append(k..<k) }
                }
                opened = true
                end = e
                continue
            }
            // (A bar inside the line: a bar row, or prose.)
            if b[inner].contains(0x7C) || inner.count > 120 { break }
            if !closed {
                guard opened, pending == nil else { break }
                pending = (inner, e)
                continue
            }
            if !inner.isEmpty {
                guard pending == nil else { break }
                cells.append(inner)
            } else if let p = pending {
                cells.append(p.text)
            } else if opened {
                cells.append(inner)   // two bars in a row: an empty cell
            }
            pending = nil
            opened = true
            end = e
        }
        // (A bar alone before each cell: the last cell follows the last bar.)
        if let p = pending { cells.append(p.text); end = p.end }
        return cells.count >= 6 ? (cells, end) : nil
    }

    /// The start of the first line of `r` whose last scalar other than a space is a bar; nil when none is.
    static func firstBarClosedLine(_ b: [UInt8], _ r: Range<Int>) -> Int? {
        var a = r.lowerBound
        while a < r.upperBound {
            var e = a
            while e < r.upperBound, b[e] != 0x0A { e += 1 }
            var k = e
            while k > a, [0x20, 0x09, 0x0D].contains(b[k - 1]) { k -= 1 }
            if k > a, b[k - 1] == 0x7C { return a }
            a = e + 1
        }
        return nil
    }

    /// Reads the tables written one cell a line in the blocks `blocks` (`read`'s, those with a line closed by a bar),
    /// into `out`.
    func readBarLineCells(_ b: [UInt8], blocks: [Range<Int>], into out: inout Result) {
        var done = 0
        for r in blocks where r.upperBound > done {
            guard let first = Self.firstBarClosedLine(b, max(done, r.lowerBound)..<r.upperBound),
                  let (cells, end) = Self.barLineCells(b, from: first) else { continue }
            done = end
            let rows = CellLineRows(b: b, cells: cells, grammar: FlattenedTableGrammar(reader: self, line: Line(b, 0..<0, plain: true)))
            for (k, table) in rows.tables().enumerated() {
                let g = FlattenedTableGrammar(reader: self, line: table.line(b))
                GridTables(g: g, anchored: false, caption: k == 0 ? Self.titleLine(b, r.lowerBound..<first) : nil).read(into: &out)
            }
        }
    }
}

/// The rows of a table written one cell a line (`FlattenedTableReader.barLineCells`).
struct CellLineRows {
    let b: [UInt8]
    let cells: [Range<Int>]
    /// For the kind of a cell (number, empty mark or text); over an empty line.
    let grammar: FlattenedTableGrammar

    /// One table: its header cells (the caption first, when one stands before them) and its rows.
    struct Table {
        var caption: Range<Int>? = nil
        var header: [Range<Int>] = []
        var rows: [(name: Range<Int>, values: [Range<Int>])] = []
        /// The header's cells are bare years (2019, 2020): each is written with 年, as the grid reader reads periods.
        var years = false

        /// The table as bar rows (`| 2023年8月 | 2022年8月 |`↵`| 上市證券 (隻) | 14,141 | 16,625 |`), each scalar at
        /// its byte offset in the document; the bars and line breaks added take the offset of the cell they open or
        /// close, so that each row spans its cells.
        func line(_ b: [UInt8]) -> FlattenedTableReader.Line {
            var t: [UInt32] = [], off: [Int] = []
            func row(_ cs: [Range<Int>]) {
                for c in cs {
                    t.append(0x7C); off.append(c.lowerBound)
                    let cell = FlattenedTableReader.Line(b, c, plain: true)
                    t += cell.t
                    off += cell.off.dropLast()
                    if years, c.count == 4, cell.t.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { t.append(0x5E74); off.append(off.last!) }
                }
                t.append(0x7C); off.append(cs.last!.upperBound)
                t.append(0x0A); off.append(cs.last!.upperBound)
            }
            if let c = caption { row([c]) }
            row(header)
            for r in rows { row([r.name] + r.values) }
            return FlattenedTableReader.Line(t: t, off: off + [off.last ?? 0], glued: false)
        }
    }

    enum Kind { case value, text }

    func kind(_ r: Range<Int>) -> Kind {
        if r.isEmpty { return .value }
        let cell = FlattenedTableReader.Line(b, r, plain: true)
        let g = FlattenedTableGrammar(reader: grammar.reader, line: cell)
        switch g.kind(0..<cell.count) {
        case .number: return .value
        case .punctuation: return g.isNullMark(0..<cell.count) ? .value : .text
        case .text: return .text
        }
    }

    /// A cell without a footnote mark at its end (新增上市公司 (家) * → 新增上市公司 (家)): the mark would hide the
    /// unit bracket that closes the name.
    func droppingNoteMark(_ r: Range<Int>) -> Range<Int> {
        var hi = r.upperBound
        while hi > r.lowerBound, [0x2A, 0x23, 0x5E].contains(b[hi - 1]) || b[hi - 1] == 0x20 { hi -= 1 }
        // (＊ and ※: three bytes each.)
        if hi - 3 >= r.lowerBound, b[hi - 3] == 0xEF, b[hi - 2] == 0xBC, b[hi - 1] == 0x8A { hi -= 3 }
        if hi - 3 >= r.lowerBound, b[hi - 3] == 0xE2, b[hi - 2] == 0x80, b[hi - 1] == 0xBB { hi -= 3 }
        while hi > r.lowerBound, b[hi - 1] == 0x20 { hi -= 1 }
        return hi > r.lowerBound ? r.lowerBound..<hi : r
    }

    /// The tables of the cells: runs of text cells and of value cells alternate; a run of two or more text cells
    /// opens a table (its last is the first row's name), a run of one text cell is the next row's name. A table ends
    /// where a row holds another number of values; tables of fewer than two rows are dropped.
    func tables() -> [Table] {
        var runs: [(kind: Kind, cells: [Range<Int>])] = []
        for c in cells {
            // (An empty cell goes with the cells before it: a blank value, or a header cell spanned over.)
            let k = c.isEmpty ? runs.last?.kind ?? .text : kind(c)
            if let last = runs.last, last.kind == k { runs[runs.count - 1].cells.append(c) } else { runs.append((k, [c])) }
        }
        var out: [Table] = []
        var cur: Table? = nil
        func close() {
            if let t = cur, t.rows.count >= 2, !t.header.isEmpty { out.append(t) }
            cur = nil
        }
        var i = 0
        while i < runs.count {
            guard runs[i].kind == .text, i + 1 < runs.count else { i += 1; continue }
            let texts = runs[i].cells, values = runs[i + 1].cells
            let name = droppingNoteMark(texts.last!)
            if texts.count == 1, var t = cur, values.count == t.rows[0].values.count {
                t.rows.append((name, values))
                cur = t
            } else if texts.count <= 2, values.count >= 2, values.allSatisfy(isYear), i + 3 < runs.count,
                      runs[i + 3].cells.count == values.count {
                // A header of bare years (指标 | 2019 | 2020 | 2021), read as values: the row after it is the first.
                close()
                cur = Table(caption: texts.count == 2 ? texts[0] : nil, header: [texts.last!] + values,
                            rows: [(droppingNoteMark(runs[i + 2].cells.last!), runs[i + 3].cells)], years: true)
                i += 4
                continue
            } else {
                close()
                if texts.count >= 2 {
                    // The header: the last as many cells as there are values, one more when the first is the row-name
                    // column's (指标); a text cell before it, the caption.
                    var header = Array(texts.dropLast())
                    let n = values.count
                    var caption: Range<Int>? = nil
                    if header.count > n + 1 {
                        caption = header[header.count - n - 2]
                        header = Array(header.suffix(n + 1))
                    }
                    if header.count == n + 1, !grammar.lex.tableStubHeaders.contains(where: { LiteralSearch.equals($0, string(header[0])) }) {
                        caption = header[0]
                        header.removeFirst()
                    }
                    cur = Table(caption: caption, header: header, rows: [(name, values)])
                }
            }
            i += 2
        }
        close()
        return out
    }

    /// A cell holding a year alone (`GridTables.isYear`).
    func isYear(_ r: Range<Int>) -> Bool { GridTables.isYear(b[r]) }

    func string(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
}
