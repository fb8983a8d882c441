import Foundation
import Testing
@testable import Gongbao

/// The flattened-table grammar's scalar filters reject only what the String code they guard would reject.
@Suite("Flattened table header fast paths")
struct FlattenedHeaderFastPathTests {
    private var mix = Mix(state: 0x2545_F491_4F6C_DD1D)
    private mutating func next(_ n: Int) -> Int { mix.next(n) }

    private func grammar(_ text: String) throws -> FlattenedTableGrammar {
        let bytes = Array(text.utf8)
        let source = SourceText(path: "t.txt", bytes: bytes, encoding: "UTF-8")
        let content = ContentText(identityOf: source)
        let normalized = Normalizer.normalized(content)
        let book = try Extractor().book
        let tables = TableReader(book: book, text: DocText(normalized), content: content, normalized: normalized)
        return FlattenedTableGrammar(reader: FlattenedTableReader(book: book, tables: tables),
                                     line: FlattenedTableReader.Line(bytes, 0..<bytes.count))
    }

    @Test("a row the scalar test turns away is never a repeated header starting there")
    mutating func repeatFilterMatchesHeader() throws {
        // か + U+3099 is canonically が; U+F9xx compatibility ideographs are canonically unified ones.
        let pieces = ["指标", "单位", "产量", "比上年增长（%）", "绝对数", "汽车", "万辆", "93.4", "-2.1", "\t", " ", "  ",
                      "，", "：", "か\u{3099}", "が", "标", "\u{F900}", "\u{8C48}", "（亿元）", "2024年", "#铁路", "其中："]
        var compared = 0, repeats = 0
        for round in 0..<60 {
            var text = "指标\t单位\t产量\t比上年增长（%） "
            if round % 3 == 0 { text = "指\u{F900}\t年末数（亿元）\t增速（%） " }
            for _ in 0..<(6 + round % 30) { text += pieces[next(pieces.count)] }
            if round % 2 == 0 { text += " 指标\t单位\t产量\t比上年增长（%） 汽车\t万辆\t1.0\t2.0" }
            let g = try grammar(text)
            // The headers the line holds, and one made up, as the `raws` a table would repeat.
            var raws: [[String]] = [["指标", "单位", "产量", "比上年增长（%）"], ["か\u{3099}", "单位"], ["指\u{F900}", "年末数（亿元）"]]
            var tab = g.line.nextTab(from: 0)
            while let t = tab {
                if let h = g.header(endingAt: t) { raws.append(h.columns.map(\.raw)) }
                tab = g.line.nextTab(from: t + 1)
            }
            tab = g.line.nextTab(from: 0)
            while let t = tab {
                for expected in raws {
                    let first = FlattenedTableGrammar.inertScalars(expected[0])
                    for q in max(0, t - 14)...t {
                        let reference = g.header(endingAt: t, repeating: expected).map { $0.start == q } ?? false
                        if reference { repeats += 1 }
                        if !g.mayRepeatHeader(at: q, endingAt: t, first: first) {
                            #expect(!reference, "\(text) tab \(t) q \(q) \(expected)")
                        }
                        compared += 1
                    }
                }
                tab = g.line.nextTab(from: t + 1)
            }
        }
        #expect(compared > 400)
        #expect(repeats > 8)
    }

    @Test("a piece kept without `clean` has no 其中 prefix as String.hasPrefix reads it")
    mutating func qizhongFilterMatchesHasPrefix() throws {
        let g = try grammar("指标\t单位")
        let pieces = ["其中", "其", "中", "：", ":", "铁路", "a", "\u{0301}", "\u{3099}", "か", "\u{F900}", "1", " ", "#", "é"]
        for round in 0..<2000 {
            var s = ""
            for _ in 0..<(round % 6) { s += pieces[next(pieces.count)] }
            if FlattenedTableGrammar.cannotStartQizhong(s) {
                #expect(!s.hasPrefix("其中"), "\(s)")
                #expect(g.clean(s) == s, "\(s)")
            }
        }
        #expect(!FlattenedTableGrammar.cannotStartQizhong("其中：铁路"))
        #expect(FlattenedTableGrammar.cannotStartQizhong("铁路"))
    }

