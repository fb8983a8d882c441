import Foundation

/// `String.contains(String)` for the hot path: a byte search in the UTF-8, with Foundation's answer.
///
/// Why: with Foundation imported, `"一般公共预算收入".contains("支出")` goes through CFStringFind (a UTF-16 copy and
/// cluster folding per call) — a tenth of the HTML extract time when linking 其中 parts. Foundation's search is
/// literal (code unit for code unit), so on text without combining or decomposable characters a UTF-8 byte search
/// finds the same; anything else (Latin accents, Hangul, compatibility ideographs, emoji) still asks Foundation.
/// As Foundation does, an empty needle is never contained.
enum LiteralSearch {
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        if needle.isEmpty { return false }
        let answer = whenInert(haystack, needle) { hb, nb -> Bool in bytesContain(hb, nb) }
        return answer ?? haystack.contains(needle)
    }

    /// `s.unicodeScalars.contains { set.contains($0.value) }`, decoding the UTF-8 bytes directly (a String's UTF-8
    /// is valid; scalars outside the BMP are in no ScalarSet). Example: does 一般公共预算收入 hold 收 or 支?
    static func containsScalar(of set: ScalarSet, in s: String) -> Bool {
        // (The bytes in place: a copy of `s` for `withUTF8` was retained and released per call.)
        SimpleText.withBytes(s) { b in
            var i = 0
            let n = b.count
            while i < n {
                let b0 = b[i]
                if b0 < 0x80 {
                    if set.contains(UInt32(b0)) { return true }
                    i += 1
                } else if b0 < 0xE0 {
                    if set.contains((UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)) { return true }
                    i += 2
                } else if b0 < 0xF0 {
                    let x = (UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                    if set.contains(x) { return true }
                    i += 3
                } else {
                    i += 4
                }
            }
            return false
        }
    }

    /// Words looked for in many strings (plan headings, contrast pairs): their UTF-8, whether they are inert and
    /// their first scalars, prepared once.
    struct WordList {
        let words: [String]
        let bytes: [[UInt8]]
        let inert: [Bool]
        /// The first scalar of each inert word (0 for the others), and a 64-bit filter of them (bit: scalar % 64).
        let firsts: [UInt32]
        let filter: UInt64

        init(_ words: [String]) {
            self.words = words
            let bytes = words.map { Array($0.utf8) }
            let inert = bytes.map { b in !b.isEmpty && b.withUnsafeBufferPointer { LiteralSearch.isInert($0) } }
            let firsts = words.indices.map { inert[$0] ? words[$0].unicodeScalars.first!.value : 0 }
            self.bytes = bytes
            self.inert = inert
            self.firsts = firsts
            filter = firsts.reduce(0) { $0 | (1 << UInt64($1 & 63)) }
        }

        /// `words.contains { LiteralSearch.contains(s, $0) }`, testing the inertness of `s` once.
        func anyContained(in s: String) -> Bool { scan(s) { _ in true } }

        /// Calls `found` with the index of each word `s` holds (`LiteralSearch.contains`; an index may come more
        /// than once) until it answers true, and says whether it did. The inertness of `s` is tested once; in an
        /// inert text (see isInertScalar) the inert words are looked for at the scalars that start
        /// one of them: a byte match of UTF-8 starts at a scalar.
        @inline(__always)
        func scan(_ s: String, _ found: (Int) -> Bool) -> Bool {
            var bytesOfS = s
            return bytesOfS.withUTF8 { h -> Bool in
                let hayInert = LiteralSearch.isInert(h)
                for k in words.indices where !(hayInert && inert[k]) {
                    if LiteralSearch.contains(s, words[k]), found(k) { return true }
                }
                guard hayInert else { return false }
                var i = 0
                while i < h.count {
                    // (An inert text holds one-, two- and three-byte scalars only: see isInertScalar.)
                    let b0 = h[i]
                    let len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : 3
                    let x = len == 1 ? UInt32(b0)
                        : len == 2 ? (UInt32(b0 & 0x1F) << 6) | UInt32(h[i + 1] & 0x3F)
                        : (UInt32(b0 & 0x0F) << 12) | (UInt32(h[i + 1] & 0x3F) << 6) | UInt32(h[i + 2] & 0x3F)
                    if filter & (1 << UInt64(x & 63)) != 0 {
                        for k in words.indices where inert[k] && firsts[k] == x {
                            let w = bytes[k]
                            if i + w.count <= h.count, h[i..<(i + w.count)].elementsEqual(w), found(k) { return true }
                        }
                    }
                    i += len
                }
                return false
            }
        }
    }

    /// `words.contains(s)` (String ==, canonical equivalence) for a word list asked about many strings: a simple
    /// string (SimpleText) equals a simple word only byte for byte, so those are looked up by their UTF-8 in a set
    /// built once; anything else is compared as Swift compares. Example: 安排 among the object verbs.
    struct WordSet: Sendable {
        let words: [String]
        /// The simple words longer than 16 bytes (the shorter ones are `shortSimple`'s), by their UTF-8.
        private let simpleBytes: Set<[UInt8]>
        private let others: [String]
        /// The longest word's UTF-8 length: a longer string is no word (most strings asked about — a figure's
        /// subject — are longer than every word of a short list, and are answered without a copy of their bytes).
        private let longest: Int

        /// The simple words of 16 bytes or fewer packed into two words and a length: a subject that short is looked
        /// up without an array of its bytes (an allocation per lookup, for every figure of a pass).
        private let shortSimple: Set<ShortKey>

        init(_ words: [String]) {
            self.words = words
            let simple = words.filter(SimpleText.isSimple).map { Array($0.utf8) }
            simpleBytes = Set(simple.filter { $0.count > 16 })
            shortSimple = Set(simple.compactMap { b in b.withUnsafeBufferPointer { ShortKey($0) } })
            others = words.filter { !SimpleText.isSimple($0) }
            longest = words.map(\.utf8.count).max() ?? 0
        }

        func contains(_ s: String) -> Bool {
            if others.isEmpty, s.utf8.count > longest { return false }
            guard SimpleText.isSimple(s) else { return words.contains(s) }
            let found = SimpleText.withBytes(s) { b in
                if let key = ShortKey(b) { return shortSimple.contains(key) }
                return simpleBytes.contains(Array(b))
            }
            return found || others.contains(s)
        }

        /// Up to 16 bytes and their count, as a set key.
        struct ShortKey: Hashable {
            var low: UInt64 = 0
            var high: UInt64 = 0
            var count: Int

            init?(_ b: UnsafeBufferPointer<UInt8>) {
                guard b.count <= 16 else { return nil }
                count = b.count
                for i in 0..<b.count {
                    if i < 8 { low |= UInt64(b[i]) << UInt64(8 * i) } else { high |= UInt64(b[i]) << UInt64(8 * (i - 8)) }
                }
            }
        }
    }

    /// A needle (or a word to compare with) whose UTF-8 and inertness are worked out once, for word lists asked
    /// about every figure (收入/支出 pairs, part modifiers).
    struct Prepared {
        let string: String
        let bytes: [UInt8]
        let inert: Bool

        init(_ string: String) {
            self.string = string
            bytes = Array(string.utf8)
            inert = bytes.withUnsafeBufferPointer { LiteralSearch.isInert($0) }
        }
    }

    /// `contains(haystack, needle.string)` with the haystack's bytes and inertness already at hand.
    static func contains(_ h: UnsafeBufferPointer<UInt8>, inert: Bool, _ haystack: String, _ needle: Prepared) -> Bool {
        if needle.bytes.isEmpty { return false }
        if inert, needle.inert { return bytesContain(h, needle.bytes) }
        return haystack.contains(needle.string)
    }

    /// A string asked for several prepared needles: its bytes found and its inertness tested once, where each
    /// `contains(_:_:)` call did both again (a figure's subject asked for 等 and 、, for 预算 and 、).
    struct Haystack {
        let bytes: UnsafeBufferPointer<UInt8>
        let inert: Bool
        let string: String

        func contains(_ needle: Prepared) -> Bool {
            LiteralSearch.contains(bytes, inert: inert, string, needle)
        }
    }

    /// Calls `body` with `s` as a `Haystack` (its bytes in place, valid only inside `body`).
    static func withHaystack<R>(_ s: String, _ body: (Haystack) -> R) -> R {
        SimpleText.withBytes(s) { h in body(Haystack(bytes: h, inert: isInert(h), string: s)) }
    }

    /// `equals(s, word.string)` with the bytes and inertness of `s` already at hand.
    static func equals(_ h: UnsafeBufferPointer<UInt8>, inert: Bool, _ s: String, _ word: Prepared) -> Bool {
        if inert, word.inert { return h.count == word.bytes.count && word.bytes.withUnsafeBufferPointer { sameBytes(h, $0) } }
        return s == word.string
    }

    /// The byte search of `contains` (for inert strings; an empty needle is never contained).
    static func bytesContain<N: RandomAccessCollection>(_ hb: UnsafeBufferPointer<UInt8>, _ nb: N) -> Bool
        where N.Element == UInt8, N.Index == Int {
        if nb.isEmpty || nb.count > hb.count { return false }
        guard let base = hb.baseAddress else { return false }
        let first = nb[nb.startIndex], last = hb.count - nb.count
        var i = 0
        while i <= last {
            // (The next place of the needle's first byte by memchr: the loop tested every byte.)
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return false }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < nb.count, hb[i + k] == nb[nb.startIndex + k] { k += 1 }
            if k == nb.count { return true }
            i += 1
        }
        return false
    }

    /// `s.hasPrefix(p)` for the hot path: a byte comparison when both strings are inert (no scalar of either can
    /// combine with a neighbour, so a byte prefix is a character prefix), else Swift's own. Example: 占比 in
    /// 占比提高 without walking grapheme clusters.
    ///
    /// Only the bytes the prefix would cover and the scalar after them need be inert, not the whole of `s` (the
    /// sentences asked are long, the words short): an inert scalar is no mark, joiner or second half of a canonical
    /// composition, so a grapheme boundary lies before it and no normalization reaches across it — what follows it
    /// cannot change whether the first characters of `s` are `prefix`.
    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        let answer: Bool? = SimpleText.withBytes(s) { sb in
            SimpleText.withBytes(prefix) { pb -> Bool? in
                guard isInert(pb) else { return nil }
                guard pb.count <= sb.count else { return isInert(sb) ? false : nil }
                var end = pb.count
                while end < sb.count, sb[end] & 0xC0 == 0x80 { end += 1 }   // to the scalar at or after the prefix's end
                if end < sb.count { end = min(sb.count, end + UTF8Scan.leadLength(sb[end])) }
                guard isInert(UnsafeBufferPointer(rebasing: sb[0..<end])) else { return nil }
                return sameBytes(UnsafeBufferPointer(rebasing: sb.prefix(pb.count)), pb)
            }
        }
        return answer ?? s.hasPrefix(prefix)
    }

    /// `s.hasSuffix(p)` for the hot path, as `hasPrefix`: the bytes the suffix would cover and the scalar before
    /// them must be inert.
    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        let answer: Bool? = SimpleText.withBytes(s) { sb in
            SimpleText.withBytes(suffix) { pb -> Bool? in
                guard isInert(pb) else { return nil }
                guard pb.count <= sb.count else { return isInert(sb) ? false : nil }
                var start = sb.count - pb.count
                while start > 0, start < sb.count, sb[start] & 0xC0 == 0x80 { start -= 1 }   // the scalar at or before the suffix's start
                if start > 0 {
                    start -= 1                                             // and the one before it
                    while start > 0, sb[start] & 0xC0 == 0x80 { start -= 1 }
                }
                guard isInert(UnsafeBufferPointer(rebasing: sb[start...])) else { return nil }
                return sameBytes(UnsafeBufferPointer(rebasing: sb.suffix(pb.count)), pb)
            }
        }
        return answer ?? s.hasSuffix(suffix)
    }

    /// Two byte buffers of one length hold the same bytes: memcmp (the generic `elementsEqual` walked them one byte at
    /// a time through an iterator, eighty instructions for a unit of two letters).
    @inline(__always)
    static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count > 0, let x = a.baseAddress, let y = b.baseAddress else { return true }
        return memcmp(x, y, a.count) == 0
    }

    /// `a == b` for the hot path: equal UTF-8 bytes when both strings are inert (then canonical equivalence, which
    /// `==` tests, is byte equality), else Swift's own comparison. Example: 城市 vs 农村 without NFC lookups.
    static func equals(_ a: String, _ b: String) -> Bool {
        // (Equal bytes first, before the inertness walks: strings with the same UTF-8 are equal whatever they hold,
        // and most strings compared are units that are — 亿元 and 亿元.)
        let answer: Bool? = SimpleText.withBytes(a) { ab in
            SimpleText.withBytes(b) { bb -> Bool? in
                if ab.count == bb.count, sameBytes(ab, bb) { return true }
                guard isInert(ab), isInert(bb) else { return nil }
                return false
            }
        }
        return answer ?? (a == b)
    }

    /// `a == b` for optional strings (units: 亿元 vs 万元), as `equals`.
    static func equals(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return equals(x, y)
        default: return false
        }
    }

    /// `body` on the UTF-8 bytes of both strings when both are inert; nil otherwise (the caller then asks Swift).
    private static func whenInert(_ a: String, _ b: String,
                                  _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        // (Both strings' bytes in place: copies of them for `withUTF8` were retained and released per call.)
        SimpleText.withBytes(a) { xb in
            SimpleText.withBytes(b) { yb -> Bool? in
                guard isInert(xb), isInert(yb) else { return nil }
                return body(xb, yb)
            }
        }
    }

    /// `isInert` of one scalar's UTF-8: ASCII but CR, the Latin-1 symbols (see `isLatinSymbol`), U+2002–U+203F but
    /// the joiners U+200C/200D, U+3000–U+3FFF but the combining marks U+302A–302F and U+3099/309A, U+4000–U+9FFF,
    /// U+FF00–U+FFFF but the halfwidth voicing marks U+FF9E/FF9F, and the
    /// symbols of `inertSymbols` (℃ Ⅱ ① ●). (A string is inert when each of its scalars is.)
    @inline(__always)
    static func isInertScalar(_ x: UInt32) -> Bool {
        switch x {
        case 0..<0x80: return x != 0x0D
        case 0x80..<0x100: return isLatinSymbol(x)
        case 0x200C, 0x200D: return false
        case 0x2002...0x203F: return true
        case 0x302A...0x302F, 0x3099, 0x309A: return false
        case 0xFF9E, 0xFF9F: return false
        case 0x3000...0x9FFF: return true
        case 0xFF00...0xFFFF: return true
        case 0x2040...0x2BFF: return isInertSymbol(x)
        default: return false
        }
    }

    /// The three-byte symbols outside the ranges above that no canonical mapping or cluster rule touches — no
    /// canonical decomposition, combining class 0, no mark or format character — so that they compare as their bytes
    /// unless a combining mark follows (and a mark is not inert: that string still asks Foundation). A bulletin's 第Ⅱ类
    /// or ① no longer sends every search of its sentences through Foundation. The blocks that hold decomposing or
    /// combining characters are left out whole (arrows, mathematical operators, miscellaneous technical with 〈〉,
    /// supplemental operators, the combining marks for symbols, the invisible operators), as are the three
    /// letterlike signs that decompose (Ω U+2126, K U+212A, Å U+212B). Written as ranges, not
    /// read from the Unicode properties at start (that took 20M instructions, a tenth of a small run); a test checks
    /// every listed scalar against Foundation's canonical decomposition and the properties.
    static let inertSymbolRanges: [ClosedRange<UInt32>] = [
        0x2040...0x205F,                                      // the rest of general punctuation (no invisible operators)
        0x2070...0x20CF,                                      // super- and subscripts, currency signs
        0x2100...0x2125, 0x2127...0x2129, 0x212C...0x218F,   // letterlike symbols (℃ №), number forms (Ⅱ)
        0x2400...0x29FF,                                      // control pictures … enclosed ① … shapes ● … dingbats
        0x2B00...0x2BFF,                                      // miscellaneous symbols and arrows
    ]

    /// The two-byte scalars that are inert: Latin-1's symbols U+00A1–U+00BF but the soft hyphen (a format
    /// character), and × ÷. None has a canonical decomposition or a combining class, none is a mark, and none is
    /// the second of a canonical composition; the letters beside them (é, Å) decompose and stay out. A bulletin's
    /// 习近平·… name, 3×2 or 30°C no longer sends every word test of its passage through Foundation.
    @inline(__always)
    static func isLatinSymbol(_ x: UInt32) -> Bool {
        (x >= 0xA1 && x <= 0xBF && x != 0xAD) || x == 0xD7 || x == 0xF7
    }

    static let inertSymbols: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (0x2C00 >> 6))
        for r in inertSymbolRanges {
            for x in r { bits[Int(x >> 6)] |= 1 << UInt64(x & 63) }
        }
        return bits
    }()

    @inline(never)
    static func isInertSymbol(_ x: UInt32) -> Bool {
        x < 0x2C00 && inertSymbols[Int(x >> 6)] & (1 << UInt64(x & 63)) != 0
    }

    /// True when every scalar is ASCII (not CR), a Latin-1 symbol (· ×), U+2002–U+203F punctuation, U+3000–U+9FFF
    /// (CJK punctuation, kana, ideographs; not the combining marks among them), U+FF00–U+FFFF (full-width forms) or
    /// a symbol of `inertSymbols`: scalars that no canonical mapping or cluster rule touches.
    static func isInert(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        guard let base = b.baseAddress else { return true }
        // Sixteen bytes per step: a byte that leads no inert scalar (CR, C0–C1, C4–E1, EA–EE, F0–FF) ends the answer;
        // ASCII, continuation bytes and ideograph leads (E4–E9: every scalar of U+4000–U+9FFF is inert) pass as they
        // are; the leads whose inertness depends on what follows (C2 C3 E2 E3 EF: · “ 。 ，) are looked at one by one.
        // (The sentences `check` asks about are hundreds of bytes; the earlier step took two ideographs per load and
        // stopped at every punctuation mark.) A step may end inside a scalar: the walk after it skips the continuation
        // bytes of a lead the step passed.
        // (Vector constants, not scalars: a lane compare with a scalar was compiled to a loop over the lanes.)
        let c0 = SIMD16<UInt8>(repeating: 0xC0), cr = SIMD16<UInt8>(repeating: 0x0D)
        let e4 = SIMD16<UInt8>(repeating: 0xE4), six = SIMD16<UInt8>(repeating: 6)
        let c2 = SIMD16<UInt8>(repeating: 0xC2), c3 = SIMD16<UInt8>(repeating: 0xC3)
        let e2 = SIMD16<UInt8>(repeating: 0xE2), e3 = SIMD16<UInt8>(repeating: 0xE3), ef = SIMD16<UInt8>(repeating: 0xEF)
        while i &+ 16 <= n {
            let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let plain = ((v .< c0) .& (v .!= cr)) .| ((v &- e4) .< six)
            let others = unsafeBitCast(.!plain, to: SIMD2<UInt64>.self)
            if others[0] | others[1] != 0 {
                let looked = (v .== c2) .| (v .== c3) .| (v .== e2) .| (v .== e3) .| (v .== ef)
                let bad = unsafeBitCast(.!(plain .| looked), to: SIMD2<UInt64>.self)
                guard bad[0] | bad[1] == 0 else { return false }
                for w in 0..<2 {
                    var m = w == 0 ? others[0] : others[1]
                    while m != 0 {
                        let k = i &+ w &* 8 &+ m.trailingZeroBitCount &>> 3
                        guard inertScalarLength(b, k) != 0 else { return false }
                        m &= ~(UInt64(0xFF) << UInt64(m.trailingZeroBitCount & ~7))
                    }
                }
            }
            i &+= 16
        }
        guard i < n else { return true }
        // The bytes left (fewer than sixteen; most strings asked, subjects and units, are no longer) in one more step of
        // the same test: the last sixteen bytes of a longer string (the leads before them were looked at already, and
        // continuation bytes pass), or a short string copied into zeros (a zero byte passes). Walking them one scalar
        // at a time cost about as much as the rest of the call (ExampleLists asks it of every figure's subject).
        let v: SIMD16<UInt8>
        if n >= 16 {
            v = UnsafeRawPointer(base + (n &- 16)).loadUnaligned(as: SIMD16<UInt8>.self)
            i = n &- 16
        } else {
            var padded = SIMD16<UInt8>(repeating: 0)
            withUnsafeMutableBytes(of: &padded) { $0.baseAddress!.copyMemory(from: base, byteCount: n) }
            v = padded
        }
        let plain = ((v .< c0) .& (v .!= cr)) .| ((v &- e4) .< six)
        let others = unsafeBitCast(.!plain, to: SIMD2<UInt64>.self)
        guard others[0] | others[1] != 0 else { return true }
        let looked = (v .== c2) .| (v .== c3) .| (v .== e2) .| (v .== e3) .| (v .== ef)
        let bad = unsafeBitCast(.!(plain .| looked), to: SIMD2<UInt64>.self)
        guard bad[0] | bad[1] == 0 else { return false }
        for w in 0..<2 {
            var m = w == 0 ? others[0] : others[1]
            while m != 0 {
                let k = i &+ w &* 8 &+ m.trailingZeroBitCount &>> 3
                guard inertScalarLength(b, k) != 0 else { return false }
                m &= ~(UInt64(0xFF) << UInt64(m.trailingZeroBitCount & ~7))
            }
        }
        return true
    }

    /// The UTF-8 length of the scalar whose lead byte is at `i` when it is inert (see `isInertScalar`), else 0.
    @inline(__always)
    static func inertScalarLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = b.count
        let b0 = b[i]
        if b0 < 0x80 { return b0 == 0x0D ? 0 : 1 }
        if b0 < 0xE0 {
            // Two-byte scalars: the Latin-1 symbols (· × °), lead C2 or C3.
            guard i + 1 < n, b0 == 0xC2 || b0 == 0xC3,
                  isLatinSymbol((UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)) else { return 0 }
            return 2
        }
        guard i + 2 < n else { return 0 }
        let b1 = b[i + 1], b2 = b[i + 2]
        switch b0 {
        case 0xE3:
            // Combining marks in this block (U+302A–302F tone marks, U+3099/309A kana voicing: か+゛ ≡ が) are
            // not inert.
            if b1 == 0x80, b2 >= 0xAA, b2 <= 0xAF { return 0 }
            if b1 == 0x82, b2 == 0x99 || b2 == 0x9A { return 0 }
        case 0xE4...0xE9: break
        case 0xE2:
            // (U+200C/200D, the zero-width non-joiner and joiner, extend the character before them.)
            if b1 == 0x80 { guard b2 >= 0x82, b2 != 0x8C, b2 != 0x8D else { return 0 } }
            else {
                // U+2040–U+2FFF: the symbols of `inertSymbols` (℃ Ⅱ ① ●).
                guard isInertSymbol(0x2000 | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)) else { return 0 }
            }
        case 0xEF:
            // (The halfwidth voicing marks U+FF9E/FF9F extend the katakana before them.)
            guard b1 >= 0xBC, b1 != 0xBE || (b2 != 0x9E && b2 != 0x9F) else { return 0 }
        default: return 0
        }
        return 3
    }
}
