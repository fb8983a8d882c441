#if canImport(Glibc)
import Glibc
#endif

/// Tables written one row a line, with spaces between the cells, whose rows name their own unit in brackets and
/// whose page gave no 单位 line: a yearbook's table copied as text, often bilingual —
/// `视力残疾人 (万人) Visual Disability (10,000 persons) - 40.0 88.3 120.5 112.2`.
///
/// Why: the grid reader (`GridTables`) reads space-parted rows only under a unit line (单位:人、%), so that prose never
/// becomes a table; such a table's 55 cells were all lost (the rows' line breaks even joined 161.5⏎多重残疾人 into
/// "161.5多"). A row naming its unit in brackets before two or more value cells is as safe an anchor as a unit line:
/// prose does not end a line with bare numbers after a bracketed unit, and a run needs two such rows.
extension FlattenedTableReader {
    /// The content offsets of the first line of each run of such rows (blank lines may stand between the rows of a
    /// run). Every line is looked at once: most are ruled out by their last byte (no digit) or by holding no bracket.
    /// A run needs two rows, or one row with as many values as the rows of a run of two: a table whose section lines
    /// (2. 残疾人辅助器具供应服务) leave a single row between them.
    static func rowUnitAnchors(_ b: [UInt8], tables: TableReader) -> [Int] {
        var runs: [(start: Int, rows: Int, values: Int)] = []
        var runStart: Int? = nil, rows = 0, values = 0
        func endRun() {
            if let s = runStart { runs.append((s, rows, values)) }
            runStart = nil; rows = 0
        }
        b.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            let n = p.count
            var lo = 0
            while lo < n {
                let hi = memchr(base + lo, 0x0A, n - lo).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? n
                defer { lo = hi + 1 }
                var e = hi
                while e > lo, p[e - 1] == 0x20 || p[e - 1] == 0x09 || p[e - 1] == 0x0D { e -= 1 }
                if e == lo { continue }   // a blank line keeps the run
                let last = p[e - 1]
                // (A bracket's close, ) or ）, found with memchr.)
                guard last >= 0x30 && last <= 0x39 || last == 0x2D, e - lo <= 400,
                      memchr(base + lo, 0x29, e - lo) != nil || hasFullWidthClose(base, lo, e),
                      let n = rowValues(p, lo..<e, tables: tables) else { endRun(); continue }
                if runStart != nil, n != values { endRun() }
                if runStart == nil { runStart = lo; values = n }
                rows += 1
            }
        }
        endRun()
        let tableWidths = Set(runs.filter { $0.rows >= 2 }.map(\.values))
        return runs.filter { $0.rows >= 2 || tableWidths.contains($0.values) }.map(\.start)
    }

    /// How many value cells end the line, when its last two or more space-parted tokens are numbers or empty marks
    /// (at least one a number) and the words before them hold ideographs and, after them, a bracket whose inside is a
    /// unit (万人, 个, 亿元); nil for any other line.
    static func rowValues(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, tables: TableReader) -> Int? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
        var k = tokens.count, numbers = 0
        while k > 0 {
            let tok = tokens[k - 1]
            if isNumberToken(tok) { numbers += 1 } else if !tok.unicodeScalars.allSatisfy({ nullMarks.contains($0.value) }) { break }
            k -= 1
        }
        guard numbers >= 1, tokens.count - k >= 2, k > 0 else { return nil }
        var sawIdeograph = false
        for tok in tokens[..<k] {
            let s = tok.unicodeScalars
            if s.contains(where: { (0x3400...0x9FFF).contains($0.value) }) { sawIdeograph = true }
            guard sawIdeograph, let close = s.last, close == ")" || close == "）",
                  let open = s.lastIndex(where: { $0 == "(" || $0 == "（" }) else { continue }
            let inside = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
            if !inside.isEmpty, tables.unitCell(inside) != nil { return tokens.count - k }
        }
        return nil
    }

    /// Whether ）(EF BC 89) stands in `lo..<e`: memchr for its last byte, then the two before it.
    static func hasFullWidthClose(_ base: UnsafePointer<UInt8>, _ lo: Int, _ e: Int) -> Bool {
        var i = lo + 2
        while i < e, let hit = memchr(base + i, 0x89, e - i) {
            let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if base[k - 2] == 0xEF, base[k - 1] == 0xBC { return true }
            i = k + 1
        }
        return false
    }

    /// Marks an empty cell is written with: - — – … / − (the grid reader's `FlattenedTableGrammar.isNullMark` too).
    static let nullMarks: Set<UInt32> = [0x2D, 0x2014, 0x2013, 0x2026, 0x2F, 0x2212]

    /// A token that is a number as a table writes it: digits with a sign, thousands commas and a decimal point.
    static func isNumberToken(_ tok: Substring) -> Bool {
        var digits = 0, k = 0
        for u in tok.utf8 {
            defer { k += 1 }
            if u >= 0x30 && u <= 0x39 { digits += 1; continue }
            if u == 0x2E || u == 0x2C || (k == 0 && u == 0x2D) { continue }
            return false
        }
        return digits > 0
    }
}