    @Test("a column from the process-wide cache reads as one made afresh; another book starts the cache over")
    func sharedColumnsMatchFreshOnes() throws {
        let g = try grammar("指标\t单位")
        for raw in ["指标", "单位", "比上年增长（%）", "年末数（亿元）", "产量", "增速", "2024年", "绝对数（万吨）", "其中：铁路"] {
            for _ in 0..<2 {
                let cached = g.column(raw)
                let fresh = TableColumn(raw, lexicon: g.lex, headerUnit: { g.reader.tables.headerUnit($0) })
                #expect(cached.raw == fresh.raw && cached.name == fresh.name, "\(raw)")
                #expect(cached.isUnitColumn == fresh.isUnitColumn && cached.isChange == fresh.isChange, "\(raw)")
                #expect(cached.isGeneric == fresh.isGeneric, "\(raw)")
                #expect(cached.unit?.factor == fresh.unit?.factor && cached.unit?.unit == fresh.unit?.unit
                        && cached.unit?.kind == fresh.unit?.kind, "\(raw)")
            }
        }
        let shared = FlattenedTableReader.SharedColumns()
        let a = try Extractor().book, b = try Extractor().book
        var made = 0
        func make(_ book: PatternBook) -> TableColumn {
            made += 1
            return TableColumn("产量", lexicon: book.lexicon, headerUnit: { _ in nil })
        }
        _ = shared.column(Array("产量".utf8), book: a) { make(a) }
        _ = shared.column(Array("产量".utf8), book: a) { make(a) }
        #expect(made == 1)
        _ = shared.column(Array("产量".utf8), book: b) { make(b) }
        #expect(made == 2)
    }

    /// `numbers` as it was, over the array of `line.tokens`.
    private func referenceNumbers(_ g: FlattenedTableGrammar, _ r: Range<Int>, want: Int?, whole: Bool)
        -> ([(Decimal?, Range<Int>)], Int)? {
        var out: [(Decimal?, Range<Int>)] = []
        var stop = r.lowerBound
        for tok in g.line.tokens(r) {
            if let want, out.count == want { break }
            switch g.kind(tok) {
            case .number(let v): out.append((v, tok)); stop = tok.upperBound
            case .punctuation:
                if g.isNullMark(tok) { out.append((nil, tok)); stop = tok.upperBound; continue }
                if !whole, want == nil { return out.isEmpty ? nil : (out, stop) }
            case .text:
                if whole { return nil }
                return out.isEmpty ? nil : (out, stop)
            }
        }
        if let want, out.count != want { return nil }
        return out.isEmpty ? nil : (out, whole ? r.upperBound : stop)
    }

    @Test("the numbers of a field, read token by token in place, are those read over the token array")
    mutating func numbersMatchReference() throws {
        let pieces = ["12.5", "-3.0", "800", "1,234", "0.0", "—", "/", "汽车", "万吨", "%", "4.5%", " ", "  ", "·", "-", "x1"]
        for round in 0..<300 {
            var text = ""
            for _ in 0..<(round % 9) { text += pieces[next(pieces.count)] }
            let g = try grammar(text)
            let r = 0..<g.line.count
            for want in [nil, 1, 2, 3] as [Int?] {
                for whole in [false, true] {
                    let fast = g.numbers(r, want: want, whole: whole), slow = referenceNumbers(g, r, want: want, whole: whole)
                    #expect(fast?.1 == slow?.1, "\(text)")
                    #expect(fast.map { $0.0.map(\.1) } == slow.map { $0.0.map(\.1) }, "\(text)")
                    #expect(fast.map { $0.0.map(\.0) } == slow.map { $0.0.map(\.0) }, "\(text)")
                }
            }
        }
    }

    @Test("scaling a table value by one without multiplying leaves the same Decimal, byte for byte, as `*=` does")
    func scaleByOneMatchesMultiplication() {
        func bytes(_ d: Decimal) -> [UInt8] { withUnsafeBytes(of: d) { Array($0) } }
        var values: [Decimal] = ["0", "0.0", "-0.0", "12.50", "1e5", "-3.0", "0.001", "7", "123456789012345678901234567890",
                                 "99999999999999999999999999999999999999"].compactMap { Decimal(string: $0, locale: ChineseNumeral.posix) }
        for m: UInt64 in [1, 10, 93, 1250, 65535, 65536, 4_294_967_296, 123_456_789_012_345_678] {
            for e in -4...2 {
                for sign in [FloatingPointSign.plus, .minus] { values.append(Decimal(sign: sign, exponent: e, significand: Decimal(m))) }
            }
        }
        values.append(Decimal.nan)
        let factors: [Decimal] = [1, Decimal(string: "1")!, Decimal(1) * Decimal(1), 10000, Decimal(string: "0.1")!, 100_000_000]
        for v in values {
            for f in factors {
                var fast = v, slow = v
                FlattenedTableGrammar.scale(&fast, by: f)
                slow *= f
                #expect(bytes(fast) == bytes(slow), "\(v) × \(f)")
            }
        }
    }
}
