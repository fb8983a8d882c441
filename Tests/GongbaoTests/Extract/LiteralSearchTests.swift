import Foundation
import Testing
@testable import Gongbao

@Suite("LiteralSearch")
struct LiteralSearchTests {
    @Test("the byte search answers as Foundation's contains does")
    func agreesWithFoundation() {
        let haystacks = ["一般公共预算收入", "一般公共预算支出", "", "收入", "GDP增长5.1%", "“十四五”规划", "ＧＤＰ总量",
                         "café", "cafe\u{301}", "한국어", "豈", "\r\n收入", "收入\u{2028}支出", "がんばる", "か\u{3099}んばる",
                         "地区生产总值·三次产业", "第Ⅱ类收入", "气温30℃", "①收入", "\u{2126}", "\u{3A9}", "≠", "=\u{338}", "3×2",
                         "·\u{301}收入", "\u{387}", "30°C", "×\u{301}", "·", "¨\u{301}", "\u{385}"]
        let needles = ["收入", "支出", "", "一般", "GDP", "十四五", "Ｐ", "é", "e\u{301}", "국", "\u{F900}", "\n", "入\u{2028}", "が", "か\u{3099}",
                       "·", "Ⅱ类", "℃", "\u{3A9}", "\u{2126}", "≠", "=", "×", "·三", "①", "°C", "¨", "\u{387}"]
        for h in haystacks {
            for n in needles {
                #expect(LiteralSearch.contains(h, n) == h.contains(n), "\(h) ⊇ \(n)")
            }
        }
    }

