import Foundation

/// Tables written one row a line, read row by row: the rows the tab grammar (`FlattenedTableGrammar`) leaves, because
/// their header takes two rows, their units stand in the row names or on a line of their own, or their cells are parted
/// by single spaces.
///
/// - bars: `| 6月 | 1-6月累计 | 累计 | |` ↵ `| 增长% | |||` ↵ `| 本地生产总值(亿元) | —— | 1389.32 | -6.5 |`;
/// - spaces, under a line of units: `单位:人、%` ↵ `地区 人口数 比重` ↵ `全区 550411 100` ↵ `  中心区 …`.
///
/// A row is data when its first cell names it (text, no sentence mark) and every other cell is a number, a number
/// with its own unit (10.17个百分点) or empty (——, —, -, …, /, or nothing between bars). Header rows before the first
/// data row are merged per column: the value columns are counted on the data, a header row that opens with the
/// row-name column's header (地区, 指标: `table_headers.stub`) or has one cell more than there are values drops its
/// first, and the cells of each row are laid on the value columns from the right (a second header row, 增长%, falls
/// under the last: 累计 + 增长% → 累计增长%; a first row with fewer cells than columns spans its first cell over the
/// columns left). A cell's unit is its own, else its column's (增长% → %), else its row name's bracket (本地生产总值
/// (亿元)), which later rows without one keep, else the unit line's (one for every column, or one per column in order).
/// A cell with none is not read. Indented rows are parts of the row above (TablePartNamer), a row holding only a
/// period (2020年) dates the rows under it.
///
/// Nothing here fires on prose: bar rows must open their line with a bar, space-parted rows are read only under a
/// unit line, a table needs a data row with a name and a value and ends at the first line that is neither a row, a
/// header, a period nor blank, and a table with fewer than two figures is dropped. Rows the tab grammar read are left
/// to it.
extension FlattenedTableReader {
    /// Reads the grid tables of the lines from `r` (`anchored`: a single table starting at a unit line; else every table
    /// of a block of bar rows) into `out`, skipping rows already in its regions.
    /// `caption`: the title line above a block of bar rows, if any (the first table's caption).
    /// `rowUnits`: anchored at a run of rows that name their units in brackets, which may have no header.
    func readGrid(_ b: [UInt8], _ r: Range<Int>, anchored: Bool, caption: String? = nil, rowUnits: Bool = false,
                  into out: inout Result) {
        guard r.lowerBound < r.upperBound else { return }
        // (An anchored table is short: its lines are read up to a bound, not to the document's end.)
        var hi = r.lowerBound
        if anchored {
            var lines = 0
            while hi < r.upperBound, lines < 400 {
                if b[hi] == 0x0A { lines += 1 }
                hi += 1
            }
        } else {
            hi = r.upperBound
        }
        let line = Line(b, r.lowerBound..<hi, plain: true)
        let g = FlattenedTableGrammar(reader: self, line: line)
        GridTables(g: g, anchored: anchored, caption: caption, rowUnits: rowUnits).read(into: &out)
    }
}

/// The row-by-row reading of `FlattenedTableReader.readGrid`, over plain scalars (line breaks kept, bars as written).
struct GridTables {
    let g: FlattenedTableGrammar
    let anchored: Bool
    /// The title line above the first table, when it stands on a line of its own (not a bar row).
    var caption: String? = nil
    /// Anchored at rows that name their own units (`FlattenedTableReader.rowUnitAnchors`): no header is needed.
    var rowUnits = false
    var line: FlattenedTableReader.Line { g.line }
    var tables: TableReader { g.reader.tables }

    enum Cell {
        case value(Decimal, Range<Int>, TableReader.HeaderUnit?)
        case blank
    }

    enum Row {
        case data(label: Range<Int>, values: [Cell])
        case header([String])
        case period(String)
        /// A bar row of one text cell that is no header (1、本地生产总值, 表3 人口构成): a table's title.
        case caption(String)
        case units([TableReader.HeaderUnit])
        case blank
        case other
    }

