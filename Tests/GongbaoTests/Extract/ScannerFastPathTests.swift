import Foundation
import Testing
@testable import Gongbao

/// The scanner's shortcuts agree with what they replace: `Reading.integer` with the Decimal it stands for, and the
/// unit tables PatternBook keeps apart (names, factors, labels, ids) with the lexicon's units.
@Suite("Scanner fast paths")
struct ScannerFastPathTests {

    /// Checks one reading: its integer (when known) is its Decimal value, and the comparisons through it answer as
    /// the Decimal comparisons do.
    func check(_ r: ChineseNumeral.Reading, _ written: String) {
        if let n = r.integer { #expect(Decimal(n) == r.value, "\(written)") }
        #expect(r.isZero == (r.value == 0), "\(written)")
        for n in [0, 1, 2, 10, 12, 100, 1000, 10000, 2023] {
            #expect(r.equals(n) == (r.value == Decimal(n)), "\(written) = \(n)")
        }
        let rounds = [10, 100, 1000, 10000, 100000, 1000000, 100000000]
        #expect(r.isOneOf(rounds) == rounds.map { Decimal($0) }.contains(r.value), "\(written)")
    }

    @Test("Reading.integer is the Decimal value of random Chinese numerals")
    func chineseIntegers() {
        let alphabet = Array("零〇一二两三四五六七八九十百千万亿几廿点壹贰拾佰仟萬億".unicodeScalars.map(\.value))
        var mix = Mix(state: 11)
        var known = 0
        for _ in 0..<4000 {
            let t = (0..<(1 + mix.next(9))).map { _ in alphabet[mix.next(alphabet.count)] }
            guard let r = ChineseNumeral.readChinese(t, at: 0, stopScale: { _ in false }) else { continue }
            let written = String(String.UnicodeScalarView(t.prefix(r.end).compactMap(Unicode.Scalar.init)))
            check(r, written)
            if r.integer != nil { known += 1 }
        }
        #expect(known > 1000)
        // Forms the scanner meets most: all known.
        for w in ["一", "十", "五十万", "十三亿", "两千三百", "三千五", "一万零十二", "四万万", "二〇二三", "廿"] {
            let t = w.unicodeScalars.map(\.value)
            let r = ChineseNumeral.readChinese(t, at: 0, stopScale: { _ in false })
            #expect(r?.integer != nil, "\(w)")
            if let r { check(r, w) }
        }
    }

    @Test("Reading.integer is the Decimal value of random Arabic numbers")
    func arabicIntegers() {
        let alphabet = Array("0123456789.,万亿千百".unicodeScalars.map(\.value))
        var mix = Mix(state: 5)
        for _ in 0..<4000 {
            let t = [UInt32(0x31 + mix.next(9))] + (0..<mix.next(24)).map { _ in alphabet[mix.next(alphabet.count)] }
            guard let r = ChineseNumeral.readArabic(t, at: 0, stopScale: { _ in false }) else { continue }
            check(r, String(String.UnicodeScalarView(t.prefix(r.end).compactMap(Unicode.Scalar.init))))
        }
        for w in ["2023", "1,234", "3万", "44亿", "1万2千"] {
            let r = ChineseNumeral.readArabic(w.unicodeScalars.map(\.value), at: 0, stopScale: { _ in false })
            if let r { check(r, w) }
        }
    }

    @Test("isAtLeast answers as the Decimal comparison")
    func atLeast() {
        let words = ["三", "五", "十二", "3", "8", "6.5", "7", "1万", "-0", "0", "五十万", "3.0"]
        let readings = words.compactMap { w -> ChineseNumeral.Reading? in
            let t = w.unicodeScalars.map(\.value)
            if w.hasPrefix("-") {
                guard var r = ChineseNumeral.readArabic(t, at: 1, stopScale: { _ in false }) else { return nil }
                r.value = -r.value
                r.integer = r.integer.flatMap { $0 == 0 ? nil : -$0 }
                return r
            }
            return ChineseNumeral.isASCIIDigit(t[0]) ? ChineseNumeral.readArabic(t, at: 0, stopScale: { _ in false })
                                                     : ChineseNumeral.readChinese(t, at: 0, stopScale: { _ in false })
        }
        #expect(readings.count == words.count)
        for a in readings { for b in readings {
            #expect(ChineseNumeral.Reading.isAtLeast(a, b) == (a.value >= b.value))
        } }
    }

    @Test("PatternBook's unit tables hold what the lexicon's units say")
    func unitTables() throws {
        let lex = try Lexicon.bundled()
        let book = PatternBook(lex)
        for (k, u) in lex.units.enumerated() {
            #expect(book.unitNames[k] == u.unit)
            #expect(book.unitFactors[k] == u.factor)
            #expect(book.unitLabelsBefore[k] == u.labelBefore.map { $0.unicodeScalars.map(\.value) })
            #expect(book.unitTraits[k].vagueWithOne == u.vagueWithOne)
            #expect(book.unitTraits[k].hasLabelsBefore == !u.labelBefore.isEmpty)
            for (m, v) in lex.units.enumerated() {
                #expect((book.unitTraits[k].unitID == book.unitTraits[m].unitID) == (u.unit == v.unit))
            }
        }
    }

    @Test("ScalarTrie.covers through the offset masks answers as the walk from every start")
    func coversMatchesWalk() throws {
        let lex = try Lexicon.bundled()
        var trie = ScalarTrie()
        for (k, w) in lex.names.enumerated() { trie.insert(w, value: k) }
        trie.indexOffsets()
        // Text made of the names' own scalars (so words occur and overlap) plus a few others and a non-BMP one.
        let pool = Array(Set(lex.names.flatMap { $0.unicodeScalars.map(\.value) })).sorted() + [0x3002, 0x31, 0x1F600]
        var mix = Mix(state: 3)
        var hits = 0
        for _ in 0..<300 {
            var t: [UInt32] = []
            while t.count < 40 {
                if mix.next(3) == 0 { t += lex.names[mix.next(lex.names.count)].unicodeScalars.map(\.value) }
                else { t.append(pool[mix.next(pool.count)]) }
            }
            for p in 0...t.count {
                for length in 1...2 {
                    let fast = trie.covers(t, p, length: length)
                    #expect(fast == trie.coversSlow(t, p, length: length))
                    if fast { hits += 1 }
                }
            }
        }
        #expect(hits > 100)
        // With a one-scalar word the pair filter is off; covers still answers as the walk.
        var withSingle = ScalarTrie()
        for (k, w) in (lex.names + ["多"]).enumerated() { withSingle.insert(w, value: k) }
        withSingle.indexOffsets()
        let t = "鄂尔多斯一带一路多个进一步".unicodeScalars.map(\.value)
        for p in 0...t.count {
            for length in 1...2 { #expect(withSingle.covers(t, p, length: length) == withSingle.coversSlow(t, p, length: length)) }
        }
        #expect(withSingle.covers(t, 2) && withSingle.covers(t, 8) && !trie.covers(t, 8) && trie.covers(t, 6))
    }

    @Test("ScalarClasses.firstIndex(of:) finds what a scalar-by-scalar scan finds")
    func fourScalarSearch() {
        let alphabet: [UInt32] = [0x201C, 0x300A, 0x300C, 0x7B, 0x4E00, 0x3002, 0x31, 0x1201C, 0x1300A]
        var mix = Mix(state: 9)
        for _ in 0..<300 {
            let t = (0..<mix.next(40)).map { _ in mix.next(6) == 0 ? alphabet[mix.next(alphabet.count)] : 0x4E8C }
            t.withUnsafeBufferPointer { b in
                for from in 0...t.count {
                    let to = from + mix.next(t.count - from + 3)
                    var naive = from
                    while naive < min(to, t.count), ![0x201C, 0x300A, 0x300C, 0x7B].contains(t[naive]) { naive += 1 }
                    if naive >= min(to, t.count) { naive = max(from, to) }
                    #expect(ScalarClasses.firstIndex(of: 0x201C, 0x300A, 0x300C, 0x7B, in: b, from: from, to: to) == naive)
                }
            }
        }
    }

    @Test("ScalarTrie's matches are the longest listed word, first listed value, as a search of the list finds")
    func trieMatchesList() throws {
        let lex = try Lexicon.bundled()
        let words = lex.units.map(\.surface) + lex.names + ["个", "个"]
        var trie = ScalarTrie()
        for (k, w) in words.enumerated() { trie.insert(w, value: k) }
        let lists = words.map { $0.unicodeScalars.map(\.value) }
        let pool = Array(Set(lists.joined())).sorted() + [0x3002, 0x1F600]
        var mix = Mix(state: 21)
        for _ in 0..<60 {
            var t: [UInt32] = []
            while t.count < 30 {
                if mix.next(3) == 0 { t += lists[mix.next(lists.count)] } else { t.append(pool[mix.next(pool.count)]) }
            }
            for i in 0...t.count {
                // The longest word at i; among equal words the first listed.
                var best: (value: Int, length: Int)? = nil
                var ending: (value: Int, length: Int)? = nil
                var all: [Int] = []
                for (k, w) in lists.enumerated() {
                    if i + w.count <= t.count, t[i..<(i + w.count)].elementsEqual(w) {
                        if best == nil || w.count > best!.length { best = (k, w.count) }
                        if !all.contains(w.count) { all.append(w.count) }
                    }
                    if i >= w.count, t[(i - w.count)..<i].elementsEqual(w), ending == nil || w.count > ending!.length {
                        ending = (k, w.count)
                    }
                }
                let m = trie.longestMatch(t, at: i)
                #expect(m?.value == best?.value && m?.length == best?.length)
                let e = trie.matchEnding(t, at: i)
                #expect(e?.value == ending?.value && e?.length == ending?.length)
                #expect(trie.allMatches(t, at: i).map(\.length) == all.sorted())
            }
        }
    }

    @Test("ScalarTrie's compiled walk (Flat) answers as the hash walk, for every list of the book")
    func trieFlatMatchesHashWalk() throws {
        let book = PatternBook(try Lexicon.bundled())
        let tries = [book.units, book.names, book.notQualifiers, book.before, book.after, book.targets, book.up,
                     book.down, book.glue, book.magnitudeLeads, book.totalWords, book.vague, book.stripLeading,
                     book.stripTrailing, book.objectVerbs, book.prepositions, book.afterStops, book.scopeTime,
                     book.scopeRegion, book.headingOpeners, book.rateDenominators]
        let words = book.lexicon.units.map(\.surface) + book.lexicon.names + book.lexicon.stripTrailing
            + book.lexicon.objectVerbs + book.lexicon.scopeRegion + book.lexicon.notQualifiers
        let lists = words.map { $0.unicodeScalars.map(\.value) }
        let pool = Array(Set(lists.joined())).sorted() + [0x3002, 0x31, 0x1F600, 0]
        var mix = Mix(state: 33)
        var hits = 0
        for _ in 0..<80 {
            var t: [UInt32] = []
            while t.count < 40 {
                if mix.next(3) == 0 { t += lists[mix.next(lists.count)] } else { t.append(pool[mix.next(pool.count)]) }
            }
            for trie in tries {
                for i in -1...(t.count + 1) {
                    let m = trie.longestMatch(t, at: i), r = trie.longestMatchReference(t, at: i)
                    #expect(m?.value == r?.value && m?.length == r?.length)
                    let e = trie.matchEnding(t, at: i), re = trie.matchEndingReference(t, at: i)
                    #expect(e?.value == re?.value && e?.length == re?.length)
                    if m != nil { hits += 1 }
                }
            }
            for trie in [book.names, book.notQualifiers, book.notDirections] {
                for p in 0...t.count {
                    for length in 1...3 { #expect(trie.covers(t, p, length: length) == trie.coversSlow(t, p, length: length)) }
                }
            }
        }
        #expect(hits > 1000)
        // One-scalar words added after a longer word with the same first (or last) scalar keep their value.
        var trie = ScalarTrie()
        for (k, w) in ["增长", "增", "长", "增", "𠀀甲", "甲𠀀", "乙丙丁", "乙丙", "丙丁"].enumerated() { trie.insert(w, value: k) }
        trie.compile()
        let t = "增长增甲𠀀乙丙丁乙丙增".unicodeScalars.map(\.value)
        for i in 0...t.count {
            let m = trie.longestMatch(t, at: i), r = trie.longestMatchReference(t, at: i)
            #expect(m?.value == r?.value && m?.length == r?.length)
            let e = trie.matchEnding(t, at: i), re = trie.matchEndingReference(t, at: i)
            #expect(e?.value == re?.value && e?.length == re?.length)
        }
        #expect(trie.longestMatch(t, at: 2)?.value == 1)
        #expect(trie.matchEnding(t, at: 2)?.value == 0)
        #expect(trie.longestMatch(t, at: 5)?.value == 6)
        #expect(trie.matchEnding(t, at: 8)?.value == 6)
        // An insert after compiling drops the layout: lookups see the new word.
        trie.insert("丁乙", value: 9)
        #expect(trie.longestMatch(t, at: 7)?.value == 9)
        #expect(trie.matchEnding(t, at: 9)?.value == 9)
    }

    @Test("SimpleText's byte walks answer as the String views they replace, and as Swift's own String tests")
    func simpleTextBytes() {
        // CJK, ASCII, CR LF, a combining accent, a compatibility ideograph (豈 U+F900 ≡ U+8C48), non-BMP, é two ways.
        let alphabet: [String] = ["的", "比", "例", "增", "长", "收", "入", "a", "1", " ", "\r", "\n", "\r\n", "\u{301}",
                                  "\u{F900}", "\u{8C48}", "𠀀", "é", "e\u{301}", "，", "Ａ", "\u{3099}", "か"]
        let affixes = ["", "的", "的比例", "增长", "收入", "\u{8C48}", "e\u{301}", "é", "a\r", "\n", "か\u{3099}", "𠀀的"]
        var mix = Mix(state: 41)
        var strings = affixes
        for _ in 0..<1500 { strings.append((0..<mix.next(8)).map { _ in alphabet[mix.next(alphabet.count)] }.joined()) }
        for s in strings {
            #expect(SimpleText.firstScalar(s) == SimpleText.firstScalarReference(s))
            #expect(SimpleText.firstScalar(s) == s.unicodeScalars.first?.value)
            #expect(SimpleText.isSimple(s) == SimpleText.isSimpleReference(s))
            #expect(SimpleText.count(s) == SimpleText.countReference(s))
            #expect(SimpleText.count(s) == s.count)
            for p in affixes + [String(s.suffix(2)), String(s.prefix(2))] {
                #expect(SimpleText.hasSuffix(s, p) == SimpleText.hasSuffixReference(s, p))
                #expect(SimpleText.hasSuffix(s, p) == s.hasSuffix(p), "\(s.unicodeScalars.map(\.value)) \(p)")
                #expect(SimpleText.Suffix(p).isSuffix(of: s) == SimpleText.Suffix(p).isSuffixReference(of: s))
                #expect(SimpleText.Suffix(p).isSuffix(of: s) == s.hasSuffix(p))
                #expect(SimpleText.hasPrefix(s, p) == s.hasPrefix(p))
            }
        }
        // A bridged (non-native) string takes the copy.
        let bridged = NSString(string: "收入的比例") as String
        #expect(SimpleText.Suffix("的比例").isSuffix(of: bridged))
        #expect(SimpleText.firstScalar(bridged) == 0x6536)
    }

    @Test("ChineseNumeral.decimal: the same bytes as Decimal(sign:exponent:significand:)")
    func decimalFromDigits() {
        func bytes(_ d: Decimal) -> [UInt8] {
            var d = d
            return withUnsafeBytes(of: &d) { Array($0) }
        }
        var mix = Mix(state: 17)
        for k in 0..<3000 {
            let limit: UInt64 = [10, 1000, 100_000, 10_000_000_000, 999_999_999_999_999_999][k % 5]
            let m = (UInt64(mix.next(1 << 30)) << 30 | UInt64(mix.next(1 << 30))) % limit
            for f in [0, 1, 2] {
                #expect(bytes(ChineseNumeral.decimal(m, fraction: f))
                        == bytes(Decimal(sign: .plus, exponent: -f, significand: Decimal(m))), "\(m) \(f)")
            }
        }
    }
}
