/// One pass over raw bytes that says whether they are UTF-8, and how far from it they are if not.
///
/// Decoding decides between UTF-8 and GB18030 from this count alone: GB bytes such as 中 (D6 D0) are
/// invalid UTF-8 almost everywhere, while a UTF-8 page with one stray byte still has thousands of valid
/// multi-byte sequences. Runs on bytes with a 32- and 8-byte ASCII fast path; never builds a Swift String.
public struct UTF8Scan: Sendable, Equatable {
    /// Well-formed sequences of two to four bytes (CJK text is almost all of these).
    public var multiByteSequences: Int
    /// Ill-formed or truncated sequences; each counts once, however many bytes it spans.
    public var invalidSequences: Int
    /// Offset of the first ill-formed byte, if any.
    public var firstInvalidOffset: Int?

    public var isValid: Bool { invalidSequences == 0 }

    /// False when the scan stopped early (see `init(_:givingUpBelow:)`); the counts then cover a prefix.
    public var isComplete = true

    /// Scans `bytes` from start to end.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes, givingUpBelow: nil)
    }

    /// Scans `bytes`, stopping as soon as the text can no longer have `ratio` valid multi-byte sequences
    /// per invalid one (even if every byte left began one): a GB18030 file is then known for what it is
    /// after a few hundred bytes instead of a pass over all of it.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, givingUpBelow ratio: Int?) {
        var multi = 0
        var invalid = 0
        var first: Int?
        let n = bytes.count
        guard let base = bytes.baseAddress else {
            self.init(multiByteSequences: 0, invalidSequences: 0, firstInvalidOffset: nil)
            return
        }
        let lows = UTF8Scan.wideLows, spans = UTF8Scan.wideSpans, excluded = UTF8Scan.wideExcluded
        var i = 0
        while i < n {
            // ASCII fast path: 32 bytes at a time (four words, one test: the markup of an HTML page), then eight at
            // a time while no high bit is set; then straight past the ASCII bytes before the first high bit (the
            // digits of 12345.6亿元 between two runs of Chinese: one load, not five).
            while i &+ 32 <= n {
                let q = UnsafeRawPointer(base + i)
                let any = q.loadUnaligned(as: UInt64.self) | q.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | q.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | q.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if any & 0x8080_8080_8080_8080 != 0 { break }
                i &+= 32
            }
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                if high != 0 { i += high.trailingZeroBitCount >> 3; break }
                i += 8
            }
            if i >= n { break }
            let b0 = base[i]
            if b0 < 0x80 { i += 1; continue }
            // Runs of Chinese text: two 3-byte sequences per 64-bit word (lead 1110xxxx, then two 10xxxxxx), leads
            // E1–EC or EE–EF, which need no check of their second byte (E0 and ED go the long way below).
            if b0 >= 0xE1 {
                let start = i
                // Five sequences per 16-byte vector load (leads E1–EC, EE–EF as below): every lead minus E1 at most 0E
                // and not ED, every continuation byte minus 80 at most 3F (the sixteenth byte is not looked at).
                while i &+ 16 <= n {
                    let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    // (The failing lanes read as two words: `all(...)` took a generic, unspecialized reduction.)
                    let bad = unsafeBitCast(((v &- lows) .> spans) .| (v .== excluded), to: SIMD2<UInt64>.self)
                    guard bad[0] | bad[1] == 0 else { break }
                    i &+= 15
                }
                while i &+ 8 <= n {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    guard w & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0 else { break }
                    // Neither lead is E0 or ED: one bit per low nibble of the two leads, tested at once.
                    let leads = (1 as UInt32) << UInt32(truncatingIfNeeded: w & 0xF)
                        | (1 as UInt32) << UInt32(truncatingIfNeeded: (w >> 24) & 0xF)
                    guard leads & (1 << 0x0 | 1 << 0xD) == 0 else { break }
                    i &+= 6
                }
                if i > start {
                    multi += (i - start) / 3
                    continue
                }
            }
            // Fast path for the common case in Chinese text: a 3-byte CJK sequence (E1–EC, EE–EF lead).
            if b0 >= 0xE1, b0 != 0xED, i + 2 < n, (base[i + 1] & 0xC0) == 0x80, (base[i + 2] & 0xC0) == 0x80,
               b0 <= 0xEF {
                multi += 1
                i += 3
                continue
            }
            let length = UTF8Scan.sequenceLength(base, i, n)
            if length > 0 {
                multi += 1
                i += length
            } else {
                invalid += 1
                if first == nil { first = i }
                i += 1
                if let ratio, invalid * ratio > multi + (n - i) {
                    self.init(multiByteSequences: multi, invalidSequences: invalid, firstInvalidOffset: first)
                    isComplete = false
                    return
                }
            }
        }
        self.init(multiByteSequences: multi, invalidSequences: invalid, firstInvalidOffset: first)
    }

    /// Five three-byte sequences with leads E1–EC or EE–EF (CJK text and its full-width punctuation): per byte, the
    /// lowest value and the span above it, and the value it must not be (ED; the zeros are never continuation bytes,
    /// and a zero sixteenth byte only sends the block the long way).
    static let wideLows = SIMD16<UInt8>(0xE1, 0x80, 0x80, 0xE1, 0x80, 0x80, 0xE1, 0x80, 0x80, 0xE1, 0x80, 0x80,
                                         0xE1, 0x80, 0x80, 0)
    static let wideSpans = SIMD16<UInt8>(0x0E, 0x3F, 0x3F, 0x0E, 0x3F, 0x3F, 0x0E, 0x3F, 0x3F, 0x0E, 0x3F, 0x3F,
                                          0x0E, 0x3F, 0x3F, 0xFF)
    static let wideExcluded = SIMD16<UInt8>(0xED, 0, 0, 0xED, 0, 0, 0xED, 0, 0, 0xED, 0, 0, 0xED, 0, 0, 0)

    public init(_ bytes: [UInt8], givingUpBelow ratio: Int?) {
        self = bytes.withUnsafeBufferPointer { UTF8Scan($0, givingUpBelow: ratio) }
    }

    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { UTF8Scan($0) }
    }

    public init(multiByteSequences: Int, invalidSequences: Int, firstInvalidOffset: Int?) {
        self.multiByteSequences = multiByteSequences
        self.invalidSequences = invalidSequences
        self.firstInvalidOffset = firstInvalidOffset
    }

    /// Whether the first six bytes of `w` (loaded little-endian) are two ideographs U+4000–U+9FFF: lead 1110xxxx then
    /// two 10xxxxxx, twice, both leads E4–E9 — none a character the normalizer folds or drops, none a combining mark.
    /// The two-at-a-time step of the normalizer's copied runs.
    @inline(__always)
    static func isIdeographPair(_ w: UInt64) -> Bool {
        let l0 = UInt8(truncatingIfNeeded: w) &- 0xE4, l3 = UInt8(truncatingIfNeeded: w >> 24) &- 0xE4
        return w & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0 && max(l0, l3) < 6
    }

    /// The length of the scalar a lead byte of valid UTF-8 (a String's) starts: 1–4.
    @inline(__always)
    static func leadLength(_ b: UInt8) -> Int { b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4 }

    /// Length of the well-formed multi-byte sequence starting at `i`, or 0 if it is ill-formed
    /// (Unicode table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
    @inline(__always)
    static func sequenceLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let b0 = p[i]
        @inline(__always) func cont(_ k: Int) -> Bool { k < n && p[k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(i + 1) ? 2 : 0
        case 0xE0...0xEF:
            guard i + 2 < n, cont(i + 1), cont(i + 2) else { return 0 }
            let b1 = p[i + 1]
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }
            if b0 == 0xED && b1 > 0x9F { return 0 }
            return 3
        case 0xF0...0xF4:
            guard i + 3 < n, cont(i + 1), cont(i + 2), cont(i + 3) else { return 0 }
            let b1 = p[i + 1]
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }
}
