import Foundation

/// Reads figures from tables: each cell holding a number becomes a metric whose subject is its row header and
/// whose scale, unit and direction come from the column header or the caption.
///
/// 年末数（万人） 199.5 → 1995000 人; 比上年增长（%） -2.3 → 2.3 %, direction down.
struct TableReader {
    let book: PatternBook
    let text: DocText
    let content: ContentText
    let normalized: NormalizedText

    /// Per document: whether the normalized text's offset runs never go back (`TableReader.isMonotone`), found once.
    final class OffsetOrder {
        var known = false
        var monotone = false
    }
    let offsetOrder = OffsetOrder()

    /// Per document read folded from traditional script: each written form → its simplified one (the inverse of
    /// `NormalizedText.writtenForms`), built on first use. Table cells are read in the content text, as written.
    final class Folds {
        var map: [UInt32: UInt32]? = nil
    }
    let folds = Folds()

    /// Content byte offset → scalar index in the normalized text (first scalar at or after it).
    func scalarIndex(ofContent c: Int) -> Int {
        let lo = normalizedIndex(ofContent: c)
        return text.byteOffsets.withUnsafeBufferPointer { offs in
            var slo = 0, shi = text.count
            while slo < shi {
                let mid = (slo + shi) / 2
                if Int(offs[mid]) < lo { slo = mid + 1 } else { shi = mid }
            }
            return slo
        }
    }

    /// The first normalized byte whose content offset is at least `c` (the bytes' count when none is): the bisection
    /// below, answered from the runs directly when they never go back (then the bisection finds exactly that byte).
    func normalizedIndex(ofContent c: Int) -> Int {
        let map = normalized.contentOffsets, n = normalized.bytes.count
        if case .runs(let runs) = map.storage, runs.text.count == n {
            if !offsetOrder.known {
                offsetOrder.monotone = TableReader.isMonotone(runs)
                offsetOrder.known = true
            }
            if offsetOrder.monotone { return TableReader.lowerBound(runs, c) }
        }
        return TableReader.bisect(map, below: n, for: c)
    }

    /// Whether the runs' offsets never decrease over the text: each run starts after the one before, and its last
    /// byte's offset is at most the next run's first (inside a run offsets only grow).
    static func isMonotone(_ runs: OffsetRuns) -> Bool {
        let starts = runs.starts, origins = runs.origins, t = runs.text, n = t.count
        guard !starts.isEmpty, starts.count == origins.count, starts[0] == 0 else { return false }
        for k in 0..<starts.count {
            let start = Int(starts[k])
            let end = k + 1 < starts.count ? Int(starts[k + 1]) : n
            guard end > start, end <= n else { return false }
            if k + 1 < starts.count, lastOffset(runs, k, end) > Int(origins[k + 1]) { return false }
        }
        return true
    }

    /// The offset of the last byte before `end` in run `k` (as `OffsetRuns.origin(of:)` gives it).
    private static func lastOffset(_ runs: OffsetRuns, _ k: Int, _ end: Int) -> Int {
        let start = Int(runs.starts[k])
        var p = end - 1
        while p > start, runs.text[p] & 0xC0 == 0x80 { p -= 1 }
        return Int(runs.origins[k]) + p - start
    }

    /// The first byte whose offset is at least `c` in runs that never go back (`isMonotone`), the text's length when
    /// none is. A byte inside a run maps to its run's origin plus the distance of its character's first byte from the
    /// run's start; the answer lies in the last run starting below `c`, or is the next run's start.
    static func lowerBound(_ runs: OffsetRuns, _ c: Int) -> Int {
        let n = runs.text.count
        return runs.origins.withUnsafeBufferPointer { origins in
            runs.starts.withUnsafeBufferPointer { starts in
                // j: the first run whose origin is at least c.
                var a = 0, b = origins.count
                while a < b {
                    let mid = (a + b) / 2
                    if Int(origins[mid]) < c { a = mid + 1 } else { b = mid }
                }
                let j = a
                let next = j < starts.count ? Int(starts[j]) : n
                guard j > 0 else { return next }
                let k = j - 1
                let start = Int(starts[k])
                let x = start + (c - Int(origins[k]))  // origins[k] < c: x is past the run's first byte
                guard x < next else { return next }
                // The first character starting at or after x (bytes before it map to an earlier character).
                var i = x
                runs.text.withUnsafeBufferPointer { t in
                    while i < next, t[i] & 0xC0 == 0x80 { i += 1 }
                }
                return i
            }
        }
    }

