/// A trie over Unicode scalars: longest-match lookup of units, names and look-alikes at a text position.
///
/// Built once from the YAML word lists; lookups only run at candidate figures, never on every byte.
struct ScalarTrie: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var values: [Int32] = [-1]
    private(set) var maxLength = 0
    /// First scalars of all words (words starting outside the BMP are not supported).
    private var firsts = ScalarSet([])

    mutating func insert(_ word: String, value: Int) {
        var node = 0
        var length = 0
        if let f = word.unicodeScalars.first { firsts.insert(f.value) }
        for s in word.unicodeScalars {
            length += 1
            if let next = children[node][s.value] {
                node = Int(next)
            } else {
                children.append([:]); values.append(-1)
                children[node][s.value] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        if values[node] < 0 { values[node] = Int32(value) }
        maxLength = max(maxLength, length)
    }

    /// The longest word starting at `i` (value, length in scalars).
    func longestMatch(_ text: [UInt32], at i: Int) -> (value: Int, length: Int)? {
        guard i < text.count, firsts.contains(text[i]) else { return nil }
        var node = 0
        var best: (Int, Int)?
        var j = i
        while j < text.count, let next = children[node][text[j]] {
            node = Int(next)
            j += 1
            if values[node] >= 0 { best = (Int(values[node]), j - i) }
        }
        return best
    }

    /// Every word starting at `i`, shortest first.
    func allMatches(_ text: [UInt32], at i: Int) -> [(value: Int, length: Int)] {
        guard i < text.count, firsts.contains(text[i]) else { return [] }
        var node = 0
        var out: [(Int, Int)] = []
        var j = i
        while j < text.count, let next = children[node][text[j]] {
            node = Int(next)
            j += 1
            if values[node] >= 0 { out.append((Int(values[node]), j - i)) }
        }
        return out
    }

    /// True when some word covers the whole span `p..<p+length` (多 inside 鄂尔多斯 covers 多).
    func covers(_ text: [UInt32], _ p: Int, length: Int = 1) -> Bool {
        guard maxLength > 0 else { return false }
        let lo = max(0, p - maxLength + 1)
        for start in stride(from: p, through: lo, by: -1) {
            for m in allMatches(text, at: start) where start + m.length >= p + length {
                return true
            }
        }
        return false
    }

    /// The word ending exactly at `end` (exclusive), longest first, if any.
    func matchEnding(_ text: [UInt32], at end: Int) -> (value: Int, length: Int)? {
        guard maxLength > 0 else { return nil }
        let lo = max(0, end - maxLength)
        for start in lo..<end {
            for m in allMatches(text, at: start) where start + m.length == end { return m }
        }
        return nil
    }
}
