/// The normalized text read as scalars — what `DocText` needs — written by the normalizer in the same pass that
/// writes the bytes, so the extractor does not walk the whole text a second time to decode it.
///
/// 人口增长。GDP → scalars 人 口 增 长 。 G D P, byte offsets 0 3 6 9 12 15 16 17 (and 18, the end), a sentence
/// end at 4 and the same bit among the clause ends. Equal, field for field, to decoding `NormalizedText.bytes`
/// one scalar at a time (tests compare the two).
struct NormalizedScalars: Sendable {
    /// One scalar per character of the normalized text.
    var scalars: [UInt32]
    /// The normalized byte offset of each scalar, and the byte count after the last (`scalars.count + 1` entries).
    var byteOffsets: [Int32]
    /// One bit per scalar that ends a sentence (`endsSentence`), 64 to a word.
    var sentenceEnds: [UInt64]
    /// One bit per scalar that ends a clause (`endsSentence` or `endsClause`).
    var clauseEnds: [UInt64]
    /// True when the bytes written with these scalars are valid UTF-8: the normalizer's input was checked well-formed
    /// (plain text's pass), and it writes valid scalars from valid ones. DocText then copies its Strings without a
    /// second check. False when unknown (unchecked input keeps an encoded surrogate, ED A0 80, as it came).
    var bytesAreValidUTF8 = false
    /// False when the normalizer's input (the content text's bytes, `contentByteCount` of them) holds none of the bytes
    /// a flattened table's cell break starts with — a tab, U+00A0, U+3000, a space before a space or a bar — so
    /// `FlattenedTableReader` would find no cell there and its scan of the content (two bytes in three of a text:
    /// every document, tables or not) can be skipped. True when unknown. 经济增长5.2％ → false; 汽车⇥万辆 → true.
    var contentMayHoldCellBreak = true
    /// The byte count of the content these scalars were normalized from (-1: unknown).
    var contentByteCount = -1
    /// The content offsets of the colons (: or ：) right after a closing bracket () or ）), ascending — where
    /// `FlattenedTableReader.recordLines` looks for fields (预算(元):3,509亿) — noted by the normalizer's pass as it
    /// wrote them. Only from content checked well-formed (a sequence the lax decoder reads there cannot swallow a
    /// colon); nil when unknown.
    var recordColons: [Int]? = nil

    /// True unless these scalars were written from `content` and its bytes hold no cell-break byte
    /// (`contentMayHoldCellBreak`).
    func mayHoldCellBreak(inContentOf byteCount: Int) -> Bool {
        contentMayHoldCellBreak || contentByteCount != byteCount
    }

    /// `recordColons` when these scalars were written from a content of `byteCount` bytes, else nil.
    func recordColons(inContentOf byteCount: Int) -> [Int]? {
        contentByteCount == byteCount ? recordColons : nil
    }

    /// True when a closing bracket, ) or ）, ends right before offset `c` of `p` (a colon there is a record's).
    @inline(__always)
    static func closesBracket(_ p: UnsafePointer<UInt8>, before c: Int) -> Bool {
        (c >= 1 && p[c - 1] == 0x29) || (c >= 3 && p[c - 3] == 0xEF && p[c - 2] == 0xBC && p[c - 1] == 0x89)
    }

    /// 。！？；and the line feed end a sentence (full-width ！？；are folded to ASCII before this is asked).
    @inline(__always)
    static func endsSentence(_ s: UInt32) -> Bool {
        s == 0x3002 || s == 0x21 || s == 0x3F || s == 0x3B || s == 0x0A
    }

    /// The clause ends that do not end a sentence: ，、：brackets and angle brackets.
    @inline(__always)
    static func endsClause(_ s: UInt32) -> Bool {
        s == 0x2C || s == 0x3001 || s == 0x3A || s == 0x28 || s == 0x29 || s == 0x3010 || s == 0x3011 || s == 0x3C || s == 0x3E
    }

    /// The ASCII sentence ends (! ; ? and the line feed) and clause ends (those and , : ( ) < >), all below 0x40, as
    /// one bit each: one test per ASCII byte instead of a comparison per end.
    static let asciiSentenceMask: UInt64 = (1 << 0x21) | (1 << 0x3B) | (1 << 0x3F) | (1 << 0x0A)
    static let asciiClauseMask: UInt64 = asciiSentenceMask | (1 << 0x2C) | (1 << 0x3A) | (1 << 0x28) | (1 << 0x29)
        | (1 << 0x3C) | (1 << 0x3E)
}

