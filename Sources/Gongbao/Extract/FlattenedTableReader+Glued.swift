import Foundation

/// Tables whose cells a page wrote together, with no break between them: a header line that names the columns
/// (指标名称单位数量, 指标 单位 本月 累计), then one row a line, its name, its unit cell and its value(s) glued
/// (最低生活保障人数万人7.1, 社区服务站7,149, 平均标准元/人·月1,245.0).
///
/// Nothing in such a row says where the name ends but the header: only under a header that names a unit column
/// (单位) before its value columns (a word of `generic_value`/`period_value`: 数量, 本月, 绝对数) is a line's trailing
/// number a cell. The rows are then written with tabs between their cells — the name, the unit cell written right
/// before the number (a scale and a unit: 万人, 亿元, 万张; a rate 元/人·月 gives its head unit, the rest going to
/// the name), the value(s) — and read by `FlattenedTableGrammar` as any table with a unit column: 万人7.1 → 71000 人,
/// a row with no unit cell a count with no unit. A single measure word with no scale (站 of 社区服务站, 镇) is taken
/// for the end of the name, not a unit cell: only a scale, a unit of two letters or more, or one of money, measure
/// or percent (元, 吨, %) parts a unit cell off. Lines with no trailing number (section labels 二、社会救助, a row
/// left empty 床位万张) give no row. The table ends at the first line holding a sentence mark or longer than a row.
///
/// Plain prose pays a byte search: a header line holds 单位, found by memchr on its 95 (`nextUnitWord`).
extension FlattenedTableReader {
    struct GluedHeader {
        /// Content bytes of the header line (its text, without the surrounding spaces).
        var start: Int, end: Int
        /// How many value columns the header names.
        var values: Int
        /// The letters of each value column's name, when the header was letter-spaced (指 标 单 位 数 量: one column,
        /// 数量, of two letters); nil when spaces part the columns.
        var valueWidths: [Int]? = nil
    }

    /// The glued headers of `b`, in order: lines (spaces aside) of a 2–6-letter first cell, 单位, then value column
    /// names the lexicon knows (数量, 本月 累计).
    static func gluedHeaders(_ b: [UInt8], lexicon: Lexicon) -> [GluedHeader] {
        var unitLines: [Range<Int>] = []
        return gluedHeaders(b, lexicon: lexicon, unitLines: &unitLines)
    }

