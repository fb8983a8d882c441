/// Numbers a set of BMP scalars (0, 1, 2 … in scalar order): a membership test and the member's rank in one
/// 16-byte block per 64 scalars.
///
/// Why: a trie's first scalars were a bitmap and the ranks' bases a second table, so the lookup of 增 read two
/// lines (the bit, then the base of its record) of two 4–8 KB tables per trie, thirty tries per position — cache
/// misses, not instructions. Here the bit and the base sit side by side (`ScalarTrie.firsts`, `lasts`: the id of
/// 增 is its root record). And the look-alike lists' `covers` kept a 128 KB table with an entry per BMP scalar;
/// indexed by one numbering of all the scalars of the PatternBook's words (shared by its tries, so the block of
/// 增 is the one the other tries just read), its table holds a few KB.
struct ScalarIndex: Sendable {
    /// 64 scalars: which of them are numbered, and how many numbered scalars lie below the block (side by side,
    /// so a lookup reads one line).
    struct Block: Sendable {
        var bits: UInt64 = 0
        var base: Int32 = 0
    }
    private var blocks: [Block]
    /// How many scalars are numbered.
    private(set) var count: Int

    /// No scalar numbered (a trie before it is compiled): one table for all of them.
    static let empty = ScalarIndex([])

    /// Numbers the BMP scalars among `scalars` (others are left out: they get no id).
    init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        var blocks = [Block](repeating: Block(), count: 1024)
        for s in scalars where s < 0x10000 { blocks[Int(s >> 6)].bits |= 1 << UInt64(s & 63) }
        var running: Int32 = 0
        for k in 0..<1024 {
            blocks[k].base = running
            running += Int32(blocks[k].bits.nonzeroBitCount)
        }
        self.blocks = blocks
        count = Int(running)
    }

    /// Numbers `s` too (a BMP scalar; ids are stale until `recount()`).
    mutating func insert(_ s: UInt32) {
        if s < 0x10000 { blocks[Int(s >> 6)].bits |= 1 << UInt64(s & 63) }
    }

    /// Renumbers after inserts.
    mutating func recount() {
        var running: Int32 = 0
        blocks.withUnsafeMutableBufferPointer { b in
            for k in b.indices {
                b[k].base = running
                running += Int32(b[k].bits.nonzeroBitCount)
            }
        }
        count = Int(running)
    }

    /// True when `s` is numbered (also right between an insert and the recount).
    @inline(__always)
    func contains(_ s: UInt32) -> Bool {
        guard s < 0x10000 else { return false }
        return blocks.withUnsafeBufferPointer { $0[Int(s >> 6)] }.bits & (1 << UInt64(s & 63)) != 0
    }

    /// The id of `s`, which must be numbered (`contains`): `id` without the test.
    @inline(__always)
    func id(ofMember s: UInt32) -> Int {
        let block = blocks.withUnsafeBufferPointer { $0[Int(s >> 6)] }
        return Int(block.base) + (block.bits & ((1 << UInt64(s & 63)) &- 1)).nonzeroBitCount
    }

    /// Numbers every scalar of `words`.
    init(words: [[UInt32]]) { self.init(words.joined()) }

    /// The id of `s`, or -1 when it is not numbered (also outside the BMP).
    @inline(__always)
    func id(_ s: UInt32) -> Int {
        guard s < 0x10000 else { return -1 }
        return blocks.withUnsafeBufferPointer { b in
            let block = b[Int(s >> 6)]
            let bit: UInt64 = 1 << UInt64(s & 63)
            guard block.bits & bit != 0 else { return -1 }
            return Int(block.base) + (block.bits & (bit &- 1)).nonzeroBitCount
        }
    }

    /// True when every BMP scalar of `words` is numbered.
    func numbers(all words: [[UInt32]]) -> Bool {
        words.allSatisfy { w in w.allSatisfy { $0 >= 0x10000 || id($0) >= 0 } }
    }
}