/// Where the normalizer's single pass writes the scalars of each character it writes: raw buffers sized for the
/// worst case (one scalar per output byte), filled front to back; `count` scalars so far.
struct ScalarSink {
    let scalars: UnsafeMutablePointer<UInt32>
    let offsets: UnsafeMutablePointer<Int32>
    let sentence: UnsafeMutablePointer<UInt64>
    let clause: UnsafeMutablePointer<UInt64>
    private(set) var count = 0
    /// Set by the normalizer's general step when the bytes it took hold a cell-break byte
    /// (`NormalizedScalars.contentMayHoldCellBreak`); the copying fast paths take none.
    var sawCellBreakByte = false

    init(scalars: UnsafeMutablePointer<UInt32>, offsets: UnsafeMutablePointer<Int32>,
         sentence: UnsafeMutablePointer<UInt64>, clause: UnsafeMutablePointer<UInt64>) {
        self.scalars = scalars
        self.offsets = offsets
        self.sentence = sentence
        self.clause = clause
    }

    /// The last scalar written, and the one before it (nil before the first): what the joining rules look back at.
    var last0: UInt32? { count > 0 ? scalars[count &- 1] : nil }
    var last1: UInt32? { count > 1 ? scalars[count &- 2] : nil }

    /// What the joining rules take for the scalar before a line break's number: the scalar before the digits the
    /// output ends with (地区生产总值12 → 值; 强度达2.35 → .; 增长-2 → 长, a minus sign after text), nil when the digits
    /// open the text. Asked only at a line break between two digits.
    var beforeDigits: UInt32? {
        var k = count &- 1
        while k >= 0, scalars[k] >= 0x30, scalars[k] <= 0x39 { k &-= 1 }
        // A minus sign after text belongs to the number (增长-2⏎2.4%): the scalar before the sign.
        if k > 0, scalars[k] == 0x2D, WhitespaceJoining.isTextBeforeNumber(scalars[k &- 1]) { k &-= 1 }
        return k >= 0 ? scalars[k] : nil
    }

    /// True when the output ends with a number's first group and a comma that may group its thousands (收入26,):
    /// one to three digits after text (`WhitespaceJoining.isTextBeforeNumber`), then the comma. Asked only at a line
    /// break after a comma before a digit.
    var endsWithGroupComma: Bool {
        guard count > 1, scalars[count &- 1] == 0x2C else { return false }
        var k = count &- 2
        while k >= 0, scalars[k] >= 0x30, scalars[k] <= 0x39 { k &-= 1 }
        let digits = count &- 2 &- k
        return digits >= 1 && digits <= 3 && k >= 0 && WhitespaceJoining.isTextBeforeNumber(scalars[k])
    }

    /// The same before the ASCII letters the output ends with (占GD → 占), asked at a line break after a letter.
    var beforeLetters: UInt32? {
        var k = count &- 1
        while k >= 0, WhitespaceJoining.isLetter(scalars[k]) { k &-= 1 }
        return k >= 0 ? scalars[k] : nil
    }

    @inline(__always)
    private func mark(_ bits: UnsafeMutablePointer<UInt64>, _ k: Int) {
        bits[k &>> 6] |= 1 &<< UInt64(k & 63)
    }

    /// An ASCII byte written at output offset `o`.
    @inline(__always)
    mutating func ascii(_ b: UInt8, at o: Int) {
        scalars[count] = UInt32(b)
        offsets[count] = Int32(truncatingIfNeeded: o)
        if b < 0x40 {
            let bit: UInt64 = 1 &<< UInt64(b)
            if NormalizedScalars.asciiClauseMask & bit != 0 {
                mark(clause, count)
                if NormalizedScalars.asciiSentenceMask & bit != 0 { mark(sentence, count) }
            }
        }
        count &+= 1
    }

    /// Any scalar written at output offset `o`.
    @inline(__always)
    mutating func scalar(_ s: UInt32, at o: Int) {
        scalars[count] = s
        offsets[count] = Int32(truncatingIfNeeded: o)
        // (Every scalar that ends a sentence or a clause is below U+3012.)
        if s < 0x3012 {
            if NormalizedScalars.endsSentence(s) { mark(sentence, count); mark(clause, count) }
            else if NormalizedScalars.endsClause(s) { mark(clause, count) }
        }
        count &+= 1
    }