    func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 }

    /// The cells of the line `a..<e` (no line break inside): between bars when it opens with one (empty cells kept
    /// inside, dropped at the ends), else its space-parted tokens; and whether it is a bar row.
    func cells(_ a: Int, _ e: Int) -> (cells: [Range<Int>], bar: Bool) {
        var s = a
        while s < e, isSpace(line.t[s]) { s += 1 }
        guard s < e else { return ([], false) }
        var out: [Range<Int>] = []
        if line.t[s] == 0x7C || Self.closesWithBar(line.t, s, e) {
            // (A row written without its opening bar, 指标 | 2017年 | 2016年 |, closes with one and has another.)
            var k = line.t[s] == 0x7C ? s + 1 : s
            var start = k
            while k <= e {
                if k == e || line.t[k] == 0x7C {
                    var lo = start, hi = k
                    while lo < hi, isSpace(line.t[lo]) { lo += 1 }
                    while hi > lo, isSpace(line.t[hi - 1]) { hi -= 1 }
                    out.append(lo..<hi)
                    start = k + 1
                }
                k += 1
            }
            while let last = out.last, last.isEmpty { out.removeLast() }
            return (out, true)
        }
        var k = s
        while k < e {
            while k < e, isSpace(line.t[k]) { k += 1 }
            let t0 = k
            while k < e, !isSpace(line.t[k]) { k += 1 }
            if k > t0 { out.append(t0..<k) }
        }
        return (out, false)
    }

    /// Whether the line `t[s..<e]` (not opening with a bar) closes with a bar and holds another: a bar row without its
    /// opening bar.
    static func closesWithBar(_ t: [UInt32], _ s: Int, _ e: Int) -> Bool {
        var hi = e
        while hi > s, t[hi - 1] == 0x20 || t[hi - 1] == 0x09 { hi -= 1 }
        guard hi > s + 1, t[hi - 1] == 0x7C else { return false }
        return t[s..<(hi - 1)].contains(0x7C)
    }

    /// A value cell: a number, an empty mark, or a number with its own unit (10.17个百分点); nil for anything else.
    func value(_ r: Range<Int>) -> Cell? {
        if r.isEmpty { return .blank }
        if r.contains(where: { isSpace(line.t[$0]) }) { return nil }
        switch g.kind(r) {
        case .number(let v): return .value(v, r, nil)
        case .punctuation: return g.isNullMark(r) ? .blank : nil
        case .text:
            var k = r.lowerBound
            if line.t[k] == 0x2D { k += 1 }
            while k < r.upperBound, line.isDigit(k) || line.t[k] == 0x2E { k += 1 }
            guard k > r.lowerBound, k < r.upperBound, line.isDigit(k - 1), case .number(let v) = g.kind(r.lowerBound..<k),
                  let u = tables.unitCell(line.string(k..<r.upperBound)) else { return nil }
            return .value(v, r.lowerBound..<k, u)
        }
    }

    func hasIdeograph(_ r: Range<Int>) -> Bool { r.contains { (0x3400...0x9FFF).contains(line.t[$0]) } }

    /// A token of a Latin gloss: ASCII letters, digits and the marks between them ((10,000, persons), Rehabilitation),
    /// at least one letter or bracket.
    func isGloss(_ r: Range<Int>) -> Bool {
        var letters = false
        for k in r {
            let c = line.t[k]
            guard c < 0x80 else { return false }
            if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x28 || c == 0x29 { letters = true }
        }
        return letters
    }

    /// A name or header cell: text of 1 to 30 scalars with no sentence mark.
    func isLabel(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 30 else { return false }
        if case .number = g.kind(r) { return false }
        return !r.contains { g.isSentenceMark(line.t[$0]) }
    }

    /// A header cell: a label whose digits only write a period (2024年, 1-6月累计).
    func isHeaderCell(_ r: Range<Int>) -> Bool {
        guard r.count <= 24, isLabel(r) else { return false }
        return g.digitsArePeriods(line.string(r))
    }

    /// 单位:人、% → [人, %]: the units after 单位 and a colon, parted by 、，, / or spaces; nil unless each is one.
    func unitLine(_ a: Int, _ e: Int) -> [TableReader.HeaderUnit]? {
        var k = a
        while k + 2 < e, !(line.t[k] == 0x5355 && line.t[k + 1] == 0x4F4D && (line.t[k + 2] == 0x3A || line.t[k + 2] == 0xFF1A)) {
            k += 1
        }
        guard k + 2 < e, e - k <= 30 else { return nil }
        var units: [TableReader.HeaderUnit] = []
        var p = k + 3
        while p < e {
            while p < e, [0x20, 0x09, 0x3001, 0x2C, 0xFF0C, 0x2F].contains(line.t[p]) { p += 1 }
            let s = p
            while p < e, ![0x20, 0x09, 0x3001, 0x2C, 0xFF0C, 0x2F].contains(line.t[p]) { p += 1 }
            guard p > s else { break }
            guard let u = tables.unitCell(line.string(s..<p)) else { return nil }
            units.append(u)
        }
        return units.isEmpty ? nil : units
    }

    func classify(_ a: Int, _ e: Int) -> Row {
        var (cs, bar) = cells(a, e)
        // A serial number before the row's name (| 3 | 河北省 | 2.86 |): a column the header does not name.
        if bar, cs.count >= 3, isSerial(cs[0]), isLabel(cs[1]), period(cs[1]) == nil { cs.removeFirst() }
        guard cs.contains(where: { !$0.isEmpty }) else { return .blank }
        // A period's row with no value yet (| 2018 | | | |, its empty cells dropped): nothing to read, and no end of the table.
        if bar, period(cs[0]) != nil, cs.dropFirst().allSatisfy({ $0.isEmpty || g.isNullMark($0) }) { return .blank }
        // A rule under a header (|---|:--:|) parts nothing.
        if bar, cs.allSatisfy({ $0.allSatisfy { [0x2D, 0x3A, 0x3D, 0x2B, 0x20].contains(line.t[$0]) } }) { return .blank }
        if !bar, let u = unitLine(a, e) { return .units(u) }
        if bar {
            if cs.count >= 2, isLabel(cs[0]) || isYear(cs[0]) {
                let vs = cs.dropFirst().map(value)
                if vs.allSatisfy({ $0 != nil }), vs.contains(where: { if case .value = $0 { true } else { false } }) {
                    return .data(label: cs[0], values: vs.map { $0! })
                }
            }
        } else if let first = cs.firstIndex(where: { value($0) != nil }), first > 0 {
            // The name is every token before the first value (a name written with spaces is one name), but for a gloss
            // in Latin letters after it (视力残疾人 (万人) Visual Disability (10,000 persons): a bilingual yearbook's).
            var lastName = first - 1
            if cs[..<first].contains(where: hasIdeograph) {
                while lastName > 0, !hasIdeograph(cs[lastName]), isGloss(cs[lastName]) { lastName -= 1 }
            }
            let label = cs[0].lowerBound..<cs[lastName].upperBound
            let vs = cs[first...].map(value)
            if isLabel(label), vs.allSatisfy({ $0 != nil }), vs.contains(where: { if case .value = $0 { true } else { false } }) {
                return .data(label: label, values: vs.map { $0! })
            }
            return .other
        }
        let texts = cs.filter { !$0.isEmpty }
        if texts.count == 1, TableColumn.isPeriodLabel(line.string(texts[0])) { return .period(line.string(texts[0])) }
        if texts.allSatisfy(isHeaderCell) { return .header(texts.map { line.string($0) }) }
        if bar, texts.count == 1, isLabel(texts[0]) { return .caption(line.string(texts[0])) }
        return .other
    }

    /// A cell holding a serial number: one to three digits, not starting with 0.
    func isSerial(_ r: Range<Int>) -> Bool {
        (1...3).contains(r.count) && line.t[r.lowerBound] != 0x30 && r.allSatisfy { line.isDigit($0) }
    }

    /// A cell holding a year alone (`isYear(_:)` on its scalars).
    func isYear(_ r: Range<Int>) -> Bool { Self.isYear(line.t[r]) }

    /// Four digits, 1900 to 2099: a year written alone (a row's name, a header cell). Scalars or bytes alike.
    static func isYear<C: Collection>(_ c: C) -> Bool where C.Element: FixedWidthInteger {
        guard c.count == 4, c.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let d0 = c[c.startIndex], d1 = c[c.index(after: c.startIndex)]
        return d0 == 0x31 && d1 == 0x39 || d0 == 0x32 && d1 == 0x30
    }

    /// The period a row name states, when it states only that (2017 → 2017年, 2017年, 2020年6月): the row of a table whose
    /// columns are the measures (| 时间 | 常住人口 (万人) | 出生率 (‰) |), each cell named by its column and dated by its row.
    func period(_ r: Range<Int>) -> String? {
        if isYear(r) { return line.string(r) + "年" }
        guard r.count <= 12, line.t[r].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let s = line.string(r)
        return TableColumn.isPeriodLabel(s) ? s : nil
    }

    /// Whether the name at `r` is indented: spaces between its line's start and it.
    func indented(_ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        var spaces = 0
        while k > 0, line.t[k - 1] != 0x0A {
            if isSpace(line.t[k - 1]) { spaces += 1 } else if line.t[k - 1] != 0x7C { return false }
            k -= 1
        }
        return spaces > 0 && line.t[k] != 0x7C
    }

    /// One table being read: its header rows, units and columns once a data row has counted them.
    struct Table {
        var headers: [[String]] = []
        var units: [TableReader.HeaderUnit] = []
        var columns: [TableColumn]? = nil
        var periods: [(String, Bool)?] = []
        var measured = ""
        var rowUnit: TableReader.HeaderUnit? = nil
        var parts = TablePartNamer()
        var sawIndent = false
        var period: String? = nil
        /// The title above the header (a one-cell row), and the unit it gives cells that have none: its bracket or
        /// 单位 (表1 主要指标(亿元)), or % for a composition (第三产业增加值构成).
        var caption: String? = nil
        var captionUnit: TableReader.HeaderUnit? = nil
        /// Whether the rows are places (the stub header 地区): an indented row is an area, named by itself.
        var areaRows = false
        var figures: [Figure] = []
        var regions: [Range<Int>] = []
    }

    /// The value columns of a table whose data rows hold `n` values, from its header rows; nil when a header row has
    /// more cells than there are columns.
    func columns(_ headers: [[String]], values n: Int) -> [TableColumn]? {
        var labels = [String](repeating: "", count: n)
        let stubs = g.lex.tableStubHeaders
        for (i, h) in headers.enumerated() {
            var cs = h
            if i == 0, cs.count == n + 1 || (cs.count > 1 && stubs.contains(where: { LiteralSearch.equals($0, cs[0]) })) {
                cs.removeFirst()
            }
            guard cs.count <= n else { return nil }
            let off = n - cs.count
            for (j, c) in cs.enumerated() { labels[off + j] += c }
            if i == 0, off > 0, let first = cs.first { for j in 0..<off { labels[j] += first } }
        }
        return labels.map { g.column($0) }
    }

    func read(into out: inout FlattenedTableReader.Result) {
        var t = Table()
        t.caption = caption
        var seen: [Range<Int>] = out.regions
        func finish() {
            if t.figures.count >= 2 {
                out.figures += t.figures
                out.regions += t.regions
                seen += t.regions
            }
            t = Table()
        }
        var a = 0
        while a < line.count {
            var e = a
            while e < line.count, line.t[e] != 0x0A { e += 1 }
            defer { a = e + 1 }
            switch classify(a, e) {
            case .blank:
                continue
            case .units(let u):
                if t.columns != nil { finish(); if anchored { return } }
                t.units = u
            case .header(let h):
                if t.columns != nil { finish(); if anchored { return } }
                // A single text cell after the data of a table, or before any header, is a caption: a new table.
                t.headers.append(h)
            case .period(let p):
                t.period = p
            case .caption(let c):
                // A title opens a new table: after data or headers, the one before ends.
                if t.columns != nil || !t.headers.isEmpty || !t.units.isEmpty { finish(); if anchored { return } }
                t.caption = c
            case .other:
                if anchored, t.columns != nil || !t.headers.isEmpty { finish(); return }
                finish()
                if anchored { return }
            case .data(let label, let values):
                if t.columns == nil {
                    // A one-cell header row above a header row of several cells is the table's title (| 本地生产总值构成 |
                    // over | 指标 | 6月 | 1-6月累计 |), no column's header.
                    if t.headers.count >= 2, t.headers[0].count == 1, t.headers[1].count >= 2 {
                        t.caption = t.headers.removeFirst()[0]
                    }
                    if let c = t.caption { t.captionUnit = captionUnit(c) }
                    if let stub = t.headers.first?.first {
                        t.areaRows = g.lex.tableAreaStubs.contains { LiteralSearch.equals($0, stub) }
                    }
                    guard !t.headers.isEmpty || !t.units.isEmpty || rowUnits, let cols = columns(t.headers, values: values.count) else {
                        finish(); if anchored { return } else { continue }
                    }
                    t.columns = cols
                    // (`periods` counts the row-name column as its first.)
                    t.periods = Array(TableColumn.periods([g.column("")] + cols).dropFirst())
                    t.measured = TableColumn.measured(cols)
                } else if values.count != t.columns!.count {
                    finish(); if anchored { return } else { continue }
                }
                row(label, values, lineRange: a..<e, into: &t, seen: seen)
            }
        }
        finish()
    }

    /// The unit a table's title gives the cells that have none: one in its bracket or after 单位 (表1 主要指标（亿元）),
    /// else % when it names a composition (units.yaml table_headers.composition: 第三产业增加值构成 lists shares).
    func captionUnit(_ caption: String) -> TableReader.HeaderUnit? {
        if let u = tables.headerUnit(caption), u.unit != nil { return u }
        if g.lex.tableCompositionWords.contains(where: { LiteralSearch.contains(caption, $0) }) {
            return TableReader.HeaderUnit(factor: 1, unit: "%", kind: .percent)
        }
        return nil
    }

    /// The figures of one data row.
    func row(_ label: Range<Int>, _ values: [Cell], lineRange: Range<Int>, into t: inout Table, seen: [Range<Int>]) {
        let cols = t.columns!
        // A row named by a period alone: its cells are named by their columns (`period`).
        let rowPeriod = period(label)
        var name = rowPeriod == nil ? line.string(label) : ""
        if rowUnits { while name.last == " " { name.removeLast() } }
        // A unit in brackets closing the name (本地生产总值(亿元), 企业个数(个)): the row's, and the rows' below it.
        if let close = name.unicodeScalars.last, g.isClose(close.value),
           let open = name.unicodeScalars.lastIndex(where: { g.isOpen($0.value) }) {
            let inside = String(name.unicodeScalars[name.unicodeScalars.index(after: open)..<name.unicodeScalars.index(before: name.unicodeScalars.endIndex)])
            if let u = tables.unitCell(inside) {
                t.rowUnit = u
                name = String(name.unicodeScalars[..<open])
            } else if !g.lex.tableRowGlosses.contains(where: { LiteralSearch.hasPrefix(inside, $0) }) {
                // A bracket that is no unit and no gloss (居民消费价格指数(上年=100)): the row is measured its own way,
                // so the unit of the rows above stops here.
                t.rowUnit = nil
            }
        }
        var marked = false
        if name.hasPrefix("#") { name.removeFirst(); marked = true }
        name = FlattenedTableGrammar.droppingListMarker(name)
        if name.hasPrefix("其中") { marked = true; name = g.clean(name) }
        let ind = indented(label)
        if ind { t.sawIndent = true }
        let part = t.parts.name(name, marked: marked, indented: t.sawIndent ? ind : nil)
        // (An area within an area, 张家堡街道 under 中心区, is named by itself.)
        let subject = t.areaRows && ind ? name : part
        let span = tables.scalarRange(line.off[lineRange.lowerBound]..<line.off[lineRange.upperBound])
        guard !seen.contains(where: { $0.overlaps(span) }) else { return }
        var any = false
        for (j, cell) in values.enumerated() {
            guard case .value(let v, let tok, let own) = cell else { continue }
            let unitList: TableReader.HeaderUnit? = t.units.count == cols.count ? t.units[j] : t.units.count == 1 ? t.units[0] : nil
            guard let u = own ?? cols[j].unit ?? t.rowUnit ?? unitList ?? t.captionUnit else { continue }
            var fig = g.figure(v, tok)
            FlattenedTableGrammar.scale(&fig.value, by: u.factor)
            fig.unit = u.unit
            fig.kind = u.kind
            fig.subject = TableColumn.subject(row: subject, column: cols[j], measured: t.measured)
            if let p = rowPeriod ?? t.period { fig.scope = p } else if let (p, running) = t.periods[j] { fig.scope = p; fig.isCumulative = running }
            t.figures.append(fig)
            any = true
        }
        if any { t.regions.append(span) }
    }
}
