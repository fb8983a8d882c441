/// Normalized text as an array of scalars with their byte offsets, plus the sentence and clause boundaries
/// every finder shares.
struct DocText {
    let t: [UInt32]
    /// Normalized byte offset of each scalar (count + 1 entries; 32 bits, as the offset maps of the stages).
    let byteOffsets: [Int32]
    /// The normalized UTF-8 itself (valid: the Normalizer writes whole scalars), so a range becomes a String in one
    /// copy instead of scalar by scalar.
    let bytes: [UInt8]
    /// Whether `bytes` are known to be valid UTF-8 (the normalizer checked its input, or they were checked when
    /// decoded here): then its Strings are copied without a second check (`String(validUTF8:)`), else checked and
    /// repaired as `String(decoding:)` does.
    let bytesAreValid: Bool
    /// `sentenceStart(before: i)` and `clauseStart(before: i)` for every i in 0...count, from one pass: the passes
    /// after the scan ask for them several times per figure, and each ask was a walk back over the sentence. Kept as
    /// a bit per scalar (does it end one?), not a 32-bit start per scalar.
    let sentenceStarts: Boundaries
    let clauseStarts: Boundaries

    /// The normalizer's scalars when it wrote them in its pass (`NormalizedText.scalars`), else decoded here.
    init(_ normalized: NormalizedText) {
        if let written = normalized.scalars {
            self.init(written, bytes: normalized.bytes)
        } else {
            self.init(decoding: normalized.bytes)
        }
    }

    /// The text of `bytes` from scalars written while they were.
    private init(_ written: NormalizedScalars, bytes: [UInt8]) {
        self.bytes = bytes
        bytesAreValid = written.bytesAreValidUTF8
        t = written.scalars
        byteOffsets = written.byteOffsets
        sentenceStarts = Boundaries(ends: written.sentenceEnds, count: written.scalars.count + 1)
        clauseStarts = Boundaries(ends: written.clauseEnds, count: written.scalars.count + 1)
    }

    /// The scalars of `b` decoded in a pass of their own (any bytes: a lead byte takes the bytes after it as they are,
    /// a byte that starts nothing reads as U+FFFD), the reference the normalizer's scalars are tested against.
    init(decoding b: [UInt8]) {
        bytes = b
        bytesAreValid = String.isValidUTF8(b)
        let n = b.count
        var scalars = 0
        var offs: [Int32] = []
        // One bit per possible scalar (at most one per byte), zeroed: only the ends are set.
        var sentenceEnds = [UInt64](repeating: 0, count: n / 64 + 1)
        var clauseEnds = [UInt64](repeating: 0, count: n / 64 + 1)
        // One pass into preallocated buffers (at most one scalar per byte), noting sentence and clause ends.
        let t = [UInt32](unsafeUninitializedCapacity: n) { tBuf, tCount in
            offs = [Int32](unsafeUninitializedCapacity: n + 1) { oBuf, oCount in
                sentenceEnds.withUnsafeMutableBufferPointer { sBits in
                    clauseEnds.withUnsafeMutableBufferPointer { cBits in
                        b.withUnsafeBufferPointer { src in
                            scalars = DocText.decode(src, tBuf, oBuf, sBits, cBits)
                        }
                    }
                }
                oCount = scalars + 1
            }
            tCount = scalars
        }
        self.t = t
        self.byteOffsets = offs
        sentenceStarts = Boundaries(ends: sentenceEnds, count: scalars + 1)
        clauseStarts = Boundaries(ends: clauseEnds, count: scalars + 1)
    }

