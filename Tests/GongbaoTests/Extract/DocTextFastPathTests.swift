import Foundation
import Testing
@testable import Gongbao

/// The fast paths of the extraction passes (byte-built strings, the sentence and clause tables, scalar-level
/// Character operations) must answer exactly as the Character-level code they replace, on simple text and on
/// text with combining marks, CR LF and wide spaces.
@Suite("DocText fast paths")
struct DocTextFastPathTests {

    static let samples = [
        "全年地方一般公共预算收入421.9亿元，增长3.6%；其中，税收收入300亿元。\n二、2026年重点工作\n城市、农村分别上涨1.4%和0.2%",
        "其 中 城市 、\r\n农村、 、教育文化娱乐价格分别增长12%和15%（含 瓜果）。",
        "e\u{301}收入\u{3000}支出\u{200D}，か\u{3099}学生 和 教师",
        "",
        "\n\n一、回顾\n",
    ]

    @Test("strings of a range: one copy from the bytes, as scalar by scalar")
    func strings() {
        for s in Self.samples {
            let text = DocText(unnormalized: s)
            for lo in -1...text.count {
                for hi in max(lo, 0)...(text.count + 1) {
                    var slow = ""
                    for i in lo..<hi where i >= 0 && i < text.count { slow.unicodeScalars.append(Unicode.Scalar(text.t[i])!) }
                    #expect(text.string(lo..<hi) == slow)
                    let clean = String(String.UnicodeScalarView(slow.unicodeScalars.filter { $0 != " " && $0 != "\n" && $0 != "\t" }))
                    #expect(text.compactString(lo..<hi).utf8.elementsEqual(clean.utf8))
                    #expect(text.stringWithoutWhitespace(lo..<hi).utf8.elementsEqual(slow.filter { !$0.isWhitespace }.utf8))
                }
            }
        }
    }

    @Test("sentence and clause starts: table lookups equal the walk back")
    func starts() {
        for s in Self.samples {
            let text = DocText(unnormalized: s)
            for i in 0...text.count {
                var j = i
                while j > 0, !text.isSentenceEnd(text.t[j - 1]) { j -= 1 }
                #expect(text.sentenceStart(before: i) == j)
                var c = i
                while c > 0, !text.isClauseEnd(text.t[c - 1]) { c -= 1 }
                #expect(text.clauseStart(before: i) == c)
                for floor in [-1, 0, i / 2, i, i + 1] {
                    var w = i
                    while w > floor, w > 0, !text.isSentenceEnd(text.t[w - 1]) { w -= 1 }
                    #expect(text.sentenceStart(before: i, notBefore: floor) == w)
                }
            }
        }
    }

    @Test("其中 index and line starts agree with the walks they replace")
    func indexes() {
        for s in Self.samples {
            let text = DocText(unnormalized: s)
            let index = ExtractorSupport.QizhongIndex(text)
            for i in 0..<text.count {
                #expect(index.qizhong(before: i, text: text) == ExtractorSupport.qizhong(before: i, text: text))
            }
            var lines: [Int] = []
            var i = 0
            while i < text.count {
                lines.append(i)
                while i < text.count, text.t[i] != 0x0A { i += 1 }
                i += 1
            }
            #expect(PlanSections.lineStarts(text) == lines)
        }
    }

    @Test("decoding, even of bytes that are no UTF-8, reads the scalars and offsets of the plain decoder")
    func decoding() {
        // (A fixed pseudo-random sequence: the same byte strings on every run.)
        var mix = Mix(state: 0x9E37_79B9_7F4A_7C15)
        func next() -> Int { mix.next() }
        let pool: [UInt8] = [0x0A, 0x20, 0x21, 0x2C, 0x3B, 0x41, 0x80, 0x8A, 0xBF, 0xC3, 0xA9, 0xE0, 0xE3, 0x80, 0x82, 0xE4,
                             0xB8, 0xAD, 0xF0, 0x9F, 0x98, 0x80, 0xFF]
        for round in 0..<200 {
            let bytes = (0..<(round % 40)).map { _ in pool[next() % pool.count] }
            // The plain decoder the fast one replaced.
            DocTextDecodeTests.expectPlain(bytes)
        }
    }

