/// Literal search and replace on UTF-8 bytes, for the validator's hot paths.
///
/// Why bytes: Foundation's `range(of:)` / `replacingOccurrences` bridge to NSString and fold graphemes
/// on every call, and the validator calls them for every word list on every subject and sentence.
/// A word list is plain text (收入, 截至目前), so a literal byte match finds exactly what a literal
/// string match finds (UTF-8 is self-synchronizing: 收入 never matches inside another character).
///   "截至目前，全区共有" with 截至目前 → "" gives "，全区共有".
enum ByteText {
    /// True when `needle` occurs in `hay`.
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: hay, from: 0) != nil
    }

    static func contains(_ hay: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        return contains(Array(hay.utf8), Array(needle.utf8))
    }

    /// First offset ≥ `from` where `needle` starts.
    static func firstIndex(of needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        let n = needle.count, h = hay.count
        guard n > 0, h - from >= n else { return nil }
        let first = needle[0]
        var i = from
        let last = h - n
        return hay.withUnsafeBufferPointer { hb in
            needle.withUnsafeBufferPointer { nb in
                while i <= last {
                    if hb[i] == first {
                        var k = 1
                        while k < n && hb[i + k] == nb[k] { k += 1 }
                        if k == n { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Last offset where `needle` starts.
    static func lastIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? { lastIndex(of: needle, in: hay[...]) }

    /// Last index of `hay` (in its own indices) where `needle` starts.
    static func lastIndex(of needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        let n = needle.count
        guard n > 0, hay.count >= n else { return nil }
        var i = hay.endIndex - n
        while i >= hay.startIndex {
            var k = 0
            while k < n && hay[i + k] == needle[k] { k += 1 }
            if k == n { return i }
            i -= 1
        }
        return nil
    }

    /// Every non-overlapping occurrence of `needle`, left to right, replaced by `replacement`.
    /// Returns nil when there was none (the caller keeps its text).
    static func replacingAll(_ hay: [UInt8], _ needle: [UInt8], with replacement: [UInt8]) -> [UInt8]? {
        guard var at = firstIndex(of: needle, in: hay, from: 0) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(hay.count)
        var start = 0
        while true {
            out.append(contentsOf: hay[start..<at])
            out.append(contentsOf: replacement)
            start = at + needle.count
            guard let next = firstIndex(of: needle, in: hay, from: start) else { break }
            at = next
        }
        out.append(contentsOf: hay[start...])
        return out
    }

    static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

/// A word list as UTF-8 bytes, converted once per catalogue instead of once per call.
struct ByteWords: Sendable {
    let words: [[UInt8]]
    init(_ list: [String]) { words = list.map { Array($0.utf8) } }
}
