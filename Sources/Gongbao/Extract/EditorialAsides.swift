/// Drops an editorial aside in brackets from a subject: 出口总值较去年同期(下同) → 出口总值较去年同期.
///
/// Why: a bracket that closes on 下同 ("the same below") or 后同 tells the reader how this and later figures are
/// counted (（按可比价格计算，下同）, (下同)); it names nothing the figure counts, yet a subject that runs over it keeps
/// it, and every figure borrowing that subject after it. Vocabulary: contexts.yaml editorial_asides. (A pass after
/// the subjects, only at a subject that ends with a closing bracket — a walk of every subject's bytes was 1.3% of a
/// plain-text run.)
enum EditorialAsides {
    /// The asides' words as UTF-8 bytes, as a bracket's content ends with them (下同 of （按2015年口径比，下同）).
    struct Words: Sendable {
        let tails: [[UInt8]]
        init(_ words: [String]) {
            tails = words.filter { !$0.isEmpty }.map { Array($0.utf8) }
        }
        var isEmpty: Bool { tails.isEmpty }
    }

    static func apply(_ figures: inout [Figure], text: DocText, words: Words) {
        guard !words.isEmpty else { return }
        // (Only a subject that ends with a closing bracket, ) or ）: the aside stands right before the figure's verb,
        // 较去年同期(下同)增长; one byte read per subject — a walk of the text for 同 was 1.2% of a plain-text run.)
        for k in figures.indices {
            let ends = SimpleText.withBytes(figures[k].subject) { b in
                b.count >= 3 && (b[b.count - 1] == 0x29 || (b[b.count - 1] == 0x89 && b[b.count - 2] == 0xBC && b[b.count - 3] == 0xEF))
            }
            if ends, let s = removed(from: figures[k].subject, words: words) { figures[k].subject = s }
        }
    }

    /// The subject without its bracketed asides, or nil when it holds none (the usual case: no closing bracket).
    /// Brackets are ASCII ( ) or full-width （ ）; an aside's bracket holds at most 20 letters and no other bracket.
    static func removed(from s: String, words: Words) -> String? {
        // (Byte ranges to cut, found on the bytes in place.)
        let cuts: [Range<Int>] = SimpleText.withBytes(s) { b in
            var found: [Range<Int>] = []
            let n = b.count
            var i = 0
            while i < n {
                // A closing bracket at i: ) or ）(EF BC 89).
                var close = 0
                if b[i] == 0x29 { close = 1 } else if b[i] == 0xEF, i + 2 < n, b[i + 1] == 0xBC, b[i + 2] == 0x89 { close = 3 }
                guard close > 0 else { i += 1; continue }
                defer { i += close }
                guard words.tails.contains(where: { endsWith(b, at: i, $0) }) else { continue }
                // Its opening bracket: ( or （(EF BC 88), with no bracket between, within 20 letters (60 bytes).
                var o = i - 1
                while o >= 0, i - o <= 60 {
                    if b[o] == 0x28 { found.append(o..<(i + close)); break }
                    if b[o] == 0xEF, o + 2 < i, b[o + 1] == 0xBC, b[o + 2] == 0x88 { found.append(o..<(i + close)); break }
                    if b[o] == 0x29 || (b[o] == 0xEF && o + 2 < i && b[o + 1] == 0xBC && b[o + 2] == 0x89) { break }
                    o -= 1
                }
            }
            return found
        }
        guard !cuts.isEmpty else { return nil }
        var bytes = Array(s.utf8)
        for c in cuts.reversed() { bytes.removeSubrange(c) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the bytes before `end` are `w`.
    @inline(__always)
    static func endsWith(_ b: UnsafeBufferPointer<UInt8>, at end: Int, _ w: [UInt8]) -> Bool {
        guard end >= w.count else { return false }
        var p = end - w.count
        for x in w {
            if b[p] != x { return false }
            p += 1
        }
        return true
    }
}