    /// Decodes `src` into scalars and their byte offsets, and sets the bit of each scalar that ends a sentence (and of
    /// each that ends a clause, sentence ends included). Returns the number of scalars.
    private static func decode(_ src: UnsafeBufferPointer<UInt8>, _ tBuf: UnsafeMutableBufferPointer<UInt32>,
                               _ oBuf: UnsafeMutableBufferPointer<Int32>, _ sBits: UnsafeMutableBufferPointer<UInt64>,
                               _ cBits: UnsafeMutableBufferPointer<UInt64>) -> Int {
        let n = src.count
        guard let sp = src.baseAddress, let tp = tBuf.baseAddress, let op = oBuf.baseAddress,
              let ssp = sBits.baseAddress, let csp = cBits.baseAddress else { return 0 }
        var i = 0, k = 0
        // The ASCII sentence ends (! ; ? and the line feed) and clause ends (those and , : ( ) < >) are all below
        // 0x40: one bit each.
        let sentenceMask = NormalizedScalars.asciiSentenceMask, clauseMask = NormalizedScalars.asciiClauseMask
        @inline(__always) func mark(_ bits: UnsafeMutablePointer<UInt64>, _ k: Int) {
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
        @inline(__always) func note(_ x: UInt32, _ k: Int) {
            // (Every other scalar that ends a sentence or a clause is below U+3012.)
            if x < 0x3012 {
                if endsSentence(x) { mark(ssp, k); mark(csp, k) }
                else if endsClause(x) { mark(csp, k) }
            }
        }
        while i < n {
            // A run of ideographs (leads E4–E9, U+4000–U+9FFF, most of a Chinese text): none ends a sentence or a
            // clause, so the run only decodes, without the per-scalar checks.
            if sp[i] &- 0xE4 < 6, i + 2 < n {
                // Two ideographs from one 64-bit load (中国 is E4 B8 AD E5 9B BD), their scalars and offsets written in
                // pairs. Only the leads are tested: the plain decoder takes the two bytes after an E4–E9 lead as they
                // are, and so does this.
                while i &+ 8 <= n {
                    let w = UnsafeRawPointer(sp + i).loadUnaligned(as: UInt64.self)
                    guard UInt8(truncatingIfNeeded: w) &- 0xE4 < 6, UInt8(truncatingIfNeeded: w >> 24) &- 0xE4 < 6
                    else { break }
                    let first = ((w & 0x0F) << 12) | ((w >> 2) & 0xFC0) | ((w >> 16) & 0x3F)
                    let v = w >> 24
                    let second = ((v & 0x0F) << 12) | ((v >> 2) & 0xFC0) | ((v >> 16) & 0x3F)
                    UnsafeMutableRawPointer(tp + k).storeBytes(of: first | (second << 32), as: UInt64.self)
                    let at = UInt64(truncatingIfNeeded: i)
                    UnsafeMutableRawPointer(op + k).storeBytes(of: at | ((at &+ 3) << 32), as: UInt64.self)
                    k &+= 2
                    i &+= 6
                }
                // The rest one at a time, on the lead byte alone (as the plain decoder does).
                while i &+ 2 < n && sp[i] &- 0xE4 < 6 {
                    op[k] = Int32(truncatingIfNeeded: i)
                    tp[k] = ((UInt32(sp[i]) & 0x0F) << 12) | ((UInt32(sp[i &+ 1]) & 0x3F) << 6) | (UInt32(sp[i &+ 2]) & 0x3F)
                    k &+= 1
                    i &+= 3
                }
                continue
            }
            let b0 = UInt32(sp[i])
            op[k] = Int32(truncatingIfNeeded: i)
            if b0 < 0x80 {
                tp[k] = b0
                i += 1
                if b0 < 0x40 {
                    let bit: UInt64 = 1 << UInt64(b0)
                    if sentenceMask & bit != 0 { mark(ssp, k) }
                    if clauseMask & bit != 0 { mark(csp, k) }
                }
                k += 1
                continue
            }
            // Three bytes: most of a Chinese text.
            if b0 >= 0xE0, b0 < 0xF0, i + 2 < n {
                let x = ((b0 & 0x0F) << 12) | ((UInt32(sp[i + 1]) & 0x3F) << 6) | (UInt32(sp[i + 2]) & 0x3F)
                tp[k] = x
                i += 3
                note(x, k)
                k += 1
                continue
            }
            let x: UInt32
            if b0 < 0xE0, i + 1 < n { x = ((b0 & 0x1F) << 6) | (UInt32(sp[i + 1]) & 0x3F); i += 2 }
            else if b0 >= 0xF0, i + 3 < n {
                x = ((b0 & 0x07) << 18) | ((UInt32(sp[i + 1]) & 0x3F) << 12)
                    | ((UInt32(sp[i + 2]) & 0x3F) << 6) | (UInt32(sp[i + 3]) & 0x3F)
                i += 4
            } else { x = 0xFFFD; i += 1 }
            tp[k] = x
            note(x, k)
            k += 1
        }
        op[k] = Int32(truncatingIfNeeded: n)
        return k
    }

    /// Where the sentence (or clause) of each scalar index starts, read like the `[Int32]` table it replaces
    /// (`starts[i]`, i in 0...count): one bit per scalar that ends one, and for each 64 scalars the start in force
    /// at their first. A start is the index after the last end before i: the bits below i in i's word, else the
    /// word's start. 人口增长。经济… → starts[5] = 5 (after 。), starts[3] = 0.
    struct Boundaries: RandomAccessCollection {
        let ends: [UInt64]
        /// The start in force at index 64·w.
        let wordStarts: [Int32]
        let count: Int

        init(ends: [UInt64], count: Int) {
            self.ends = ends
            self.count = count
            var starts = [Int32](repeating: 0, count: ends.count)
            var current: Int32 = 0
            for w in ends.indices {
                starts[w] = current
                let e = ends[w]
                if e != 0 { current = Int32(truncatingIfNeeded: w << 6 + 64 - e.leadingZeroBitCount) }
            }
            wordStarts = starts
        }

        var startIndex: Int { 0 }
        var endIndex: Int { count }

        @inline(__always)
        subscript(i: Int) -> Int32 {
            let w = i >> 6
            let below = ends[w] & ((1 << UInt64(i & 63)) &- 1)
            if below != 0 { return Int32(truncatingIfNeeded: w << 6 + 64 - below.leadingZeroBitCount) }
            return wordStarts[w]
        }

        /// The table itself to `body` (as `[Int32].withUnsafeBufferPointer` did for callers written against it).
        func withUnsafeBufferPointer<R>(_ body: (Boundaries) throws -> R) rethrows -> R { try body(self) }
    }

    var count: Int { t.count }

    /// The text of a scalar range (clamped to the text), decoded once from the normalized bytes.
    func string(_ r: Range<Int>) -> String {
        guard let (a, z) = byteRange(r) else { return "" }
        let valid = bytesAreValid
        return bytes.withUnsafeBufferPointer {
            let slice = UnsafeBufferPointer(rebasing: $0[a..<z])
            return valid ? String(validUTF8: slice) : String(decoding: slice, as: UTF8.self)
        }
    }

    /// `string(r)` without spaces, line feeds and tabs (the subject cleaning: 人才 资源\n → 人才资源), built once.
    func compactString(_ r: Range<Int>) -> String {
        guard let (a, z) = byteRange(r) else { return "" }
        let valid = bytesAreValid
        return bytes.withUnsafeBufferPointer { b in
            String.validUTF8(capacity: z - a, checked: !valid) { out in
                DocText.compactCopy(b, a, z, into: out, at: 0)
            }
        }
    }

    /// `string(r).filter { !$0.isWhitespace }` without the grapheme walk when every scalar of the range is simple
    /// (its own Character, see `isSimple`); otherwise through Swift's Characters.
    func stringWithoutWhitespace(_ r: Range<Int>) -> String {
        guard let (a, z) = byteRange(r) else { return "" }
        let lo = max(r.lowerBound, 0), hi = min(r.upperBound, t.count)
        guard isSimple(lo..<hi) else { return string(r).filter { !$0.isWhitespace } }
        let valid = bytesAreValid
        return bytes.withUnsafeBufferPointer { b in
            String.validUTF8(capacity: z - a, checked: !valid) { out in
                var o = 0
                var i = a
                while i < z {
                    let c = b[i]
                    // (U+3000, E3 80 80, is the one simple whitespace scalar outside ASCII.)
                    if c == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x80 { i += 3; continue }
                    if !(c == 0x20 || (c >= 0x09 && c <= 0x0D)) { out[o] = c; o += 1 }
                    i += 1
                }
                return o
            }
        }
    }

    /// Where two two-scalar words start (其中 and 分别: the passes after the scan look for them before every figure),
    /// ascending, from one pass that reads eight scalars at a time for the second scalar of either word.
    func wordStarts(_ a: (UInt32, UInt32), _ b: (UInt32, UInt32)) -> ([Int], [Int]) {
        var outA: [Int] = [], outB: [Int] = []
        t.withUnsafeBufferPointer { u in
            guard let base = u.baseAddress, u.count >= 2 else { return }
            func check(_ q: Int) {
                if u[q] == a.1, u[q - 1] == a.0 { outA.append(q - 1) }
                if u[q] == b.1, u[q - 1] == b.0 { outB.append(q - 1) }
            }
            let sa = SIMD8<UInt32>(repeating: a.1), sb = SIMD8<UInt32>(repeating: b.1)
            var q = 1
            while q + 8 <= u.count {
                let v = UnsafeRawPointer(base + q).loadUnaligned(as: SIMD8<UInt32>.self)
                if any((v .== sa) .| (v .== sb)) {
                    for r in q..<(q + 8) { check(r) }
                }
                q += 8
            }
            while q < u.count { check(q); q += 1 }
        }
        return (outA, outB)
    }

    /// White_Space among the simple scalars (tab to CR, space, U+3000).
    @inline(__always)
    static func isWhitespaceScalar(_ s: UInt32) -> Bool { s == 0x20 || (s >= 0x09 && s <= 0x0D) || s == 0x3000 }

    /// The byte range of a scalar range clamped to the text; nil when empty.
    @inline(__always)
    func byteRange(_ r: Range<Int>) -> (Int, Int)? {
        let lo = max(r.lowerBound, 0), hi = min(r.upperBound, t.count)
        guard lo < hi else { return nil }
        return (Int(byteOffsets[lo]), Int(byteOffsets[hi]))
    }

    /// True when every scalar in `r` is simple: no grapheme rule joins it with a neighbour but CR LF, and no
    /// canonical mapping makes it equal to another sequence of simple scalars. Character operations (filter,
    /// hasPrefix, count) on such text give what the same operations on scalars give (CR LF aside).
    func isSimple(_ r: Range<Int>) -> Bool {
        t.withUnsafeBufferPointer { u in
            for i in r where !DocText.isSimple(u[i]) { return false }
            return true
        }
    }

    /// ASCII but DEL, U+2010–2027 and U+2030–203E punctuation (—, …, ‰), U+3000–303F but the tone marks
    /// U+302A–302F, kana but the voicing marks U+3099/309A, CJK ideographs (Ext. A and the main block), and the
    /// full-width ASCII forms U+FF01–FF5E.
    @inline(__always)
    static func isSimple(_ s: UInt32) -> Bool {
        switch s {
        case 0x09...0x0D, 0x20...0x7E: return true
        case 0x2010...0x2027, 0x2030...0x203E: return true
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0xFF01...0xFF5E: return true
        default: return false
        }
    }

    func isSpace(_ s: UInt32) -> Bool { s == 0x20 || s == 0x09 || s == 0x0A || s == 0x0D }

    /// 。！？；and line breaks end a sentence.
    func isSentenceEnd(_ s: UInt32) -> Bool { DocText.endsSentence(s) }

    /// Sentence ends plus ，、：and brackets end a clause.
    func isClauseEnd(_ s: UInt32) -> Bool { DocText.endsSentence(s) || DocText.endsClause(s) }

    /// (One definition, the normalizer's, which marks the ends as it writes the text.)
    @inline(__always)
    static func endsSentence(_ s: UInt32) -> Bool { NormalizedScalars.endsSentence(s) }

    /// The clause ends that do not end a sentence.
    @inline(__always)
    static func endsClause(_ s: UInt32) -> Bool { NormalizedScalars.endsClause(s) }

    /// (A lookup, inlined where it is asked; the walk only for an index past the end.)
    @inline(__always)
    func sentenceStart(before i: Int) -> Int {
        if i >= 0, i < sentenceStarts.count { return Int(sentenceStarts[i]) }
        return sentenceStartWalk(before: i)
    }

    @inline(never)
    private func sentenceStartWalk(before i: Int) -> Int {
        var j = i
        while j > 0, !isSentenceEnd(t[j - 1]) { j -= 1 }
        return j
    }

    /// `sentenceStart(before:)`, or `floor` when the sentence starts at or before it (the walk stops there).
    func sentenceStart(before i: Int, notBefore floor: Int) -> Int {
        if i <= floor { return i }
        return max(sentenceStart(before: i), floor)
    }

    func sentenceEnd(after i: Int) -> Int {
        var j = i
        while j < t.count, !isSentenceEnd(t[j]) { j += 1 }
        return j
    }

    @inline(__always)
    func clauseStart(before i: Int) -> Int {
        if i >= 0, i < clauseStarts.count { return Int(clauseStarts[i]) }
        return clauseStartWalk(before: i)
    }

    @inline(never)
    private func clauseStartWalk(before i: Int) -> Int {
        var j = i
        while j > 0, !isClauseEnd(t[j - 1]) { j -= 1 }
        return j
    }

    func clauseEnd(after i: Int) -> Int {
        var j = i
        while j < t.count, !isClauseEnd(t[j]) { j += 1 }
        return j
    }

    /// The scalars `w` stand in `t` from `i` (false past either end): a word of a prepared list, tested in place.
    @inline(__always)
    static func holds(_ t: [UInt32], _ w: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + w.count <= t.count else { return false }
        for (o, s) in w.enumerated() where t[i + o] != s { return false }
        return true
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
