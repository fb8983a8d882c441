/// A document's text cleaned once (`SentenceReader.cleaned`: tags, entities and spaces gone), with where each
/// source offset lands in it, so the cleaned text of any slice is a sub-range instead of a new pass.
///
/// Why: the reader cleans, for every figure, its sentence, the text before it, the gap since the figure before,
/// the sentences around it — the same bytes many times over. `cleaned(slice(a..<b))` is the cleaned bytes
/// between `at[a]` and `at[b]` whenever neither end cuts a tag or an entity (a slice that starts inside
/// `<span class="x">` reads `span class="x">` as text): those slices (rare) are cleaned on their own.
///   收 入<b>完</b>成 → 收入完成; the slice 入<b>完 → 入完 = cleaned[3..<9].
struct CleanedText {
    /// The cleaned text of the whole document, as UTF-8.
    let bytes: [UInt8]
    /// Per source offset 0…n: the number of cleaned bytes before it, or -1 inside a tag, an entity or a character.
    private let at: [Int32]
    private let source: [UInt8]

    /// nil when the bytes are not whole UTF-8 (the slices' repairs could not be read off one pass).
    init?(_ u: [UInt8]) {
        guard u.count < Int(Int32.max), String(validating: u, as: UTF8.self) != nil else { return nil }
        let n = u.count
        var kept = 0
        var out = [UInt8](repeating: 0, count: n)
        var at = [Int32](repeating: -1, count: n + 1)
        // Through raw buffers: no bounds or capacity checks per byte.
        out.withUnsafeMutableBufferPointer { o in
            at.withUnsafeMutableBufferPointer { a in
                u.withUnsafeBufferPointer { b in
                    var i = 0
                    while i < n {
                        a[i] = Int32(kept)
                        let c = b[i]
                        if c < 0x80 {
                            if let end = SentenceReader.markupEnd(b, at: i, count: n) { i = end; continue }
                            if !(c == 0x20 || (c >= 0x09 && c <= 0x0D)) { o[kept] = c; kept += 1 }
                            i += 1
                            continue
                        }
                        // Most characters are CJK ideographs (lead bytes E4–E9), never a space: copied as they are.
                        if c >= 0xE4 && c <= 0xE9 && i + 3 <= n {
                            o[kept] = c; o[kept + 1] = b[i + 1]; o[kept + 2] = b[i + 2]
                            kept += 3
                            i += 3
                            continue
                        }
                        let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                        let end = min(n, i + len)
                        if !SentenceReader.isDroppedSpace(b, i, len) {
                            for k in i..<end { o[kept] = b[k]; kept += 1 }
                        }
                        i = end
                    }
                    a[n] = Int32(kept)
                }
            }
        }
        out.removeSubrange(kept...)
        self.at = at
        bytes = out
        source = u
    }

    /// The cleaned bytes of `SourceText.slice(range)` (widened to whole characters as it is), or nil when an end
    /// falls inside a tag or an entity.
    func range(_ range: Range<Int>) -> Range<Int>? {
        var lo = max(0, min(range.lowerBound, source.count))
        var hi = max(lo, min(range.upperBound, source.count))
        while lo > 0, lo < source.count, source[lo] & 0xC0 == 0x80 { lo -= 1 }
        while hi < source.count, source[hi] & 0xC0 == 0x80 { hi += 1 }
        let a = at[lo], b = at[hi]
        guard a >= 0, b >= 0 else { return nil }
        return Int(a)..<Int(b)
    }

    /// The cleaned bytes of a slice: read off the whole, else cleaned on their own.
    func slice(_ range: Range<Int>) -> ArraySlice<UInt8> {
        if let r = self.range(range) { return bytes[r] }
        return ArraySlice(SentenceReader.cleanedBytes(UTF8Scan.string(source, range)))
    }

    func string(_ range: Range<Int>) -> String {
        if let r = self.range(range) { return String(decoding: bytes[r], as: UTF8.self) }
        return SentenceReader.cleaned(UTF8Scan.string(source, range))
    }
}