    /// Two ideographs (leads E4–E9: neither ends anything) from the 64-bit word whose first six bytes encode them,
    /// written at output offsets `o` and `o + 3`: scalars and offsets stored in pairs.
    @inline(__always)
    mutating func ideographPair(_ w: UInt64, at o: Int) {
        let first = ((w & 0x0F) << 12) | ((w >> 2) & 0xFC0) | ((w >> 16) & 0x3F)
        let v = w >> 24
        let second = ((v & 0x0F) << 12) | ((v >> 2) & 0xFC0) | ((v >> 16) & 0x3F)
        UnsafeMutableRawPointer(scalars + count).storeBytes(of: first | (second << 32), as: UInt64.self)
        let at = UInt64(truncatingIfNeeded: o)
        UnsafeMutableRawPointer(offsets + count).storeBytes(of: at | ((at &+ 3) << 32), as: UInt64.self)
        count &+= 2
    }

    /// The eight three-byte characters at `p` (24 bytes, well-formed or not: what is not is never counted) decoded and
    /// written at output offsets `o`, `o + 3` … `o + 21`, not yet counted (`advance` counts those of a run, and the
    /// next writes overwrite the rest): four at a time from four 32-bit loads decoded side by side in the lanes of
    /// one vector. Reads 25 bytes; room for eight more entries is the caller's to ensure.
    @inline(__always)
    func block(_ p: UnsafeRawPointer, at o: Int) {
        @inline(__always) func four(_ k: Int) -> SIMD4<UInt32> {
            let w = SIMD4<UInt32>(p.loadUnaligned(fromByteOffset: k, as: UInt32.self),
                                  p.loadUnaligned(fromByteOffset: k &+ 3, as: UInt32.self),
                                  p.loadUnaligned(fromByteOffset: k &+ 6, as: UInt32.self),
                                  p.loadUnaligned(fromByteOffset: k &+ 9, as: UInt32.self))
            return ((w & 0x0F) &<< 12) | ((w &>> 2) & 0xFC0) | ((w &>> 16) & 0x3F)
        }
        let t = UnsafeMutableRawPointer(scalars + count)
        t.storeBytes(of: four(0), as: SIMD4<UInt32>.self)
        t.storeBytes(of: four(12), toByteOffset: 16, as: SIMD4<UInt32>.self)
        let at = SIMD4<Int32>(repeating: Int32(truncatingIfNeeded: o)) &+ SIMD4<Int32>(0, 3, 6, 9)
        let f = UnsafeMutableRawPointer(offsets + count)
        f.storeBytes(of: at, as: SIMD4<Int32>.self)
        f.storeBytes(of: at &+ 12, toByteOffset: 16, as: SIMD4<Int32>.self)
    }

    /// The first `k` characters of a `block` written with `count` not yet advanced, when some are punctuation (lead E2
    /// or E3; `lanes`: bit j set for character j so led): how many of them a run copies — up to the first one the
    /// normalizer folds or drops (U+3000, U+2000–U+200D, U+202F, U+205F, U+2060) — with the sentence and clause ends
    /// among those marked. 增长。“发展 → all five, 。 marked; 中国\u{3000}经济 → 2.
    @inline(__always)
    mutating func punctuation(_ lanes: UInt64, before k: Int) -> Int {
        var lanes = lanes & ((1 &<< UInt64(k)) &- 1)
        while lanes != 0 {
            let j = lanes.trailingZeroBitCount
            let s = scalars[count &+ j]
            if s == 0x3000 || s &- 0x2000 <= 0x0D || s == 0x202F || s == 0x205F || s == 0x2060 { return j }
            // The ends marked by selecting the bit (the compiler still branches on 、 and 。: a branch-free table cost
            // more instructions than the mispredictions it saved).
            let at = count &+ j
            let bit: UInt64 = 1 &<< UInt64(at & 63)
            let endsSentence = s == 0x3002
            let endsClause = endsSentence || s == 0x3001 || s &- 0x3010 < 2
            sentence[at &>> 6] |= endsSentence ? bit : 0
            clause[at &>> 6] |= endsClause ? bit : 0
            lanes &= lanes &- 1
        }
        return k
    }

    /// Counts the next `k` scalars written (by `block`).
    @inline(__always)
    mutating func advance(_ k: Int) {
        count &+= k
    }

    /// One ideograph (lead E4–E9) from the low three bytes of `w`, written at output offset `o`.
    @inline(__always)
    mutating func ideograph(_ w: UInt64, at o: Int) {
        scalars[count] = UInt32(truncatingIfNeeded: ((w & 0x0F) << 12) | ((w >> 2) & 0xFC0) | ((w >> 16) & 0x3F))
        offsets[count] = Int32(truncatingIfNeeded: o)
        count &+= 1
    }

    /// The entry past the last scalar: the output's byte count.
    @inline(__always)
    func finish(at o: Int) {
        offsets[count] = Int32(truncatingIfNeeded: o)
    }
}
