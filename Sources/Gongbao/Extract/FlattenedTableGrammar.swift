import Foundation

/// The grammar of a flattened table, over the lines that hold it: the header (指标⇥单位⇥绝对数⇥比上年增长(%)),
/// then blocks of rows whose columns must agree on how many entries they hold.
struct FlattenedTableGrammar {
    let reader: FlattenedTableReader
    let line: FlattenedTableReader.Line
    var lex: Lexicon { reader.book.lexicon }

    func isOpen(_ s: UInt32) -> Bool { s == 0x28 || s == 0x3010 }
    func isClose(_ s: UInt32) -> Bool { s == 0x29 || s == 0x3011 }
    func isCJK(_ s: UInt32) -> Bool { (0x3400...0x9FFF).contains(s) || (0x20000...0x2FFFF).contains(s) }

    func read(into out: inout FlattenedTableReader.Result) {
        var p = 0
        while let tab = line.nextTab(from: p) {
            if let h = header(endingAt: tab), let table = data(after: h) {
                out.figures += table.figures
                let lo = line.off[h.start], hi = line.off[table.end]
                out.regions.append(reader.tables.scalarRange(lo..<hi))
                p = max(table.end, tab + 1)
            } else {
                p = tab + 1
            }
        }
    }

    // MARK: Header

    /// The header whose first cell ends at the tab `tab`: 指标⇥单位⇥绝对数⇥比上年增长（%）, then the data.
    func header(endingAt tab: Int, repeating expected: [String]? = nil) -> FlattenedTableReader.Header? {
        let s = headerStart(endingAt: tab)
        // Header cells are words of two or more characters (指标, 单位, 产量): letter-spaced text (关  于  洛  阳)
        // is not a header, and is rejected here on the scalars before any string is made (most tabs of a page are
        // no header's).
        guard line.isHeaderWord(s..<tab) else { return nil }
        let first = line.string(s..<tab)
        guard (2...12).contains(first.unicodeScalars.count),
              !first.unicodeScalars.contains(where: { ($0.value >= 0x30 && $0.value <= 0x39) || isOpen($0.value) })
        else { return nil }
        // (A repeated header is asked for at every row: its cells are compared as bytes when inert.)
        if let expected, !(expected.first.map { LiteralSearch.equals($0, first) } ?? false) { return nil }
        var cells: [String] = [first]
        var j = tab + 1
        while true {
            let next = line.nextTab(from: j)
            let fieldEnd = next ?? line.count
            let end = headerEnd(j..<fieldEnd)
            let cell = line.string(j..<end)
            guard (2...24).contains(cell.unicodeScalars.count), digitsArePeriods(cell) else { return nil }
            if let expected, expected.count <= cells.count || !LiteralSearch.equals(expected[cells.count], cell) { return nil }
            cells.append(cell)
            if end < fieldEnd || next == nil {
                var d = end
                while d < line.count, line.isSpace(d) { d += 1 }
                guard d < fieldEnd, cells.count >= 2, expected == nil || expected!.count == cells.count,
                      statesUnits(cells, start: s) else { return nil }
                return FlattenedTableReader.Header(start: s, columns: cells.map(column), dataStart: d)
            }
            j = fieldEnd + 1
            if cells.count > 12 { return nil }
        }
    }

    /// Where the header cell ending at the tab `tab` begins: up to 12 scalars back, at a space, tab or clause mark.
    func headerStart(endingAt tab: Int) -> Int {
        var s = tab
        while s > 0, tab - s <= 12, !line.isSpace(s - 1), line.t[s - 1] != 0x09, !isClauseMark(line.t[s - 1]) {
            s -= 1
        }
        return s
    }

