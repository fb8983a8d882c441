/// A set of byte phrases to look for in short texts, indexed by their first two bytes.
///
/// Chrome detection asks of every small block whether it holds one of two dozen phrases (版权所有,
/// 当前位置, 分享到 …); testing each phrase in turn made that check most of content selection. Here a
/// 64 K-entry table says which two-byte starts begin some phrase, so most positions cost one lookup.
struct PhraseSet {
    private let phrases: [[UInt8]]
    /// Per first-two-bytes key: 1 + index of the first phrase with that start in `byStart`, or 0.
    private let table: [UInt16]
    /// Phrase indices grouped by start key, each group ending with -1.
    private let byStart: [Int]
    /// One bit per two-byte start that begins some phrase: 8 KB, so the test for most positions stays in the
    /// first-level cache (the 128 KB `table` is read only where a phrase may start).
    private let startBits: [UInt64]

    init(_ entries: [String]) {
        let phrases = entries.map { Array($0.utf8) }.filter { $0.count >= 2 }
        var groups: [Int: [Int]] = [:]
        for (k, p) in phrases.enumerated() { groups[PhraseSet.key(p[0], p[1]), default: []].append(k) }
        var table = [UInt16](repeating: 0, count: 1 << 16)
        var byStart: [Int] = []
        for key in groups.keys.sorted() {
            table[key] = UInt16(byStart.count + 1)
            byStart += groups[key]! + [-1]
        }
        var bits = [UInt64](repeating: 0, count: (1 << 16) / 64)
        for key in groups.keys { bits[key >> 6] |= 1 << UInt64(key & 63) }
        self.phrases = phrases
        self.table = table
        self.byStart = byStart
        self.startBits = bits
    }

    @inline(__always) private static func key(_ a: UInt8, _ b: UInt8) -> Int { Int(a) << 8 | Int(b) }

    /// True when some phrase occurs in `text`.
    func occurs(in text: [UInt8]) -> Bool { text.withUnsafeBufferPointer { occurs(in: $0) } }

    /// True when some phrase occurs in `text` (a slice of a larger buffer, not copied).
    func occurs(in text: ArraySlice<UInt8>) -> Bool { text.withUnsafeBufferPointer { occurs(in: $0) } }

    /// True when some phrase occurs in the bytes `t`.
    func occurs(in t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard n >= 2 else { return false }
        return startBits.withUnsafeBufferPointer { bits in occurs(in: t, bits: bits) }
    }

    private func occurs(in t: UnsafeBufferPointer<UInt8>, bits: UnsafeBufferPointer<UInt64>) -> Bool {
        let n = t.count
        for i in 0..<(n - 1) {
            let key = PhraseSet.key(t[i], t[i + 1])
            if bits[key >> 6] & (1 << UInt64(key & 63)) == 0 { continue }
            let slot = Int(table[key])
            var g = slot - 1
            while byStart[g] >= 0 {
                let p = phrases[byStart[g]]
                if i + p.count <= n {
                    var k = 2
                    while k < p.count, t[i + k] == p[k] { k += 1 }
                    if k == p.count { return true }
                }
                g += 1
            }
        }
        return false
    }
}
