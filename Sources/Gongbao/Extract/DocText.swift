/// Normalized text as an array of scalars with their byte offsets, plus the sentence and clause boundaries
/// every finder shares.
struct DocText {
    let t: [UInt32]
    /// Normalized byte offset of each scalar (count + 1 entries; 32 bits, as the offset maps of the stages).
    let byteOffsets: [Int32]

    init(_ normalized: NormalizedText) {
        let b = normalized.bytes
        let n = b.count
        var scalars = 0
        var offs: [Int32] = []
        // One pass into preallocated buffers: at most one scalar per byte.
        let t = [UInt32](unsafeUninitializedCapacity: n) { tBuf, tCount in
            offs = [Int32](unsafeUninitializedCapacity: n + 1) { oBuf, oCount in
                b.withUnsafeBufferPointer { src in
                    var i = 0, k = 0
                    while i < n {
                        let b0 = UInt32(src[i])
                        oBuf[k] = Int32(truncatingIfNeeded: i)
                        if b0 < 0x80 { tBuf[k] = b0; i += 1 }
                        else if b0 < 0xE0, i + 1 < n { tBuf[k] = ((b0 & 0x1F) << 6) | (UInt32(src[i + 1]) & 0x3F); i += 2 }
                        else if b0 < 0xF0, i + 2 < n {
                            tBuf[k] = ((b0 & 0x0F) << 12) | ((UInt32(src[i + 1]) & 0x3F) << 6) | (UInt32(src[i + 2]) & 0x3F)
                            i += 3
                        } else if i + 3 < n {
                            tBuf[k] = ((b0 & 0x07) << 18) | ((UInt32(src[i + 1]) & 0x3F) << 12)
                                | ((UInt32(src[i + 2]) & 0x3F) << 6) | (UInt32(src[i + 3]) & 0x3F)
                            i += 4
                        } else { tBuf[k] = 0xFFFD; i += 1 }
                        k += 1
                    }
                    oBuf[k] = Int32(truncatingIfNeeded: n)
                    scalars = k
                }
                oCount = scalars + 1
            }
            tCount = scalars
        }
        self.t = t
        self.byteOffsets = offs
    }

    var count: Int { t.count }

    func string(_ r: Range<Int>) -> String {
        var s = ""
        for i in r where i >= 0 && i < t.count {
            if let u = Unicode.Scalar(t[i]) { s.unicodeScalars.append(u) }
        }
        return s
    }

    func isSpace(_ s: UInt32) -> Bool { s == 0x20 || s == 0x09 || s == 0x0A || s == 0x0D }

    /// 。！？；and line breaks end a sentence.
    func isSentenceEnd(_ s: UInt32) -> Bool {
        s == 0x3002 || s == 0x21 || s == 0x3F || s == 0x3B || s == 0x0A
    }

    /// Sentence ends plus ，、：and brackets end a clause.
    func isClauseEnd(_ s: UInt32) -> Bool {
        isSentenceEnd(s) || s == 0x2C || s == 0x3001 || s == 0x3A || s == 0x28 || s == 0x29 || s == 0x3010 || s == 0x3011
            || s == 0x3C || s == 0x3E
    }

    func sentenceStart(before i: Int) -> Int {
        var j = i
        while j > 0, !isSentenceEnd(t[j - 1]) { j -= 1 }
        return j
    }

    /// `sentenceStart(before:)`, or `floor` when the sentence starts at or before it (the walk stops there).
    func sentenceStart(before i: Int, notBefore floor: Int) -> Int {
        var j = i
        while j > floor, j > 0, !isSentenceEnd(t[j - 1]) { j -= 1 }
        return j
    }

    func sentenceEnd(after i: Int) -> Int {
        var j = i
        while j < t.count, !isSentenceEnd(t[j]) { j += 1 }
        return j
    }

    func clauseStart(before i: Int) -> Int {
        var j = i
        while j > 0, !isClauseEnd(t[j - 1]) { j -= 1 }
        return j
    }

    func clauseEnd(after i: Int) -> Int {
        var j = i
        while j < t.count, !isClauseEnd(t[j]) { j += 1 }
        return j
    }

    func matches(_ word: String, at i: Int) -> Bool {
        var k = i
        for s in word.unicodeScalars {
            guard k < t.count, t[k] == s.value else { return false }
            k += 1
        }
        return true
    }

    func isCJK(_ i: Int) -> Bool { i >= 0 && i < t.count && WhitespaceJoining.isCJK(t[i]) }
    func isASCIILetter(_ i: Int) -> Bool {
        guard i >= 0 && i < t.count else { return false }
        let s = t[i]
        return (s >= 0x41 && s <= 0x5A) || (s >= 0x61 && s <= 0x7A)
    }
    func isDigit(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i] >= 0x30 && t[i] <= 0x39 }
}