    /// Whether the row starting at `q` whose first field ends at the tab `tab` may repeat the header whose first cell
    /// has the scalars `first` (nil: not inert, always ask `header`): false only when `header(endingAt: tab,
    /// repeating:)` cannot return a header starting at `q` — the cell starts elsewhere, or its kept scalars differ
    /// from `first` while all are inert (so that String == could not still find them canonically equal). Most rows
    /// of a table are rejected here, on scalars, before any String is made.
    func mayRepeatHeader(at q: Int, endingAt tab: Int, first: [UInt32]?) -> Bool {
        guard headerStart(endingAt: tab) == q else { return false }
        guard let first else { return true }
        // (A combining mark anywhere may compose with the scalar before it — か゛ is が — so the whole cell is
        // checked for inertness before a difference counts.)
        var n = 0, differs = false
        for i in q..<tab {
            let c = line.t[i]
            if c == 0x20 || c == 0x09 { continue }
            guard LiteralSearch.isInertScalar(c) else { return true }
            if differs { continue }
            if n < first.count, first[n] == c { n += 1 } else { differs = true }
        }
        return !differs && n == first.count
    }

    /// The scalars of a header's first cell when each is inert (see `LiteralSearch.isInertScalar`), else nil.
    static func inertScalars(_ s: String) -> [UInt32]? {
        let v = s.unicodeScalars.map(\.value)
        return v.allSatisfy(LiteralSearch.isInertScalar) ? v : nil
    }

    /// 。，,；;！？!?“”" — not in a row name.
    func isSentenceMark(_ s: UInt32) -> Bool {
        switch s {
        case 0x3002, 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x201C, 0x201D, 0x22: return true
        default: return false
        }
    }

    /// 。，,；;：: — where a header's first cell begins, walking back from its tab.
    func isClauseMark(_ s: UInt32) -> Bool {
        switch s {
        case 0x3002, 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF1A, 0x3A: return true
        default: return false
        }
    }

    /// A statistical table says its units: in a header cell (（万人）, %, 单位) or in the caption (单位：亿元). Checked
    /// on scalars before any column is read, so that text merely holding tabs costs little.
    func statesUnits(_ cells: [String], start: Int) -> Bool {
        for cell in cells.dropFirst() {
            if cell.unicodeScalars.contains(where: { [0x28, 0x25, 0x3010, 0x2030].contains($0.value) }) { return true }
            if lex.tableUnitHeaders.contains(cell) { return true }
        }
        var k = start - 1
        while k > 0, start - k < 80, line.t[k] != 0x3002 {
            if line.t[k - 1] == 0x5355, line.t[k] == 0x4F4D { return true }   // 单位
            k -= 1
        }
        return captionBracketUnit(before: start) != nil
    }

    /// The unit a caption closes on, in brackets (图2：居民消费价格比上年涨跌幅度（%）, 表1 主要产品产量（万吨）): the
    /// bracket must end the text before the header (spaces aside) and hold only a unit.
    func captionBracketUnit(before start: Int) -> TableReader.HeaderUnit? {
        var close = start - 1
        while close >= 0, line.t[close] == 0x20 || line.t[close] == 0x09 { close -= 1 }
        guard close > 0, isClose(line.t[close]) else { return nil }
        var open = close - 1
        while open >= 0, close - open <= 12, !isOpen(line.t[open]), !isClose(line.t[open]) { open -= 1 }
        guard open >= 0, close - open <= 12, isOpen(line.t[open]) else { return nil }
        return reader.tables.unitCell(line.string((open + 1)..<close))
    }

    /// Digits in a header only write a period (2024年, 1-10月): a cell with any other number is data.
    func digitsArePeriods(_ s: String) -> Bool {
        let t = Array(s.unicodeScalars.map(\.value))
        var k = 0
        while k < t.count {
            guard t[k] >= 0x30, t[k] <= 0x39 else { k += 1; continue }
            while k < t.count, t[k] >= 0x30, t[k] <= 0x39 { k += 1 }
            guard k < t.count, "年月季日-—~".unicodeScalars.contains(where: { $0.value == t[k] }) else { return false }
        }
        return true
    }