    /// The bisection `lo = 0, hi = n; while lo < hi { mid … if map[mid] < c { lo = mid + 1 } else { hi = mid } }` over
    /// an offset map, probing the same entries in the same order (so the same answer, sorted or not), with the map's
    /// storage looked at once instead of at every probe (`map[i]` switches over it and copies its arrays each time).
    static func bisect(_ map: OffsetMap, below n: Int, for c: Int) -> Int {
        var lo = 0, hi = n
        switch map.storage {
        case .identity:
            while lo < hi {
                let mid = (lo + hi) / 2
                if mid < c { lo = mid + 1 } else { hi = mid }
            }
        case .table(let table):
            table.withUnsafeBufferPointer { t in
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if Int(t[mid]) < c { lo = mid + 1 } else { hi = mid }
                }
            }
        case .runs(let runs):
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(runs.origin(of: mid)) < c { lo = mid + 1 } else { hi = mid }
            }
        }
        return lo
    }

    func scalarRange(_ r: Range<Int>) -> Range<Int> {
        let a = scalarIndex(ofContent: r.lowerBound)
        return a..<max(a, scalarIndex(ofContent: r.upperBound))
    }

    func cellScalarRanges() -> [Range<Int>] {
        var out: [Range<Int>] = []
        for table in content.tables {
            for row in table.rows { for cell in row { out.append(scalarRange(cell.range)) } }
        }
        return out.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The cell's text opens with a space (an ideographic space folded, a tab): an indented row name.
    func startsIndented(_ r: Range<Int>) -> Bool {
        let sr = scalarRange(r)
        guard let i = sr.first else { return false }
        let s = text.t[i]
        return s == 0x20 || s == 0x3000 || s == 0x09 || s == 0xA0
    }

    func cellText(_ r: Range<Int>) -> String {
        var s = ""
        for i in scalarRange(r) where !text.isSpace(text.t[i]) { s.unicodeScalars.append(Unicode.Scalar(text.t[i])!) }
        return s
    }

    /// A unit stated in a header or caption: （万人）, (%), 单位：亿元.
    struct HeaderUnit { var factor: Decimal; var unit: String?; var kind: MetricKind }

    /// `ownCell`: the text is a data cell, whose own scale and unit may follow its number (175.65亿元).
    func headerUnit(_ s: String, ownCell: Bool = false) -> HeaderUnit? {
        let t = Array(s.unicodeScalars.map(\.value))
        // Look inside brackets first, then after 单位, then at the end.
        var starts: [Int] = []
        for (i, c) in t.enumerated() where c == 0x28 || c == 0xFF08 || c == 0x3010 { starts.append(i + 1) }
        // A cell that writes its own scale and unit after the number (175.65亿元) names them there.
        var afterNumber = 0
        while afterNumber < t.count, (t[afterNumber] >= 0x30 && t[afterNumber] <= 0x39) || t[afterNumber] == 0x2E
                || t[afterNumber] == 0x2C || (afterNumber == 0 && t[0] == 0x2D) { afterNumber += 1 }
        if ownCell, afterNumber > 0, afterNumber < t.count { starts.append(afterNumber) }
        if let after = TableReader.scalarEnd(of: TableReader.unitWord, in: s, scalars: t) {
            var k = after
            while k < t.count, t[k] == 0x3A || t[k] == 0xFF1A || t[k] == 0x20 { k += 1 }
            starts.append(k)
        }
        for st in starts {
            var k = st
            var factor = Decimal(1)
            while k < t.count, let f = book.scales[t[k]], !book.scaleBeginsUnit(t, at: k) { factor *= f; k += 1 }
            if let (u, _) = book.unit(t, at: k) {
                let kind: MetricKind
                switch u.kind {
                case .money: kind = .money
                case .measure: kind = .measure
                case .percent: kind = .percent
                case .ratio: kind = .ratio
                case .count, .time: kind = .count
                }
                return HeaderUnit(factor: factor * (u.factor ?? 1), unit: u.unit, kind: kind)
            }
            if factor != 1 { return HeaderUnit(factor: factor, unit: nil, kind: .count) }
        }
        if s.hasSuffix("%") { return HeaderUnit(factor: 1, unit: "%", kind: .percent) }
        // Points written without brackets at the header's end (增减百分点, 比上年增减个百分点): a percent unit of two
        // letters or more closing it. (One letter would be a word's end: 比重 is no 重.)
        if t.count > 2 {
            for k in max(1, t.count - 5)...(t.count - 2) {
                if let (u, len) = book.unit(t, at: k), k + len == t.count, u.kind == .percent {
                    return HeaderUnit(factor: u.factor ?? 1, unit: u.unit, kind: .percent)
                }
            }
        }
        return nil
    }

    /// The scalar index just past the first `word` in `s` (whose scalars are `t`), as Foundation's `range(of:)`
    /// finds it: a scalar search when both are inert text (LiteralSearch), Foundation otherwise.
    static func scalarEnd(of word: String, in s: String, scalars t: [UInt32]) -> Int? {
        // 单位 (the word headers are searched for) is no scalar's canonical decomposition, nor part of one
        // (TableReaderTests checks the CJK compatibility ideographs, the only scalars that decompose to ideographs):
        // where its bytes are not, Foundation finds it nowhere either, however the rest of `s` is written.
        if word == unitWord {
            var bytes = s
            if !bytes.withUTF8({ LiteralSearch.bytesContain($0, unitBytes) }) { return nil }
        }
        var s2 = s, w2 = word
        let inert = s2.withUTF8 { LiteralSearch.isInert($0) } && w2.withUTF8 { LiteralSearch.isInert($0) }
        guard inert else {
            guard let r = s.range(of: word) else { return nil }
            return s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: r.upperBound)
        }
        let w = word.unicodeScalars.map(\.value)
        guard !w.isEmpty, w.count <= t.count else { return nil }
        var i = 0
        while i + w.count <= t.count {
            if t[i] == w[0], t[i..<(i + w.count)].elementsEqual(w) { return i + w.count }
            i += 1
        }
        return nil
    }

    /// The word before a table's unit (单位：亿元).
    static let unitWord = "单位"
    private static let unitBytes = Array(unitWord.utf8)

    /// A cell that is only [scale…] unit, the cell of a 单位 column: 万吨 → ×10000 吨, 亿元 → ×10^8 元.
    func unitCell(_ s: String) -> HeaderUnit? {
        let t = Array(s.unicodeScalars.map(\.value))
        if let u = unitCell(scalars: t) { return u }
        // A unit written in traditional script (隻, 噸) in a document read folded: the word lists are simplified.
        guard !normalized.writtenForms.isEmpty else { return nil }
        if folds.map == nil {
            var m: [UInt32: UInt32] = [:]
            for (simplified, written) in normalized.writtenForms { m[written] = simplified }
            folds.map = m
        }
        let f = t.map { folds.map![$0] ?? $0 }
        guard f != t, var u = unitCell(scalars: f) else { return nil }
        // (The unit as the document writes it, 隻 not 只: the convention of units, as `WrittenUnits` restores them.)
        if let unit = u.unit {
            var w = String.UnicodeScalarView()
            for x in unit.unicodeScalars { w.append(normalized.writtenForms[x.value].flatMap(Unicode.Scalar.init) ?? x) }
            u.unit = String(w)
        }
        return u
    }

    func unitCell(scalars t: [UInt32]) -> HeaderUnit? {
        var k = 0
        var factor = Decimal(1)
        while k < t.count, let f = book.scales[t[k]], !book.scaleBeginsUnit(t, at: k) { factor *= f; k += 1 }
        guard let (u, len) = book.unit(t, at: k), k + len == t.count, u.kind != .time else { return nil }
        return HeaderUnit(factor: factor * (u.factor ?? 1), unit: u.unit, kind: FlattenedTableReader.kind(of: u.kind))
    }

    func figures() -> [Figure] {
        var out: [Figure] = []
        for table in content.tables {
            let captionUnit = table.caption.flatMap { headerUnit(cellText($0)) }
            let topic = table.caption.flatMap { captionTopic(cellText($0)) }
            // Lay cells on a grid (spans repeat the cell).
            var grid: [[TextTable.Cell?]] = []
            for (r, row) in table.rows.enumerated() {
                while grid.count <= r { grid.append([]) }
                var c = 0
                for cell in row {
                    while c < grid[r].count, grid[r][c] != nil { c += 1 }
                    for dr in 0..<max(1, cell.rowSpan) {
                        while grid.count <= r + dr { grid.append([]) }
                        for dc in 0..<max(1, cell.columnSpan) {
                            while grid[r + dr].count <= c + dc { grid[r + dr].append(nil) }
                            grid[r + dr][c + dc] = cell
                        }
                    }
                    c += max(1, cell.columnSpan)
                }
            }
            // Header rows: leading rows flagged <th>, or whose cells hold no number — a row naming only periods
            // (年份 | 2020年 | 2021年 | …) heads the columns too: its years say when, each column's cells are no count
            // of 年, and the rows below are one figure each year, not one figure stated five times.
            var headerRows = 0
            for row in grid {
                let cells = row.compactMap { $0 }
                let allHeader = !cells.isEmpty && cells.allSatisfy(\.isHeader)
                let periodRow = cells.count > 2
                    && cells.dropFirst().allSatisfy { TableColumn.isPeriodLabel(cleanHeader(cellText($0.range))) }
                let numeric = !periodRow && cells.dropFirst().contains { cell in
                    // 584.4<br>105.5: a cell holding a column of numbers is data too.
                    numberIn(cellText(cell.range)) != nil || {
                        let toks = tokens(scalarRange(cell.range))
                        return toks.count > 1 && toks.allSatisfy { numberIn(text.string($0)) != nil }
                    }()
                }
                if allHeader || !numeric { headerRows += 1 } else { break }
            }
            if headerRows == grid.count { continue }
            // Each column's header (cells of several header rows joined): 单位, 产量, 比上年增长（%）.
            let width = grid.map(\.count).max() ?? 0
            var columns: [TableColumn] = []
            for c in 0..<width {
                var header = ""
                var seen: [TextTable.Cell] = []
                for h in 0..<headerRows where grid[h].indices.contains(c) {
                    if let hc = grid[h][c], !seen.contains(hc) { header += cellText(hc.range); seen.append(hc) }
                }
                columns.append(TableColumn(header, lexicon: book.lexicon, headerUnit: { headerUnit($0) }))
            }
            let unitColumn = columns.indices.dropFirst().first { columns[$0].isUnitColumn }
            let measured = TableColumn.measured(Array(columns.dropFirst()))
            let columnPeriods = TableColumn.periods(columns)
            var parts = TablePartNamer()
            // A table that indents its parts (　其中：制造业, 　出口) says by indentation which rows are parts.
            let indents = (headerRows..<grid.count).map { r -> Bool in
                guard let first = grid[r].first.flatMap({ $0 }) else { return false }
                return startsIndented(first.range)
            }
            let marksIndent = indents.contains(true) && indents.contains(false)
            for r in headerRows..<grid.count {
                let row = grid[r]
                if let grouped = groupedFigures(row, columns: columns, unitColumn: unitColumn, measured: measured,
                                                parts: &parts, captionUnit: captionUnit) {
                    out += grouped
                    continue
                }
                let rawRowHeader = row.first.flatMap { $0 }.map { cellText($0.range) } ?? ""
                let rowHeader = cleanHeader(rawRowHeader)
                // A row named by a period (2021年) is when, not what: the column names the figure.
                let rowPeriod = TableColumn.isPeriodLabel(rowHeader) ? rowHeader : nil
                let rowUnitText = unitColumn.flatMap { u in row.indices.contains(u) ? row[u] : nil }.map { cellText($0.range) }
                let rowName = rowPeriod != nil ? "" : parts.name(rowHeader, marked: rawRowHeader.hasPrefix("#")
                                                                    || rawRowHeader.hasPrefix("＃") || rawRowHeader.hasPrefix("其中"),
                                                                 unit: rowUnitText,
                                                                 indented: marksIndent ? indents[r - headerRows] : nil)
                // 万吨 in the unit column scales every value of the row that has no unit of its own.
                let rowUnit = rowUnitText.flatMap { unitCell($0) }
                for c in row.indices {
                    guard let cell = row[c], c == 0 || cell != row[c - 1] else { continue }
                    if r > 0, grid[r - 1].indices.contains(c), grid[r - 1][c] == cell { continue }
                    guard let (value, numRange) = numberIn(cellText(cell.range)) else { continue }
                    if c == 0 { continue }
                    var header = ""
                    var seen: [TextTable.Cell] = []
                    for h in 0..<headerRows where grid[h].indices.contains(c) {
                        if let hc = grid[h][c], !seen.contains(hc) { header += cellText(hc.range); seen.append(hc) }
                    }
                    var fig = Figure(span: 0..<0, numberStart: 0, value: value, unit: nil, kind: .count, unitEnd: 0)
                    fig.fromTable = true
                    let own = cellText(cell.range)
                    let columnUnit = columns.indices.contains(c) ? columns[c].unit : headerUnit(header)
                    let hu = headerUnit(own, ownCell: true) ?? columnUnit ?? rowUnit ?? headerUnit(rowHeader) ?? captionUnit
                    if let hu {
                        fig.value *= hu.factor
                        fig.unit = hu.unit
                        fig.kind = hu.kind
                    }
                    if header.contains("指数") || rowHeader.contains("指数") { fig.kind = .index; fig.unit = nil }
                    // A change column keeps the sign as written (-0.6) and carries no direction: the table states
                    // a signed level of change, not a verb (gold convention for communiqué tables).
                    if rowHeader.isEmpty {
                        fig.subject = cleanHeader(header)
                    } else if columns.indices.contains(c) {
                        fig.subject = TableColumn.subject(row: rowName, column: columns[c], measured: measured, topic: topic)
                    } else {
                        fig.subject = rowHeader
                    }
                    if rowPeriod == nil, columnPeriods.indices.contains(c), let (period, running) = columnPeriods[c] {
                        fig.scope = period; fig.isCumulative = running
                    } else {
                        fig.scope = rowPeriod ?? (cleanHeader(header).isEmpty ? nil : cleanHeader(header))
                    }
                    // Content range of the digits inside the cell.
                    let sr = scalarRange(cell.range)
                    var lo = sr.lowerBound, k = 0
                    while lo < sr.upperBound, k < numRange.lowerBound || text.isSpace(text.t[lo]) {
                        if !text.isSpace(text.t[lo]) { k += 1 }
                        lo += 1
                    }
                    var hi = lo
                    var taken = 0
                    while hi < sr.upperBound, taken < numRange.count {
                        if !text.isSpace(text.t[hi]) { taken += 1 }
                        hi += 1
                    }
                    fig.span = lo..<hi
                    fig.numberStart = lo
                    fig.unitEnd = hi
                    let nlo = Int(text.byteOffsets[lo]), nhi = Int(text.byteOffsets[hi])
                    if nhi > nlo {
                        let clo = Int(normalized.contentOffsets[nlo])
                        let chi = ExtractorSupport.scalarEnd(content.bytes, Int(normalized.contentOffsets[nhi - 1]))
                        fig.contentRange = clo..<chi
                    } else {
                        fig.contentRange = cell.range
                    }
                    out.append(fig)
                }
            }
        }
        return out
    }

    /// What a caption says its table covers: the words between its number and period (表1 2021年1—11月份) and a closing
    /// word of units.yaml `caption_tail` (主要财务指标) — 规模以上工业企业. Nil for a caption that closes otherwise, or
    /// whose topic is split (按行业分, 分地区), holds a digit, or is shorter than two or longer than sixteen characters.
    func captionTopic(_ caption: String) -> String? {
        let tails = book.lexicon.tableCaptionTails
        guard !tails.isEmpty else { return nil }
        var t = Array(caption.unicodeScalars)
        if let open = t.firstIndex(where: { "(（【[".unicodeScalars.contains($0) }) { t.removeSubrange(open...) }
        while let l = t.last, l.properties.isWhitespace || l == "\u{3000}" { t.removeLast() }
        // The words after the caption's last digit (表1 2021年1—11月份 | 规模以上工业企业: cell text has no spaces to split
        // 表1 from 2021 by), less the period's closing words (月份); with no digit, after 表一 or 附表二.
        var i = t.count
        while i > 0, !("0"..."9").contains(t[i - 1]) { i -= 1 }
        if i == 0 {
            while i < t.count, t[i].properties.isWhitespace || t[i] == "\u{3000}" { i += 1 }
            if i < t.count, t[i] == "附" { i += 1 }
            if i < t.count, t[i] == "表" {
                i += 1
                while i < t.count, "一二三四五六七八九十".unicodeScalars.contains(t[i]) { i += 1 }
            }
        }
        while i < t.count, "年月份日季度末底—-－–~～至：:、. \u{3000}".unicodeScalars.contains(t[i]) || t[i].properties.isWhitespace { i += 1 }
        let rest = String(String.UnicodeScalarView(t[i...]))
        guard let tail = tails.first(where: { LiteralSearch.hasSuffix(rest, $0) }) else { return nil }
        let topic = String(rest.unicodeScalars.dropLast(tail.unicodeScalars.count))
        let n = topic.unicodeScalars.count
        guard n >= 2, n <= 16, !topic.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
              !LiteralSearch.contains(topic, "按"), !topic.hasPrefix("分"), !LiteralSearch.contains(topic, "分组")
        else { return nil }
        return topic
    }

    /// Row and column headers without footnote marks and brackets: "其中：城镇" → 城镇.
    func cleanHeader(_ s: String) -> String {
        var s = s
        for p in ["其中：", "其中:", "#", "＃", "　"] where s.hasPrefix(p) { s.removeFirst(p.count) }
        return s
    }

    /// A cell that is just a number (with an optional sign, unit or %): its value and scalar range in the text.
    func numberIn(_ s: String) -> (Decimal, Range<Int>)? {
        let t = Array(s.unicodeScalars.map(\.value))
        guard !t.isEmpty else { return nil }
        var i = 0
        var negative = false
        if t[0] == 0x2D || t[0] == 0x2212 { negative = true; i = 1 }
        guard i < t.count, t[i] >= 0x30, t[i] <= 0x39 else { return nil }
        guard let r = ChineseNumeral.readArabic(t, at: i, stopScale: { _ in true }) else { return nil }
        var end = r.end
        // 175.65亿元: the cell's own scale before its unit (the caller scales by it through headerUnit).
        while end < t.count, book.scales[t[end]] != nil, !book.scaleBeginsUnit(t, at: end) { end += 1 }
        if end < t.count, let (_, len) = book.unit(t, at: end) { end += len }
        guard end == t.count else { return nil }
        return (negative ? -r.value : r.value, 0..<end)
    }
}
