#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Tables written as records, one field a line, each field its name with its unit in brackets, a colon and the value:
/// `年份:2007` ↵ `预算(元):3,509亿` ↵ `实际开支(元):2,979亿` ↵ `增幅:17.8%` — a table turned on its side (a phone page's
/// layout of a table), or a key:value summary (地区生产总值(亿元)：3509).
///
/// Why: the number after the colon holds no unit (its row's name gives it), so the sentence scanner read the value as
/// a bare count of 亿 with the subject of the next line, or nothing at all. A line that is exactly a name, a unit the
/// lexicon reads in the name's closing bracket, a colon and a number (with a scale word at most) is a cell as safe as
/// a table's: its row names the subject and gives the unit. Nothing is read from a bracket that is no unit, from a
/// value with words after it, or from a name holding sentence marks. A year field of the same record (年份:2007, on
/// the lines just before) is the scope of its cells, no figure.
extension FlattenedTableReader {
    /// The content ranges of the lines that may be such fields: a closing bracket right before a colon ():, ）：).
    /// The bytes are walked with memchr for the colon's last byte (3A, or 9A of ：), unless the normalizer's pass
    /// noted the colons after a bracket as it wrote them (`colons`: their offsets, ascending, `recordColons`).
    static func recordLines(_ b: [UInt8], colons: [Int]? = nil) -> [Range<Int>] {
        var out: [Range<Int>] = []
        b.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            let n = p.count
            if let colons {
                for c in colons where c >= 1 && c < n {
                    // (The colon's last byte: : is one byte, ： three.)
                    let k = p[c] == 0x3A ? c : c + 2
                    guard k < n, p[k] == 0x3A || (p[c] == 0xEF && p[c + 1] == 0xBC && p[k] == 0x9A),
                          NormalizedScalars.closesBracket(base, before: c),
                          let line = recordLine(p, colon: c, last: k) else { continue }
                    out.append(line)
                }
                return
            }
            for needle: UInt8 in [0x3A, 0x9A] {
                var i = 1
                while i < n, let hit = memchr(base + i, Int32(needle), n - i) {
                    let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    i = k + 1
                    // The colon's first byte, and the bracket's close before it.
                    let c = needle == 0x3A ? k : k - 2
                    guard needle == 0x3A || (k >= 2 && p[k - 2] == 0xEF && p[k - 1] == 0xBC) else { continue }
                    guard NormalizedScalars.closesBracket(base, before: c),
                          let line = recordLine(p, colon: c, last: k) else { continue }
                    out.append(line)
                }
            }
        }
        return out.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The line of the colon whose bytes run from `c` to `k` (its last), when the line is short enough to be a field:
    /// at most 120 bytes before the colon and 60 after it.
    @inline(__always)
    private static func recordLine(_ p: UnsafeBufferPointer<UInt8>, colon c: Int, last k: Int) -> Range<Int>? {
        let n = p.count
        var lo = c, hi = k + 1
        while lo > 0, p[lo - 1] != 0x0A, c - lo <= 120 { lo -= 1 }
        while hi < n, p[hi] != 0x0A, hi - k <= 60 { hi += 1 }
        guard lo == 0 || p[lo - 1] == 0x0A, hi == n || p[hi] == 0x0A else { return nil }
        return lo..<hi
    }

    /// The figures of the record lines `lines` (`recordLines`), with their lines as regions.
    func readRecords(_ b: [UInt8], lines: [Range<Int>], into out: inout Result) {
        for r in lines {
            guard !out.regions.contains(where: { $0.overlaps(tables.scalarRange(r)) }),
                  let fig = recordField(b, r) else { continue }
            out.figures.append(fig)
            out.regions.append(tables.scalarRange(r))
        }
    }

