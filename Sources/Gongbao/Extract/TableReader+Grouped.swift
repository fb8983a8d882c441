import Foundation

/// Rows of an HTML table whose cells each hold a column of entries, as PDF-to-HTML converters write them:
/// 中成药<br>塑料制品 | 万吨<br>万吨 | 2.8<br>115.8 | -5.1<br>32.7. Split into rows only when every value cell
/// (and the unit cell) holds the same number of entries; names that do not split into that many are left out.
extension TableReader {
    func groupedFigures(_ row: [TextTable.Cell?], columns: [TableColumn], unitColumn: Int?, measured: String,
                        parts: inout TablePartNamer, captionUnit: HeaderUnit?) -> [Figure]? {
        var k: Int? = nil
        var values: [Int: [(Decimal, Range<Int>, String)]] = [:]
        for c in row.indices.dropFirst() where c != unitColumn && columns.indices.contains(c) {
            guard let cell = row[c], cell != row[c - 1] else { continue }
            let toks = tokens(scalarRange(cell.range))
            if toks.isEmpty { continue }
            var nums: [(Decimal, Range<Int>, String)] = []
            for tok in toks {
                let s = text.string(tok)
                guard let (v, _) = numberIn(s) else { return nil }
                nums.append((v, tok, s))
            }
            if let k, k != nums.count { return nil }
            k = nums.count
            values[c] = nums
        }
        guard let rows = k, rows > 1 else { return nil }
        var units: [HeaderUnit] = []
        if let u = unitColumn, row.indices.contains(u), let cell = row[u] {
            guard let us = groupedUnits(scalarRange(cell.range)), us.count == rows else { return nil }
            units = us
        }
        // Names: split at spaces and # (a part mark); aligned only when there is one per entry.
        var names: [(String, Bool)] = []
        // Read from the content text: normalization joins words split by a space (公路 航空 → 公路航空).
        if let cell = row[0] {
            for tok in content.slice(cell.range).split(whereSeparator: { $0.isWhitespace }) {
                var piece = "", marked = false
                for u in tok.unicodeScalars {
                    if u == "#" || u == "＃" {
                        if !piece.isEmpty { names.append((cleanHeader(piece), marked)) }
                        piece = ""; marked = true
                    } else { piece.unicodeScalars.append(u) }
                }
                if !piece.isEmpty { names.append((cleanHeader(piece), marked)) }
            }
        }
        if names.count != rows { names = Array(repeating: ("", false), count: rows) }
        var out: [Figure] = []
        for r in 0..<rows {
            let name = parts.name(names[r].0, marked: names[r].1)
            for c in values.keys.sorted() {
                let (v, tok, own) = values[c]![r]
                var fig = Figure(span: tok, numberStart: tok.lowerBound, value: v, unit: nil, kind: .count,
                                 unitEnd: tok.upperBound)
                fig.fromTable = true
                let hu = headerUnit(own, ownCell: true) ?? columns[c].unit ?? (units.isEmpty ? nil : units[r]) ?? captionUnit
                if let hu { fig.value *= hu.factor; fig.unit = hu.unit; fig.kind = hu.kind }
                fig.subject = TableColumn.subject(row: name, column: columns[c], measured: measured)
                fig.contentRange = contentRange(ofScalars: tok)
                out.append(fig)
            }
        }
        return out
    }

    /// Whitespace-separated tokens of a scalar range of the normalized text.
    func tokens(_ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = r.lowerBound
        while k < r.upperBound {
            while k < r.upperBound, text.isSpace(text.t[k]) { k += 1 }
            let s = k
            while k < r.upperBound, !text.isSpace(text.t[k]) { k += 1 }
            if k > s { out.append(s..<k) }
        }
        return out
    }

    /// Units of a unit cell, several when glued by normalization (万吨 万吨 → 万吨万吨).
    func groupedUnits(_ r: Range<Int>) -> [HeaderUnit]? {
        let t = text.t[r].filter { !text.isSpace($0) }
        var out: [HeaderUnit] = []
        var k = 0
        while k < t.count {
            var factor = Decimal(1)
            while k < t.count, let f = book.scales[t[k]], !book.scaleBeginsUnit(t, at: k) { factor *= f; k += 1 }
            guard k < t.count, let (u, len) = book.unit(t, at: k), u.kind != .time else { return nil }
            out.append(HeaderUnit(factor: factor * (u.factor ?? 1), unit: u.unit, kind: FlattenedTableReader.kind(of: u.kind)))
            k += len
        }
        return out.isEmpty ? nil : out
    }

    /// Scalar range of the normalized text → byte range of the content text.
    func contentRange(ofScalars r: Range<Int>) -> Range<Int> {
        let nlo = Int(text.byteOffsets[r.lowerBound]), nhi = Int(text.byteOffsets[r.upperBound])
        guard nhi > nlo else { return Int(normalized.contentOffsets[nlo])..<Int(normalized.contentOffsets[nlo]) }
        let clo = Int(normalized.contentOffsets[nlo])
        let chi = ExtractorSupport.scalarEnd(content.bytes, Int(normalized.contentOffsets[nhi - 1]))
        return clo..<max(clo, chi)
    }
}