    /// Where a header cell ends inside a field it shares with the first row: after its bracket (比上年增长 (%) 汽车,
    /// or the unclosed 比上年增长( % 汽车), else at the first space.
    func headerEnd(_ r: Range<Int>) -> Int {
        // A header cell is short: its bracket opens within the first 30 scalars or not at all.
        let reach = min(r.upperBound, r.lowerBound + 30)
        var o = r.lowerBound
        while o < reach, !isOpen(line.t[o]) { o += 1 }
        if o == reach {
            var k = r.lowerBound
            while k < r.upperBound, line.isSpace(k) { k += 1 }
            while k < r.upperBound, !line.isSpace(k) { k += 1 }
            var rest = k
            while rest < r.upperBound, line.isSpace(rest) { rest += 1 }
            return rest == r.upperBound ? r.upperBound : k
        }
        var k = o + 1
        var sawUnit = false
        while k < min(r.upperBound, o + 20) {
            let c = line.t[k]
            if isClose(c) { k += 1; break }
            if line.isSpace(k) {
                if sawUnit {
                    var n = k
                    while n < r.upperBound, line.isSpace(n) { n += 1 }
                    if n < r.upperBound, !isClose(line.t[n]) { break }
                }
            } else if c == 0x25 || reader.book.unit(line.t, at: k) != nil || reader.book.scales[c] != nil {
                sawUnit = true
            }
            k += 1
        }
        var rest = k
        while rest < r.upperBound, line.isSpace(rest) { rest += 1 }
        return rest == r.upperBound ? r.upperBound : k
    }

    func column(_ raw: String) -> TableColumn {
        let key = Array(raw.utf8)
        if let known = reader.columns.byRaw[key] { return known }
        let make = { TableColumn(raw, lexicon: lex, headerUnit: { reader.tables.headerUnit($0) }) }
        // (The shared cache only when the units come from the same book as the words.)
        let c = reader.book === reader.tables.book
            ? FlattenedTableReader.SharedColumns.shared.column(key, book: reader.book, make: make) : make()
        reader.columns.byRaw[key] = c
        return c
    }

    // MARK: Data

    struct Table { var figures: [Figure]; var end: Int }

    enum TokenKind { case number(Decimal), punctuation, text }

