/// A word list as UTF-8 bytes, indexed by each word's first character: which words occur in a text, in one
/// pass over the text instead of one search per word.
///
/// Why: the validator looks for every word of a list (context markers, vague words) in every sentence and
/// subject; most characters of a text start no word, and a 4096-bit filter says so without a lookup.
///   [预算, 调整为, 完成] in 全市一般公共预算收入完成113.6亿元 → 预算, 完成.
struct WordIndex: Sendable {
    /// The words, in list order (an empty word never occurs).
    let words: [[UInt8]]
    /// First character (its UTF-8 bytes packed in a UInt32) → indices into `words`.
    private let byFirst: [UInt32: [Int]]
    /// 4096-bit filter over the packed first characters.
    private let filter: [UInt64]

    init(_ list: [String]) {
        words = list.map { Array($0.utf8) }
        var byFirst: [UInt32: [Int]] = [:]
        var filter = [UInt64](repeating: 0, count: 64)
        for (k, w) in words.enumerated() where !w.isEmpty {
            let key = WordIndex.packed(w, w.startIndex)
            byFirst[key, default: []].append(k)
            let h = WordIndex.slot(key)
            filter[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.byFirst = byFirst
        self.filter = filter
    }

    /// For each word, whether it occurs in `bytes` (whole UTF-8: a word starts on a character).
    func occurring(in bytes: [UInt8]) -> [Bool] {
        var found = [Bool](repeating: false, count: words.count)
        let n = bytes.count
        var i = 0
        while i < n {
            let c = bytes[i]
            let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            let key = WordIndex.packed(bytes, i)
            let h = WordIndex.slot(key)
            if filter[h >> 6] & (1 << UInt64(h & 63)) != 0, let candidates = byFirst[key] {
                for k in candidates where !found[k] && WordIndex.hasWord(bytes, at: i, words[k]) { found[k] = true }
            }
            i += len
        }
        return found
    }

    /// True when some word occurs in `bytes`.
    func anyOccurs(in bytes: [UInt8]) -> Bool { occurring(in: bytes).contains(true) }

    /// Every occurrence of each word, in list order, replaced by `replacement` (`ByteText.replacingAll` word
    /// after word); nil when nothing was replaced. After each replacement the occurrences are read again: a
    /// removal can join two halves of a later word (收增加入 without 增加 holds 收入).
    func replacingAll(in bytes: [UInt8], with replacement: [UInt8]) -> [UInt8]? {
        var current = bytes
        var occurs = occurring(in: current)
        var changed = false
        for k in words.indices where occurs[k] {
            guard let r = ByteText.replacingAll(current, words[k], with: replacement) else { continue }
            current = r
            changed = true
            occurs = occurring(in: current)
        }
        return changed ? current : nil
    }

    private static func hasWord(_ b: [UInt8], at i: Int, _ w: [UInt8]) -> Bool {
        guard i + w.count <= b.count else { return false }
        for k in 0..<w.count where b[i + k] != w[k] { return false }
        return true
    }

    /// The character at `i` (1–4 bytes by its lead byte, cut at the end) packed into a UInt32.
    @inline(__always)
    private static func packed(_ b: [UInt8], _ i: Int) -> UInt32 {
        let c = b[i]
        let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
        var v = UInt32(c)
        var k = i + 1
        while k < min(b.count, i + len) { v = v << 8 | UInt32(b[k]); k += 1 }
        return v
    }

    @inline(__always)
    private static func slot(_ key: UInt32) -> Int { Int((key &* 2_654_435_761) >> 20) }
}