    @Test("every symbol listed as inert has no canonical decomposition, combining class 0 and is no mark or format")
    func inertSymbolsAreInert() {
        let latin = (0x80..<0x100).filter { LiteralSearch.isInertScalar(UInt32($0)) }.map { UInt32($0)...UInt32($0) }
        #expect(latin.count == 32)
        for r in LiteralSearch.inertSymbolRanges + latin {
            for x in r {
                guard let u = Unicode.Scalar(x), u.properties.generalCategory != .unassigned else { continue }
                let nfd = String(u).decomposedStringWithCanonicalMapping.unicodeScalars
                #expect(nfd.count == 1 && nfd.first == u, "U+\(String(x, radix: 16)) decomposes")
                #expect(u.properties.canonicalCombiningClass == .notReordered, "U+\(String(x, radix: 16))")
                let category = u.properties.generalCategory
                #expect(![.nonspacingMark, .spacingMark, .enclosingMark, .format, .control].contains(category),
                        "U+\(String(x, radix: 16)) is \(category)")
                #expect(LiteralSearch.isInertScalar(x))
            }
        }
    }

    @Test("byte equality answers as == does")
    func equalsAgreesWithSwift() {
        let words = ["城市", "农村", "城镇", "", "GDP", "ＧＤＰ", "café", "cafe\u{301}", "한", "\u{1100}\u{1161}", "豈", "豈", "が", "か\u{3099}", "〪"]
        for a in words {
            for b in words {
                #expect(LiteralSearch.equals(a, b) == (a == b), "\(a) = \(b)")
            }
        }
    }

    /// Scalars around the edges of the inert ranges and the two-ideograph fast path: ideographs led by E4 and E9,
    /// punctuation led by E2/E3 (one of them a combining mark), full-width forms, CR, a two-byte and a four-byte one.
    static let pool = ["一", "丁", "预", "算", "鿿", "龥", "、", "。", "〪", "“", "ｋ", "a", "5", "\r", "é", "𠀀", "豈", "ア", "\u{3099}",
                       "·", "×", "℃", "Ⅱ", "①", "●", "\u{2126}", "≠", "\u{301}", "°", "÷", "\u{AD}", "À", "¿", "ÿ",
                       "\u{200C}", "\u{200D}", "\u{200B}", "\u{FF9E}", "\u{FF9F}", "ｶ"]

    @Test("isInert in 16-byte steps answers as each scalar's isInertScalar; the memchr byte search as a naive one")
    func fastPathsAgree() {
        var mix = Mix(state: 0x5EED_0000_11E7_0012)
        for round in 0..<4000 {
            var s = ""
            for _ in 0..<(round % 60) {
                s += mix.next(3) == 0 ? LiteralSearchTests.pool[mix.next(LiteralSearchTests.pool.count)] : ["经", "济", "增", "长"][mix.next(4)]
            }
            let bytes = Array(s.utf8)
            let inert = bytes.withUnsafeBufferPointer { LiteralSearch.isInert($0) }
            #expect(inert == s.unicodeScalars.allSatisfy { LiteralSearch.isInertScalar($0.value) }, "\(s)")
            let needle = Array(["增长", "济", "长a", "。经", "ｋ"][mix.next(5)].utf8)
            let naive = bytes.count >= needle.count
                && (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
            #expect(bytes.withUnsafeBufferPointer { LiteralSearch.bytesContain($0, needle) } == naive, "\(s)")
        }
    }

    @Test("hasPrefix and hasSuffix, which test only the bytes near the word for inertness, answer as Swift's own")
    func prefixAndSuffixAgreeWithSwift() {
        let words = ["收入", "入", "·", "a", "", "é", "e", "\u{387}", "ｶ", "Ⅱ", "\n", "入\u{200D}", "收"]
        let pieces = ["收", "入", "支", "·", "a", "e", "\u{301}", "é", "\u{200D}", "\u{200C}", "\u{387}", "ｶ", "\u{FF9E}",
                      "Ⅱ", "\r", "\n", "\u{3099}", "か", "🇨", "🇳", "◌"]
        var mix = Mix(state: 0x5EED_0000_11E7_0015)
        for round in 0..<6000 {
            var s = ""
            for _ in 0..<(round % 9) { s += pieces[mix.next(pieces.count)] }
            for w in words {
                #expect(LiteralSearch.hasPrefix(s, w) == s.hasPrefix(w), "\(s.unicodeScalars.map { $0.value }) starts \(w)")
                #expect(LiteralSearch.hasSuffix(s, w) == s.hasSuffix(w), "\(s.unicodeScalars.map { $0.value }) ends \(w)")
            }
        }
    }

    @Test("WordList.scan finds in text with Latin-1 symbols what Foundation's contains finds")
    func wordListAgreesWithFoundation() {
        let words = ["收入", "·", "×2", "长·", "°C", "增", "é", "\u{387}", "¨"]
        let list = LiteralSearch.WordList(words)
        var mix = Mix(state: 0x5EED_0000_11E7_0014)
        let pieces = ["经", "济", "增", "长", "收", "入", "·", "×", "2", "°", "C", "é", "e", "\u{301}", "\u{387}", "¨", "÷"]
        for round in 0..<3000 {
            var s = ""
            for _ in 0..<(round % 14) { s += pieces[mix.next(pieces.count)] }
            var seen: Set<Int> = []
            _ = list.scan(s) { seen.insert($0); return false }
            for (k, w) in words.enumerated() {
                #expect(seen.contains(k) == s.contains(w), "\(s) ⊇ \(w)")
            }
            #expect(list.anyContained(in: s) == words.contains { s.contains($0) }, "\(s)")
        }
    }

    @Test("a haystack asked for two needles answers as two contains calls; WordSet as Array.contains")
    func haystackAndWordSet() {
        let words = ["平均", "年均", "年平均", "平均每年", "每年平均每年平均", "cafe\u{301}", "收入总计"]
        let set = LiteralSearch.WordSet(words)
        let a = LiteralSearch.Prepared("等"), b = LiteralSearch.Prepared("、")
        var mix = Mix(state: 0x5EED_0000_11E7_0013)
        for round in 0..<3000 {
            var s = ""
            for _ in 0..<(round % 12) {
                s += ["平", "均", "年", "每", "等", "、", "收入", "总计", "café", "e", "\u{301}"][mix.next(11)]
            }
            #expect(LiteralSearch.withHaystack(s, { $0.contains(a) && !$0.contains(b) })
                    == (LiteralSearch.contains(s, "等") && !LiteralSearch.contains(s, "、")), "\(s)")
            #expect(set.contains(s) == words.contains(s), "\(s)")
        }
        for w in words { #expect(set.contains(w)) }
    }
}