    @Test("其中 and 分别 found eight scalars at a time, as one at a time")
    func wordStarts() {
        for s in Self.samples + [String(repeating: "其中分别其其中中分分别别", count: 7) + "其", "中其中"] {
            let text = DocText(unnormalized: s)
            var qz: [Int] = [], fb: [Int] = []
            for p in 0..<max(0, text.count - 1) {
                if text.t[p] == 0x5176, text.t[p + 1] == 0x4E2D { qz.append(p) }
                if text.t[p] == 0x5206, text.t[p + 1] == 0x522B { fb.append(p) }
            }
            let (a, b) = text.wordStarts((0x5176, 0x4E2D), (0x5206, 0x522B))
            #expect(a == qz)
            #expect(b == fb)
        }
    }

    @Test("heading words: the first-scalar search answers as LiteralSearch.contains")
    func headingWords() {
        let words = ["重点工作", "草案", "", "é", "e\u{301}", "a", "回顾"]
        let list = PlanSections.WordList(words)
        for body in ["2026年重点工作任务", "预算草案", "工作回顾", "cafe\u{301}", "café", "abc", "", "重点 工作", "重点工"] {
            #expect(list.anyContained(in: body) == words.contains { LiteralSearch.contains(body, $0) })
            for w in words {
                let one = PlanSections.WordList([w])
                #expect(one.anyContained(in: body) == LiteralSearch.contains(body, w))
            }
        }
    }

    @Test("分别 items: split, whitespace and 其中 on scalars as on Characters")
    func items() {
        for s in Self.samples {
            let text = DocText(unnormalized: s)
            for lo in 0...text.count {
                for hi in lo...text.count {
                    let slow = text.string(lo..<hi).split(separator: "、").map { item -> String in
                        var s = String(item).filter { !$0.isWhitespace }
                        if s.hasPrefix("其中") { s.removeFirst(2) }
                        return s
                    }
                    #expect(ListDistribution.items(lo..<hi, text: text) == slow)
                }
            }
        }
    }

    @Test("signs of decimals read from their flags, as Foundation compares")
    func signs() {
        for text in ["0", "-0", "1", "-1", "0.001", "-0.001", "4414000000", "-12.5"] {
            let d = Decimal(string: text)!
            #expect(ExtractorSupport.isPositive(d) == (d > 0))
            #expect(ExtractorSupport.isNonNegative(d) == (d >= 0))
        }
        for d in [Decimal.nan, Decimal(0) - Decimal(3), Decimal(7) * Decimal(string: "0.995")!] {
            #expect(ExtractorSupport.isPositive(d) == (d > 0))
            #expect(ExtractorSupport.isNonNegative(d) == (d >= 0))
        }
    }

    @Test("word sets answer as Array.contains")
    func wordSets() {
        let words = ["安排", "完成", "e\u{301}", "", "か\u{3099}"]
        let set = LiteralSearch.WordSet(words)
        for s in ["安排", "完成", "é", "e\u{301}", "", "が", "か\u{3099}", "安", "安排 "] {
            #expect(set.contains(s) == words.contains(s))
        }
    }

    @Test("SimpleText answers as Swift's Character operations")
    func simpleText() {
        let words = ["", "收入", "e", "e\u{301}", "\u{301}", "入", "か", "か\u{3099}", "（）", "教育支出", "\r", "\r\n", "支出\u{200D}"]
        for a in words + Self.samples {
            #expect(SimpleText.count(a) == a.count)
            for b in words {
                #expect(SimpleText.hasPrefix(a, b) == a.hasPrefix(b))
                #expect(SimpleText.hasSuffix(a, b) == a.hasSuffix(b))
                #expect(SimpleText.containsAny(a, of: b) == a.contains { b.contains($0) })
            }
        }
    }
}