    func kind(_ r: Range<Int>) -> TokenKind {
        var k = r.lowerBound
        let negative = line.t[k] == 0x2D
        if line.t[k] == 0x2D || line.t[k] == 0x2B { k += 1 }
        // The number is read as `decimal` reads its text (sign, digits, one point; commas between digits and a final %
        // dropped), without writing that text unless `decimal` would hand it to Foundation.
        var digits = 0, dots = 0, mantissa: UInt64 = 0, fraction = 0
        while k < r.upperBound {
            let c = line.t[k]
            if line.isDigit(k) {
                digits += 1
                mantissa = mantissa &* 10 &+ UInt64(c - 0x30)
                if dots > 0 { fraction += 1 }
            }
            else if c == 0x2E, dots == 0, digits > 0 { dots += 1 }
            else if c == 0x2C, digits > 0, k + 1 < r.upperBound, line.isDigit(k + 1) { }
            else if c == 0x25, k + 1 == r.upperBound, digits > 0 { }
            else { break }
            k += 1
        }
        if k == r.upperBound, digits > 0 {
            if digits <= 18, mantissa != 0 {
                return .number(Decimal(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(mantissa)))
            }
            if let v = FlattenedTableGrammar.decimal(numberText(r)) { return .number(v) }
        }
        // Alphabetic ASCII is the letters A–Z, a–z.
        let letters = line.t[r].contains { isCJK($0) || ($0 < 0x80 && ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A)) || (0x2160...0x217F).contains($0) }
        let hasDigit = line.t[r].contains { $0 >= 0x30 && $0 <= 0x39 }
        return letters || hasDigit ? .text : .punctuation
    }

    /// The text `kind` reads a number token as: "-" for a leading minus, its digits, its first point after a digit.
    func numberText(_ r: Range<Int>) -> String {
        var s = ""
        var k = r.lowerBound
        if line.t[k] == 0x2D || line.t[k] == 0x2B { if line.t[k] == 0x2D { s = "-" }; k += 1 }
        var digits = 0, dots = 0
        while k < r.upperBound {
            let c = line.t[k]
            if line.isDigit(k) { digits += 1; s.unicodeScalars.append(Unicode.Scalar(c)!) }
            else if c == 0x2E, dots == 0, digits > 0 { dots += 1; s += "." }
            else if c == 0x2C, digits > 0, k + 1 < r.upperBound, line.isDigit(k + 1) { }
            else if c == 0x25, k + 1 == r.upperBound, digits > 0 { }
            else { break }
            k += 1
        }
        return s
    }

    /// `Decimal(string:locale:)` of a plain signed number (-12.50), built from its digits when it has at most 18
    /// and is not zero (then it is the same Decimal, byte for byte; Foundation's parser is slow on Linux); zero
    /// (0.0 keeps its exponent) and longer numbers still go through Foundation.
    static func decimal(_ s: String) -> Decimal? {
        var negative = false, mantissa: UInt64 = 0, digits = 0, fraction = 0, point = false
        for u in s.utf8 {
            switch u {
            case 0x2D where digits == 0 && !negative: negative = true
            case 0x2E where !point: point = true
            case 0x30...0x39:
                mantissa = mantissa &* 10 &+ UInt64(u - 0x30); digits += 1
                if point { fraction += 1 }
            default: return Decimal(string: s, locale: ChineseNumeral.posix)
            }
        }
        guard digits > 0, digits <= 18, mantissa != 0 else { return Decimal(string: s, locale: ChineseNumeral.posix) }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(mantissa))
    }

    /// Units of a unit cell, several per token when glued (万重量箱万吨 → 万重量箱, 万吨).
    func units(_ r: Range<Int>) -> [(Decimal, Lexicon.Unit)]? {
        var out: [(Decimal, Lexicon.Unit)] = []
        for tok in line.tokens(r) {
            var k = tok.lowerBound
            while k < tok.upperBound {
                var factor = Decimal(1)
                while k < tok.upperBound, let f = reader.book.scales[line.t[k]], !reader.book.scaleBeginsUnit(line.t, at: k) {
                    factor *= f; k += 1
                }
                guard k < tok.upperBound, let (u, len) = reader.book.unit(line.t, at: k), k + len <= tok.upperBound,
                      u.kind != .time else { return nil }
                // (× 1 skipped as `scale` skips it, byte for byte: a unit of factor one is most units.)
                var f = factor
                Self.scale(&f, by: u.factor ?? 1)
                out.append((f, u))
                k += len
            }
        }
        return out.isEmpty ? nil : out
    }

    /// Numbers at the start of a field. `whole`: the field must hold nothing else (stray dots are OCR noise);
    /// `want`: stop after that many. Returns the numbers and where reading stopped.
    func numbers(_ r: Range<Int>, want: Int?, whole: Bool) -> ([(Decimal?, Range<Int>)], Int)? {
        var out: [(Decimal?, Range<Int>)] = []
        var stop = r.lowerBound
        // The tokens of `line.tokens(r)`, walked in place: no array of them per cell.
        var k = r.lowerBound
        while k < r.upperBound {
            while k < r.upperBound, line.isSpace(k) { k += 1 }
            let start = k
            while k < r.upperBound, !line.isSpace(k) { k += 1 }
            guard k > start else { break }
            let tok = start..<k
            if let want, out.count == want { break }
            switch kind(tok) {
            case .number(let v): out.append((v, tok)); stop = tok.upperBound
            case .punctuation:
                // — or / in a value cell: nothing to report, but the cell is there (its row still counts).
                if isNullMark(tok) { out.append((nil, tok)); stop = tok.upperBound; continue }
                if !whole, want == nil { return out.isEmpty ? nil : (out, stop) }
            case .text:
                if whole { return nil }
                return out.isEmpty ? nil : (out, stop)
            }
        }
        if let want, out.count != want { return nil }
        return out.isEmpty ? nil : (out, whole ? r.upperBound : stop)
    }

    func isNullMark(_ tok: Range<Int>) -> Bool {
        line.t[tok].allSatisfy { FlattenedTableReader.nullMarks.contains($0) }
    }

    /// The row name in `r` is indented: spaces (an ideographic space, a tab) stand between its line's start and it
    /// (　其中：税收收入), read in the content bytes (the table's text reads line breaks as spaces, so blank lines between
    /// rows would look the same). Nil when the name does not start its line (several rows on one line).
    func rowIndented(_ r: Range<Int>) -> Bool? {
        var first = r.lowerBound
        while first < r.upperBound, line.t[first] == 0x20 || line.t[first] == 0x09 { first += 1 }
        guard first < r.upperBound else { return nil }
        let b = reader.tables.content.bytes
        var p = line.off[first]
        var spaces = 0
        while p > 0 {
            let c = b[p - 1]
            if c == 0x0A { return spaces > 0 }
            if c == 0x20 || c == 0x09 { spaces += 1; p -= 1; continue }
            if c == 0x80, p >= 3, b[p - 3] == 0xE3, b[p - 2] == 0x80 { spaces += 1; p -= 3; continue }   // U+3000
            if c == 0x0D { p -= 1; continue }
            return nil
        }
        return spaces > 0
    }

    /// A field of row names: short, no sentence punctuation, digits only in a period label (2021 年).
    func rowNames(_ r: Range<Int>) -> (names: [(String, Bool)], period: String?)? {
        // The same tests on the scalars `string(r)` keeps first: a sentence (where most tables end) makes no String.
        // (Those scalars are the String's: its count and marks need no second look. A period label needs a digit,
        // which most row names lack, so their String is not made.)
        var kept = 0, digit = false
        for i in r where line.t[i] != 0x20 && line.t[i] != 0x09 {
            if isSentenceMark(line.t[i]) { return nil }
            if line.isDigit(i) { digit = true }
            kept += 1
        }
        guard kept <= 60 else { return nil }
        if digit {
            let s = line.string(r)
            if TableColumn.isPeriodLabel(s) { return ([], s) }
        }
        var names: [(String, Bool)] = []
        for tok in line.tokens(r) {
            switch kind(tok) {
            case .punctuation: continue
            case .number: return nil
            case .text: break
            }
            var piece = "", marked = false
            for i in tok {
                if line.t[i] == 0x23 {
                    if !piece.isEmpty { names.append((piece, marked)) }
                    piece = ""; marked = true
                } else { piece.unicodeScalars.append(Unicode.Scalar(line.t[i])!) }
            }
            // 其中：铁路 is a part as #铁路 is. (A piece starting with an inert scalar other than 其 cannot begin
            // with 其中, even canonically: it is kept as it is, without the Character walk of hasPrefix.)
            if !piece.isEmpty {
                piece = Self.droppingListMarker(piece)
                if Self.cannotStartQizhong(piece) { names.append((piece, marked)) }
                else { names.append((clean(piece), marked || piece.hasPrefix("其中"))) }
            }
        }
        return (names, nil)
    }

    /// A row name without the number its list gives it (一、食品烟酒 → 食品烟酒, 2.粮食 → 粮食): a numeral (一…十, or
    /// digits) then 、 or a point, with a name after it. Other names are returned as they are.
    static func droppingListMarker(_ s: String) -> String {
        let u = s.unicodeScalars
        guard let f = u.first?.value, (f >= 0x30 && f <= 0x39) || chineseDigits.contains(f) else { return s }
        var i = u.startIndex
        let digits = f <= 0x39
        while i < u.endIndex, digits ? (u[i].value >= 0x30 && u[i].value <= 0x39) : chineseDigits.contains(u[i].value) {
            i = u.index(after: i)
        }
        guard i < u.endIndex, u[i].value == 0x3001 || (digits && u[i].value == 0x2E) else { return s }
        let rest = u.index(after: i)
        guard rest < u.endIndex, !(u[rest].value >= 0x30 && u[rest].value <= 0x39) else { return s }
        return String(u[rest...])
    }

    /// 一 to 十 (the numerals a list counts with).
    static let chineseDigits: Set<UInt32> = [0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341]

    /// True when `s` surely does not begin with 其中 as String.hasPrefix reads it: its first scalar is inert (no
    /// canonical mapping or composition reaches it) and not 其 (U+5176).
    static func cannotStartQizhong(_ s: String) -> Bool {
        guard let x = s.unicodeScalars.first?.value else { return true }
        return x != 0x5176 && LiteralSearch.isInertScalar(x)
    }

    func clean(_ s: String) -> String {
        var s = s
        for p in ["其中：", "其中:", "其中"] where s.hasPrefix(p) && s.count > p.count { s.removeFirst(p.count) }
        return s
    }

    /// The blocks after a header, while their columns agree; nil when not one block reads.
    func data(after h: FlattenedTableReader.Header) -> Table? {
        var cols = h.columns
        guard cols.count >= 2, cols.dropFirst().contains(where: { !$0.isUnitColumn }) else { return nil }
        // A change column headed by a bare change word (增幅) under a caption that names the change (…比上年涨跌幅度
        // （%）): the caption's name is the column's.
        if cols.dropFirst().contains(where: { $0.isChange && Self.bareChangeWords.contains($0.name) }),
           let named = captionChange(before: h.start) {
            for j in cols.indices.dropFirst() where cols[j].isChange && Self.bareChangeWords.contains(cols[j].name) {
                cols[j].name = named
            }
        }
        let hasUnitColumn = cols.dropFirst().contains(where: \.isUnitColumn)
        // Every value column needs a unit from somewhere (its header, the unit column, the caption), or the table
        // is not read.
        let unitless = !hasUnitColumn && cols.dropFirst().contains { !$0.isUnitColumn && $0.unit == nil }
        let captionUnit = unitless ? self.captionUnit(before: h.start) : nil
        if unitless, captionUnit == nil { return nil }
        var figures: [Figure] = []
        var end = h.dataStart
        var q = h.dataStart
        var parts = TablePartNamer()
        // Once a row of the table is indented (　其中：税收收入), indentation says which rows are parts.
        var sawIndent = false
        let measured = TableColumn.measured(Array(cols.dropFirst()))
        // Per column, read once per table rather than per cell: the header texts a repeated header must show, and
        // the period a column is named by (2024年).
        let raws = cols.map(\.raw)
        let rawFirst = Self.inertScalars(raws[0])
        let columnPeriods = TableColumn.periods(cols)
        blocks: while q < line.count {
            guard let tabN = line.nextTab(from: q) else { break }
            // The header again (a page break, or the second half of a side-by-side table).
            if mayRepeatHeader(at: q, endingAt: tabN, first: rawFirst),
               let again = header(endingAt: tabN, repeating: raws), again.start == q {
                q = again.dataStart
                continue
            }
            // A row whose name cell ran on into the section lines below it and whose unit and value went to the next
            // line (一、民政事业费累计支出 二、乡级行政区划单位 | ↵ 万元 | 57324.8 |): the unit cell is the name field's
            // last line, the name is what stands before the first section number.
            var nameEnd = tabN
            var spilledUnits: [(Decimal, Lexicon.Unit)]? = nil
            // (Whether section lines were cut off the name: the rows under them are no parts of this row.)
            var sectionsAfter = false
            if cols.count >= 3, cols[1].isUnitColumn, let spill = spilledUnitCell(q..<tabN) {
                spilledUnits = spill.units
                nameEnd = spill.nameEnd
                sectionsAfter = spill.sections
            }
            guard let names = rowNames(q..<nameEnd) else { break }
            var k: Int? = spilledUnits?.count
            var unitList: [(Decimal, Lexicon.Unit)] = spilledUnits ?? []
            var values = [[(Decimal?, Range<Int>)]](repeating: [], count: cols.count)
            var pos = tabN + 1
            var stop = pos
            for j in (spilledUnits == nil ? 1 : 2)..<cols.count {
                let last = j == cols.count - 1
                let next = line.nextTab(from: pos)
                if !last, next == nil { break blocks }
                let fieldEnd = last ? (next ?? line.count) : next!
                // 区公所 | 个 | | (a row whose value is left empty): the row ends at its line's end with its unit cell or
                // nothing, and the table goes on under it — the row is passed over, not the table ended.
                // (Line breaks read as spaces here: the content byte says where a line ended.)
                if let lineEnd = (pos..<fieldEnd).first(where: { line.t[$0] == 0x20 && isLineBreakByte(line.off[$0]) }),
                   cols[j].isUnitColumn ? isUnitCellAlone(pos..<lineEnd) : (pos..<lineEnd).allSatisfy(line.isSpace) {
                    q = lineEnd + 1
                    continue blocks
                }
                if cols[j].isUnitColumn {
                    // A glued row with no unit cell (社区服务站7,149) is a count with no unit.
                    if line.glued, !last, (pos..<fieldEnd).allSatisfy(line.isSpace) { pos = fieldEnd + 1; continue }
                    guard !last, let us = units(pos..<fieldEnd), k == nil || us.count == k else { break blocks }
                    k = us.count
                    unitList = us
                } else {
                    guard let (nums, s) = numbers(pos..<fieldEnd, want: last ? k : nil, whole: !last),
                          k == nil || nums.count == k else { break blocks }
                    k = nums.count
                    values[j] = nums
                    stop = s
                }
                pos = fieldEnd + 1
            }
            guard let rows = k, rows > 0 else { break }
            // Row names: one each, or one name written with spaces, or (glued) none.
            var rowName: [String] = Array(repeating: "", count: rows)
            var marked: [Bool] = Array(repeating: false, count: rows)
            if names.names.count == rows {
                rowName = names.names.map(\.0); marked = names.names.map(\.1)
            } else if rows == 1, !names.names.isEmpty {
                rowName = [names.names.map(\.0).joined()]; marked = [names.names[0].1]
            }
            // (One row on the line: whether its name opens after spaces at the line's start.)
            let indented: Bool? = rows == 1 && !line.glued ? rowIndented(q..<tabN) : nil
            if indented == true { sawIndent = true }
            for r in 0..<rows {
                let subject = parts.name(rowName[r], marked: marked[r], indented: sawIndent ? indented : nil)
                for j in 1..<cols.count {
                    let col = values[j]
                    guard r < col.count, let v = col[r].0 else { continue }
                    let tok = col[r].1
                    var fig = figure(v, tok)
                    let c = cols[j]
                    let headerUnit = c.unit ?? (hasUnitColumn ? nil : captionUnit)
                    if let hu = headerUnit {
                        Self.scale(&fig.value, by: hu.factor); fig.unit = hu.unit; fig.kind = hu.kind
                    } else if r < unitList.count {
                        let (factor, u) = unitList[r]
                        Self.scale(&fig.value, by: factor)
                        fig.unit = u.unit
                        fig.kind = FlattenedTableReader.kind(of: u.kind)
                    } else if let hu = captionUnit {
                        Self.scale(&fig.value, by: hu.factor); fig.unit = hu.unit; fig.kind = hu.kind
                    }
                    fig.subject = TableColumn.subject(row: subject, column: c, measured: measured)
                    if let period = names.period { fig.scope = period }
                    else if let (period, running) = columnPeriods[j] { fig.scope = period; fig.isCumulative = running }
                    figures.append(fig)
                }
            }
            if sectionsAfter { parts = TablePartNamer() }
            end = stop
            q = stop
            while q < line.count, line.isSpace(q) { q += 1 }
        }
        guard figures.count >= 2 else { return nil }
        return Table(figures: figures, end: end)
    }

    /// The unit cell of a row whose name field spans lines (`r`, up to the tab before the value): the field's last line
    /// holds one token only, a unit (万元, 个), and a line before it holds the name. The name ends before the first token
    /// after it that opens with a section number (二、乡级行政区划单位, 四、社会救助): those are the section lines of
    /// the rows below, which the page wrote into the same cell. Nil for any other field.
    /// The field after the name's tab must open with a number, the row's value: a row name that is a unit word (镇 under
    /// the section line 二、乡级行政区划单位, with its own unit cell 个 after it) is no unit cell.
    /// `sections`: whether section lines were cut off the name.
    func spilledUnitCell(_ r: Range<Int>) -> (units: [(Decimal, Lexicon.Unit)], nameEnd: Int, sections: Bool)? {
        guard let brk = r.last(where: { line.t[$0] == 0x20 && isLineBreakByte(line.off[$0]) }) else { return nil }
        let valueField = (r.upperBound + 1)..<(line.nextTab(from: r.upperBound + 1) ?? line.count)
        guard let first = line.tokens(valueField).first, case .number = kind(first) else { return nil }
        let unitToks = line.tokens(brk + 1..<r.upperBound)
        guard unitToks.count == 1, let us = units(unitToks[0]), us.count == 1 else { return nil }
        let nameToks = line.tokens(r.lowerBound..<brk)
        guard let firstName = nameToks.first, firstName.contains(where: { isCJK(line.t[$0]) }) else { return nil }
        var nameEnd = brk
        for tok in nameToks.dropFirst() {
            let s = line.string(tok)
            if Self.droppingListMarker(s) != s { nameEnd = tok.lowerBound; break }
        }
        return (us, nameEnd, nameEnd < brk)
    }

    /// Whether `r`, a unit cell whose row ends after it, is one: a unit the lexicon reads (个, 万张), or a short
    /// cell with no digit and no sentence mark (元/人·月: a unit no figure of the table needs).
    func isUnitCellAlone(_ r: Range<Int>) -> Bool {
        if units(r) != nil { return true }
        let kept = r.filter { !line.isSpace($0) }
        return !kept.isEmpty && kept.count <= 12 && !kept.contains { line.isDigit($0) || isSentenceMark(line.t[$0]) }
    }

    /// Whether the content byte at `o` ends a line (a row's line break, read as a space in `line`).
    func isLineBreakByte(_ o: Int) -> Bool {
        let b = reader.tables.content.bytes
        return o < b.count && (b[o] == 0x0A || b[o] == 0x0D)
    }

    /// Change columns' names that say only that they state a change.
    static let bareChangeWords: Set<String> = ["增幅", "增速", "增长", "涨跌", "涨幅", "增减"]

    /// The change a caption names after its comparison word, up to its unit bracket or its end (图2：…比上年涨跌幅度（%） →
    /// 涨跌幅度): 2 to 8 scalars holding a change word; nil when the caption names none.
    func captionChange(before start: Int) -> String? {
        var s = start
        while s > 0, start - s < 80, line.t[s - 1] != 0x3002 { s -= 1 }
        var caption = line.string(s..<start)
        if let open = caption.unicodeScalars.lastIndex(where: { isOpen($0.value) }) {
            caption = String(caption.unicodeScalars[..<open])
        }
        guard let cmp = lex.tableComparisons.first(where: { LiteralSearch.contains(caption, $0) }),
              let r = caption.range(of: cmp, options: .backwards) else { return nil }
        let named = String(caption[r.upperBound...])
        guard (2...8).contains(named.unicodeScalars.count),
              ["增长", "增速", "增幅", "涨跌", "涨幅", "下降", "增减"].contains(where: { LiteralSearch.contains(named, $0) })
        else { return nil }
        return named
    }

    /// `v *= factor`, without Foundation's multiplication when the factor is 1 (a percent column, 吨, 元) and `v` is
    /// neither zero nor NaN: then the product is `v` itself, byte for byte (a zero would lose its exponent, 0.0 → 0).
    static func scale(_ v: inout Decimal, by factor: Decimal) {
        if !v.isZero, !v.isNaN, withUnsafeBytes(of: factor, { $0.elementsEqual(oneBytes) }) { return }
        v *= factor
    }

    /// The bytes of `Decimal(1)`, as units and scales write a factor of one.
    static let oneBytes: [UInt8] = withUnsafeBytes(of: Decimal(1)) { Array($0) }

    /// 单位：亿元 in the caption before the header (表1 …（单位：亿元）).
    func captionUnit(before start: Int) -> TableReader.HeaderUnit? {
        var s = start
        while s > 0, start - s < 80, line.t[s - 1] != 0x3002 { s -= 1 }
        let caption = line.string(s..<start)
        guard LiteralSearch.contains(caption, "单位") else { return captionBracketUnit(before: start) }
        return reader.tables.headerUnit(caption)
    }

    /// A figure for the number token `tok` of the line.
    func figure(_ v: Decimal, _ tok: Range<Int>) -> Figure {
        var hi = tok.upperBound
        if line.t[hi - 1] == 0x25 { hi -= 1 }
        // (Up to the end of the token's last scalar: a bar row's line drops the spaces between a cell and its bar, so
        // the next scalar kept may start later.)
        let bytes = line.off[tok.lowerBound]..<ExtractorSupport.scalarEnd(reader.tables.content.bytes, line.off[hi - 1])
        let span = reader.tables.scalarRange(bytes)
        var fig = Figure(span: span, numberStart: span.lowerBound, value: v, unit: nil, kind: .count, unitEnd: span.upperBound)
        fig.fromTable = true
        fig.contentRange = bytes
        return fig
    }
}