    /// The figure of the field on the line `r`, if it is one: name(unit)：number[scale].
    func recordField(_ b: [UInt8], _ r: Range<Int>) -> Figure? {
        let line = Line(b, r, plain: true)
        let t = line.t
        var lo = 0, hi = line.count
        while lo < hi, t[lo] == 0x20 || t[lo] == 0x09 { lo += 1 }
        while hi > lo, t[hi - 1] == 0x20 || t[hi - 1] == 0x09 || t[hi - 1] == 0x0D { hi -= 1 }
        // (Full-width forms are folded: ： is :, （） are ().)
        guard let colon = t[lo..<hi].firstIndex(of: 0x3A), colon > lo, t[colon - 1] == 0x29,
              let open = t[lo..<(colon - 1)].lastIndex(of: 0x28), open > lo else { return nil }
        // The name: ideographs, no sentence mark or digit, at most 20 letters.
        let name = t[lo..<open]
        guard name.count <= 20, name.contains(where: { (0x3400...0x9FFF).contains($0) }),
              !name.contains(where: { Self.recordNameBreakers.contains($0) || ($0 >= 0x30 && $0 <= 0x39) }) else { return nil }
        let inside = line.string((open + 1)..<(colon - 1))
        guard !inside.isEmpty, let unit = tables.unitCell(inside) else { return nil }
        // The value: a number, then scale words at most.
        var v = colon + 1
        while v < hi, t[v] == 0x20 { v += 1 }
        var e = v
        if e < hi, t[e] == 0x2D { e += 1 }
        while e < hi, (t[e] >= 0x30 && t[e] <= 0x39) || t[e] == 0x2C || t[e] == 0x2E { e += 1 }
        guard e > v, t[e - 1] >= 0x30 && t[e - 1] <= 0x39 else { return nil }
        var digits = ""
        for k in v..<e where t[k] != 0x2C { digits.unicodeScalars.append(Unicode.Scalar(t[k])!) }
        guard var value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var s = e
        var factor = Decimal(1)
        while s < hi, let f = book.scales[t[s]] { factor *= f; s += 1 }
        guard s == hi else { return nil }
        FlattenedTableGrammar.scale(&value, by: factor * unit.factor)
        let bytes = line.off[v]..<ExtractorSupport.scalarEnd(b, line.off[hi - 1])
        let span = tables.scalarRange(bytes)
        var fig = Figure(span: span, numberStart: span.lowerBound, value: value, unit: unit.unit, kind: unit.kind,
                         unitEnd: span.upperBound)
        fig.fromTable = true
        fig.contentRange = bytes
        fig.subject = line.string(lo..<open)
        fig.scope = recordYear(b, before: r.lowerBound)
        return fig
    }

    /// The year of the record the field at `start` belongs to: a line 年份:2007 (or 年度, 时间) among the three lines
    /// before it, with no blank line between.
    func recordYear(_ b: [UInt8], before start: Int) -> String? {
        var hi = start - 1
        for _ in 0..<3 {
            guard hi > 0 else { return nil }
            var lo = hi
            while lo > 0, b[lo - 1] != 0x0A { lo -= 1 }
            let s = String(decoding: b[lo..<hi], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if s.isEmpty { return nil }
            for key in book.lexicon.tableRecordYearKeys {
                guard s.hasPrefix(key) else { continue }
                var rest = s.dropFirst(key.count)
                guard let c = rest.first, c == ":" || c == "：" else { continue }
                rest = rest.dropFirst().drop(while: { $0 == " " })
                if rest.count == 4, GridTables.isYear(rest.utf8) { return rest + "年" }
                if rest.count == 5, rest.hasSuffix("年"), GridTables.isYear(rest.dropLast().utf8) { return String(rest) }
            }
            hi = lo - 1
        }
        return nil
    }

    /// Scalars no record's name holds: sentence and clause marks (。，；！？、) and the colon of another field.
    static let recordNameBreakers: Set<UInt32> = [0x3002, 0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF01, 0x21, 0xFF1F, 0x3F, 0x3001, 0x3A]
}