    /// `unitLines`: the short lines on the way that state a table's units (单位:人、%, 表1 …  单位：亿元), in order — where
    /// a table written one row a line with spaces between its cells may begin (`gridTables`).
    static func gluedHeaders(_ b: [UInt8], lexicon: Lexicon, unitLines: inout [Range<Int>]) -> [GluedHeader] {
        var out: [GluedHeader] = []
        var lines: [Range<Int>] = []
        b.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            let n = p.count
            var i = 2
            while let k = nextUnitWord(base, from: i, count: n) {
                // (单 位 letter-spaced: a space between its letters.)
                let spaced = base[k + 1] == 0x20
                let uEnd = spaced ? k + 5 : k + 4
                i = uEnd
                // The line around it: short, no tab (a header with tabs is the tab grammar's).
                var lo = k - 2, hi = uEnd
                while lo > 0, b[lo - 1] != 0x0A, k - lo < 40 { lo -= 1 }
                while hi < n, b[hi] != 0x0A, hi - k < 80 { hi += 1 }
                guard lo == 0 || b[lo - 1] == 0x0A, hi == n || b[hi] == 0x0A else { continue }
                // 单位 then a colon (: or ：).
                if !spaced, k + 4 < n, b[k + 4] == 0x3A || (k + 6 < n && b[k + 4] == 0xEF && b[k + 5] == 0xBC && b[k + 6] == 0x9A) {
                    lines.append(lo..<hi)
                }
                if let h = gluedHeader(b, lo..<hi, unitAt: k - 2, unitEnd: uEnd, lexicon: lexicon) { out.append(h) }
                i = hi
            }
        }
        unitLines = lines
        return out
    }

    /// The offset of the 95 of the next 单位 (E5 8D 95 E4 BD 8D), or of 单 位 letter-spaced (one space between), at
    /// `from` or later, nil when none: memchr for the 95, then the bytes around it. (A scan of sixteen byte pairs at a
    /// time read more instructions than memchr's stops at the characters ending in 95.)
    static func nextUnitWord(_ p: UnsafePointer<UInt8>, from: Int, count n: Int) -> Int? {
        var i = max(2, from)
        while i + 3 < n {
            guard let hit = memchr(p + i, 0x95, n - i - 3) else { return nil }
            let k = p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if p[k - 2] == 0xE5, p[k - 1] == 0x8D {
                if p[k + 1] == 0xE4, p[k + 2] == 0xBD, p[k + 3] == 0x8D { return k }
                if p[k + 1] == 0x20, k + 4 < n, p[k + 2] == 0xE4, p[k + 3] == 0xBD, p[k + 4] == 0x8D { return k }
            }
            i = k + 1
        }
        return nil
    }

    /// The header on the line `r` whose 单位 starts at byte `u` and ends at `unitEnd` (6 bytes on, 7 when
    /// letter-spaced), if it is one.
    static func gluedHeader(_ b: [UInt8], _ r: Range<Int>, unitAt u: Int, unitEnd: Int? = nil, lexicon: Lexicon) -> GluedHeader? {
        guard !b[r].contains(0x09) else { return nil }
        let before = String(decoding: b[r.lowerBound..<u], as: UTF8.self)
        let after = String(decoding: b[(unitEnd ?? u + 6)..<r.upperBound], as: UTF8.self)
        let first = before.unicodeScalars.filter { $0.value != 0x20 && $0.value != 0x3000 && $0.value != 0x0D }
        guard (2...6).contains(first.count), first.allSatisfy({ (0x3400...0x9FFF).contains($0.value) }) else { return nil }
        var words = after.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\r" }).map(String.init)
        let known = lexicon.tableGenericHeaders + lexicon.tablePeriodHeaders
        // A letter-spaced header (指 标 单 位 数 量): its value columns are the known names its letters spell, in order.
        var widths: [Int]? = nil
        if words.count >= 2, words.allSatisfy({ $0.unicodeScalars.count == 1 }) {
            guard let spelled = spelledHeaders(words.joined(), known: known) else { return nil }
            words = spelled
            widths = spelled.map(\.unicodeScalars.count)
        }
        guard let lead = words.first, !words.isEmpty, words.count <= 6 else { return nil }
        guard known.contains(where: { LiteralSearch.hasPrefix(lead, $0) }) else { return nil }
        var start = r.lowerBound, end = r.upperBound
        while start < end, b[start] == 0x20 { start += 1 }
        while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x0D { end -= 1 }
        return GluedHeader(start: start, end: end, values: words.count, valueWidths: widths)
    }

    /// `s` spelled as known column names one after another (数量 → [数量]; 本月累计 → [本月, 累计]), the longest name
    /// first at each step; nil when some letters spell none.
    static func spelledHeaders(_ s: String, known: [String]) -> [String]? {
        var rest = Substring(s)
        var out: [String] = []
        while !rest.isEmpty {
            guard let w = known.filter({ rest.hasPrefix($0) }).max(by: { $0.unicodeScalars.count < $1.unicodeScalars.count })
            else { return nil }
            out.append(w)
            rest = rest.dropFirst(w.count)
        }
        return out
    }

    /// Where the table under the glued header `h` ends: the end of its last line before a line holding a sentence
    /// mark (，。；：！？) or of more than 60 letters.
    func gluedTableEnd(_ b: [UInt8], after h: GluedHeader) -> Int {
        var s = h.end
        while s < b.count, b[s] != 0x0A { s += 1 }
        var end = s
        while s < b.count {
            var e = s + 1
            while e < b.count, b[e] != 0x0A { e += 1 }
            let text = String(decoding: b[(s + 1 < e ? s + 1 : e)..<e], as: UTF8.self)
            if text.unicodeScalars.count > 60
                || text.unicodeScalars.contains(where: { [0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F].contains($0.value) }) {
                break
            }
            end = e
            s = e
        }
        return end
    }

    /// The table lines `lo..<hi` (the header first) with their cells parted by tabs, as `Line` reads them.
    func gluedLine(_ b: [UInt8], _ lo: Int, _ hi: Int, header h: GluedHeader) -> Line {
        let raw = Line(b, lo..<hi, plain: true)
        var t: [UInt32] = [], off: [Int] = []
        t.reserveCapacity(raw.t.count + 64); off.reserveCapacity(raw.t.count + 64)
        func put(_ c: UInt32, _ o: Int) { t.append(c); off.append(o) }
        var a = 0
        var first = true
        // The lines above that a deeper-indented row falls under: (indent, name), innermost last.
        var sections: [(Int, [UInt32])] = []
        while a < raw.t.count {
            var e = a
            while e < raw.t.count, raw.t[e] != 0x0A { e += 1 }
            // The line's scalars but spaces.
            let idx = (a..<e).filter { raw.t[$0] != 0x20 && raw.t[$0] != 0x09 }
            if first {
                first = false
                writeGluedHeader(raw, idx, widths: h.valueWidths, put)
            } else if !idx.isEmpty {
                let indent = idx[0] - a
                while let last = sections.last, last.0 >= indent { sections.removeLast() }
                let name = writeGluedRow(raw, a..<e, idx, values: h.values, parent: sections.last?.1, put)
                if !name.isEmpty { sections.append((indent, name)) }
            }
            a = e + 1
        }
        return Line(t: t, off: off + [hi], glued: true)
    }

    /// 指标名称单位数量 → 指标名称⇥单位⇥数量 (value columns parted where the header spaced them).
    /// `widths`: the letters of each value column's name, when the header was letter-spaced (spaces then part nothing).
    private func writeGluedHeader(_ raw: Line, _ idx: [Int], widths: [Int]?, _ put: (UInt32, Int) -> Void) {
        var unitAt: Int? = nil
        guard idx.count >= 4 else { return }
        for j in 0..<(idx.count - 1) where raw.t[idx[j]] == 0x5355 && raw.t[idx[j + 1]] == 0x4F4D { unitAt = j; break }
        guard let u = unitAt else { return }
        for j in 0..<u { put(raw.t[idx[j]], raw.off[idx[j]]) }
        put(0x09, raw.off[idx[u]])
        put(raw.t[idx[u]], raw.off[idx[u]]); put(raw.t[idx[u + 1]], raw.off[idx[u + 1]])
        var j = u + 2
        put(0x09, j < idx.count ? raw.off[idx[j]] : raw.off[idx[u + 1]])
        // (The letters at which a letter-spaced header's next column begins.)
        var starts = Set<Int>()
        if let widths { var at = u + 2; for w in widths.dropLast() { at += w; starts.insert(at) } }
        while j < idx.count {
            // A space between two value columns' names in the header parts them.
            if j > u + 2, widths == nil ? idx[j] != idx[j - 1] + 1 : starts.contains(j) { put(0x09, raw.off[idx[j]]) }
            put(raw.t[idx[j]], raw.off[idx[j]])
            j += 1
        }
        put(0x20, raw.off[idx.last!])
    }

    /// 最低生活保障人数万人7.1 → 最低生活保障人数⇥万人⇥7.1; 社区服务站7,149 → 社区服务站⇥⇥7,149;
    /// 平均标准元/人·月1,245.0 → 平均标准（元/人·月）⇥元⇥1,245.0. A line with no trailing number writes nothing.
    ///
    /// Indentation says which rows belong together: a line (a row, or a label with no figure: 城市最低生活保障) is the
    /// section of the lines indented deeper under it, and the innermost section names its rows' kind: a row name that
    /// continues the section's last words continues it (城市最低生活保障 ⏎ 最低生活保障人数 → 城市最低生活保障人数),
    /// another is named within it (乡级行政区划单位 ⏎ 镇 → 乡级行政区划单位：镇). Without this the same row under two
    /// sections (城市…, 农村… 最低生活保障人数) would read as one figure stated twice. Returns the line's own name
    /// (list marker dropped; empty for an empty line), the section it opens.
    @discardableResult
    private func writeGluedRow(_ raw: Line, _ r: Range<Int>, _ idx: [Int], values: Int, parent: [UInt32]?,
                               _ put: (UInt32, Int) -> Void) -> [UInt32] {
        guard let (marker, unitStart, unitEnd, v0, tokens) = gluedRowCells(raw, r, idx, values: values) else {
            // A label line: no figure, its words the section of the rows under it.
            return Self.withoutListMarker(idx.map { raw.t[$0] })
        }
        let head = idx.filter { $0 < v0.lowerBound }
        let s = head.map { raw.t[$0] }
        let own = Array(s[marker..<unitStart])
        let name = parent.map { Self.named(own, within: $0) } ?? own
        let at = raw.off[head[marker]]
        // (The section's letters stand at the row name's first byte: the name is one token.)
        for (j, c) in name.enumerated() {
            let o = j >= name.count - own.count ? raw.off[head[marker + j - (name.count - own.count)]] : at
            put(c, o)
        }
        if unitEnd < s.count {
            // The rate's denominator (元/人·月) stays with the name, in brackets.
            put(0xFF08, raw.off[head[unitStart]])
            for j in unitStart..<s.count { put(s[j], raw.off[head[j]]) }
            put(0xFF09, raw.off[head[s.count - 1]])
        }
        put(0x09, unitStart < s.count ? raw.off[head[unitStart]] : raw.off[v0.lowerBound])
        for j in unitStart..<unitEnd { put(s[j], raw.off[head[j]]) }
        put(0x09, raw.off[v0.lowerBound])
        for c in v0 { put(raw.t[c], raw.off[c]) }
        for tok in tokens.dropFirst() {
            put(0x09, raw.off[tok.lowerBound])
            for c in tok { put(raw.t[c], raw.off[c]) }
        }
        put(0x20, raw.off[v0.upperBound - 1])
        return own
    }

    /// `row` named within its section `section`: the two joined where the row's first letters repeat the section's
    /// last (two at least), else section：row.
    static func named(_ row: [UInt32], within section: [UInt32]) -> [UInt32] {
        guard !section.isEmpty else { return row }
        var k = min(row.count, section.count)
        while k >= 2 {
            if Array(section.suffix(k)) == Array(row.prefix(k)) { return section + row.dropFirst(k) }
            k -= 1
        }
        return section + [0xFF1A] + row
    }

    /// The scalars without a list marker before them (二、, 1., （一）) — FlattenedTableGrammar.droppingListMarker.
    static func withoutListMarker(_ s: [UInt32]) -> [UInt32] {
        var str = ""
        for c in s { str.unicodeScalars.append(Unicode.Scalar(c) ?? " ") }
        return FlattenedTableGrammar.droppingListMarker(str).unicodeScalars.map(\.value)
    }

    /// A glued row's cells, over the line's scalars but spaces (`idx`): how many of them a list marker takes, where
    /// the unit cell starts and its unit ends, the first value, and every value's token. Nil when the line has no
    /// trailing number (a label) or no name.
    private func gluedRowCells(_ raw: Line, _ r: Range<Int>, _ idx: [Int], values: Int)
        -> (Int, Int, Int, Range<Int>, [Range<Int>])? {
        @inline(__always) func isNum(_ c: UInt32) -> Bool { (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x2C || c == 0x25 || c == 0x2D }
        // The values: the last `values` space-separated tokens, the first of them the numeric tail of its token.
        var tokens: [Range<Int>] = []
        var k = r.upperBound
        while tokens.count < values {
            while k > r.lowerBound, raw.t[k - 1] == 0x20 || raw.t[k - 1] == 0x09 { k -= 1 }
            let e = k
            while k > r.lowerBound, isNum(raw.t[k - 1]) { k -= 1 }
            guard k < e else { return nil }
            // A value is a whole token but the first, which may be glued to the unit cell or name before it.
            if tokens.count < values - 1, k > r.lowerBound, raw.t[k - 1] != 0x20, raw.t[k - 1] != 0x09 { return nil }
            tokens.insert(k..<e, at: 0)
        }
        var v0 = tokens[0]
        // Not a number: a token of marks, a point or comma opening it, a letter or digit code before it (PM2.5).
        while v0.lowerBound < v0.upperBound, !(raw.t[v0.lowerBound] >= 0x30 && raw.t[v0.lowerBound] <= 0x39), raw.t[v0.lowerBound] != 0x2D {
            v0 = (v0.lowerBound + 1)..<v0.upperBound
        }
        guard v0.lowerBound < v0.upperBound, raw.t[v0].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if v0.lowerBound > r.lowerBound {
            let c = raw.t[v0.lowerBound - 1]
            if c < 0x80, c != 0x20, c != 0x09 { return nil }
        }
        // Name and unit cell: the scalars before the first value, spaces aside.
        let s = idx.filter { $0 < v0.lowerBound }.map { raw.t[$0] }
        guard !s.isEmpty else { return nil }
        let (unitStart, unitEnd) = spacedUnitCell(raw, r, idx, before: v0.lowerBound) ?? gluedUnitCell(s) ?? (s.count, s.count)
        let marker = unitStart - Self.withoutListMarker(Array(s[0..<unitStart])).count
        guard unitStart > marker else { return nil }
        tokens[0] = v0
        return (marker, unitStart, unitEnd, v0, tokens)
    }

    /// The unit cell of a row whose cells are parted by spaces (镇 个 20113, 每千人口社会服务床位数 张/千人 3.8): the
    /// token before the value, itself after a name token, when it is wholly scales and a unit (to a rate's slash). A
    /// space says where the name ends, so a lone measure word (个) is a unit cell here. As (start, end of its unit) over
    /// the row's scalars but spaces (`idx`); nil when the row is not so parted.
    private func spacedUnitCell(_ raw: Line, _ r: Range<Int>, _ idx: [Int], before v: Int) -> (Int, Int)? {
        @inline(__always) func isSpace(_ k: Int) -> Bool { raw.t[k] == 0x20 || raw.t[k] == 0x09 }
        var k = v
        guard k > r.lowerBound, isSpace(k - 1) else { return nil }
        while k > r.lowerBound, isSpace(k - 1) { k -= 1 }
        let e = k
        while k > r.lowerBound, !isSpace(k - 1) { k -= 1 }
        let s0 = k
        // A name token before it.
        guard s0 < e, s0 > r.lowerBound, idx.contains(where: { $0 < s0 }) else { return nil }
        let tok = Array(raw.t[s0..<e])
        let slash = tok.lastIndex(where: { $0 == 0x2F || $0 == 0xFF0F })
        let unitEnd = slash ?? tok.count
        guard unitEnd > 0, tok.count - unitEnd <= 8, !tok.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // (The unit read on the letters before the slash only, as `gluedUnitCell` reads it.)
        let head = Array(tok[0..<unitEnd])
        var j = 0
        while j < unitEnd, book.scales[head[j]] != nil, !book.scaleBeginsUnit(head, at: j) { j += 1 }
        guard j < unitEnd, let (u, len) = book.unit(head, at: j), j + len == unitEnd, u.kind != .time else { return nil }
        let start = idx.firstIndex(where: { $0 >= s0 }) ?? 0
        return (start, start + unitEnd)
    }

    /// The unit cell at the end of `s` (a row's scalars before its value), as (start, end of its unit): scales then
    /// a unit, exactly to the end or to a rate's slash (元/人·月: the unit ends before /). Longest first, leaving a
    /// name of one letter at least; nil when none, or when it is a lone measure word that may end the name.
    func gluedUnitCell(_ s: [UInt32]) -> (Int, Int)? {
        let slash = s.lastIndex(where: { $0 == 0x2F || $0 == 0xFF0F })
        let unitEnd = slash ?? s.count
        if let slash {
            // The denominator: a few letters, no digit.
            guard s.count - slash <= 8, !s[slash...].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        }
        guard unitEnd > 1 else { return nil }
        // (The unit read on the letters before the slash only: 元/人 is a unit of its own, the cell's unit is 元.)
        let s = Array(s[0..<unitEnd])
        for start in max(1, unitEnd - 8)..<unitEnd {
            var k = start
            var scaled = false
            while k < unitEnd, book.scales[s[k]] != nil, !book.scaleBeginsUnit(s, at: k) { k += 1; scaled = true }
            guard k < unitEnd, let (u, len) = book.unit(s, at: k), k + len == unitEnd, u.kind != .time else { continue }
            let measureLike: Bool
            switch u.kind {
            case .money, .measure, .percent: measureLike = true
            default: measureLike = false
            }
            guard scaled || slash != nil || len >= 2 || measureLike else { return nil }
            return (start, unitEnd)
        }
        return nil
    }
}
