import Foundation
import Testing
@testable import Gongbao

/// The fast scans of the extractor agree with the plain loops they replace: the flag table (ScalarClasses), the
/// byte scan for flattened-table cell breaks, the Decimal built from digits and the scaled Arabic reading.
@Suite("Scan primitives")
struct ScanPrimitivesTests {
    /// A small deterministic generator (no Foundation randomness: the same cases every run).

    @Test("ScalarClasses.firstIndex finds what a scalar-by-scalar scan finds")
    func classesMatchNaiveScan() {
        let alphabet: [UInt32] = Array("一二三年内全区。，；\n安累计已完成5-〇x".unicodeScalars.map(\.value)) + [0x1F600, 0x14E00]
        var classes = ScalarClasses()
        let members: Set<UInt32> = Set("一年。\n5-".unicodeScalars.map(\.value))
        classes.insert(Array(members), as: .figureStart)
        var mix = Mix(state: 7)
        for _ in 0..<200 {
            let t = (0..<mix.next(40)).map { _ in alphabet[mix.next(alphabet.count)] }
            for from in 0...t.count {
                let to = from + mix.next(t.count - from + 3)
                var naive = from
                while naive < min(to, t.count), !members.contains(t[naive]) { naive += 1 }
                if naive >= min(to, t.count) { naive = max(from, to) }
                #expect(classes.firstIndex(in: t, from: from, to: to, .figureStart) == naive)
            }
        }
    }

    @Test("cellBreak: tabs, two spaces, U+3000 and U+00A0 after text, with an end bound")
    func cellBreaks() {
        let pieces = ["汽车", "万辆", "\t", "  ", " ", "\u{3000}", "\u{00A0}", "\n", "93.4", "。", "、"]
        var mix = Mix(state: 11)
        for _ in 0..<400 {
            let b = Array((0..<mix.next(12)).map { _ in pieces[mix.next(pieces.count)] }.joined().utf8)
            for i in 0...b.count {
                let end = i + mix.next(b.count - i + 1)
                #expect(FlattenedTableReader.cellBreak(b, from: i, to: end) == CellBreakLongTests.naive(b, i, end))
            }
            #expect(FlattenedTableReader.cellBreak(b, from: 0) == CellBreakLongTests.naive(b, 0, b.count))
        }
    }

    @Test("table cell numbers: the same Decimal, byte for byte, as Decimal(string:)")
    func cellDecimals() {
        func bytes(_ d: Decimal?) -> [UInt8]? {
            guard var d else { return nil }
            return withUnsafeBytes(of: &d) { Array($0) }
        }
        let posix = Locale(identifier: "en_US_POSIX")
        for s in ["12.50", "-3.25", "0", "0.0", "-0", "007", "12.", "100", "99999999999999999", "1234567890123456789012",
                  "-0.001", "5"] {
            #expect(bytes(FlattenedTableGrammar.decimal(s)) == bytes(Decimal(string: s, locale: posix)), "\(s)")
        }
    }

    @Test("scaled Arabic numbers: the same Decimal as multiplying by the scale")
    func scaledArabic() {
        func bytes(_ d: Decimal) -> [UInt8] {
            var d = d
            return withUnsafeBytes(of: &d) { Array($0) }
        }
        let cases: [(String, String, [Decimal])] = [("44.14亿", "44.14", [100_000_000]), ("3千万", "3", [1000, 10_000]),
                                                    ("0.5万", "0.5", [10_000]), ("120.00亿", "120.00", [100_000_000]),
                                                    ("999999999999.99亿", "999999999999.99", [100_000_000]),
                                                    ("2万亿", "2", [10_000, 100_000_000])]
        for (written, digits, scales) in cases {
            let t = written.unicodeScalars.map(\.value)
            let r = ChineseNumeral.readArabic(t, at: 0, stopScale: { _ in false })
            var expected = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))!
            for s in scales { expected *= s }
            #expect(r.map { bytes($0.value) } == bytes(expected), "\(written)")
            #expect(r?.end == t.count)
        }
    }
}
