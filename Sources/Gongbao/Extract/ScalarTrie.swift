/// A trie over Unicode scalars: longest-match lookup of units, names and look-alikes at a text position.
///
/// Built once from the YAML word lists. Lookups run at every candidate figure and in the context readers, so
/// they allocate nothing: the edges (node, scalar) → (child, value) are inserted into an open-addressing hash
/// table, then laid out for walking (`compile()`, `Flat`), and a second trie over the reversed words answers
/// "which word ends here" (增长 before 7.5%) by walking backwards.
struct ScalarTrie: Sendable {
    /// The tries as built (hash tables), the words and their per-offset sets: what `insert`, `compile()`,
    /// `indexOffsets()` and the reference walks read, kept behind one reference so the value a lookup is called
    /// on stays small (a larger ScalarTrie was copied to the stack at every `book.units.longestMatch`).
    private var storage = Storage()
    private(set) var maxLength = 0
    /// First scalars of all words (words starting outside the BMP are not supported), numbered: the id of a
    /// scalar is its root record in `forwardFlat` (the bit and the rank's base side by side: one line per lookup,
    /// where a bitmap and a table of bases took two).
    private var firsts = ScalarIndex.empty
    /// Last scalars of all words, for the backward walk: the id is the root record in `backwardFlat`.
    private var lasts = ScalarIndex.empty
    /// The numbering `offsetMasks` is indexed by (`compile(sharing:)`: shared by the tries of a PatternBook, so
    /// the block asked for 增 is the one the other tries just read).
    private var index = ScalarIndex.empty
    /// For `covers`: bit k of offsetMasks[id] is set when the scalar numbered id stands at offset k of some word
    /// (BMP scalars; empty until `indexOffsets()`, or when a word is longer than 16). One load names every start
    /// worth trying; an entry per numbered scalar (a few KB) where an entry per BMP scalar took 128 KB.
    private var offsetMasks: [UInt16] = []
    /// For `covers`: a bit per hashed pair of adjacent scalars of some word (empty until `indexOffsets()`, or when
    /// some word is a single scalar). A word covering p holds (text[p-1], text[p]) or (text[p], text[p+1]), so
    /// when neither pair is set no word covers p: two bit tests answer most candidates (一 in 进一步, 一是).
    private var pairs: [UInt64] = []
    /// The trie laid out for walking (`compile()`): nil until compiled, and again after an insert.
    private var forwardFlat: Flat? = nil
    private var backwardFlat: Flat? = nil

    /// Nodes and edges of one direction.
    struct Edges: Sendable {
        /// One slot of the open-addressing table: the key node << 32 | scalar (0 marks an empty slot: node 0 never
        /// has a scalar-0 child since no word contains U+0000), the child node, and the value of the word ending at
        /// the child (-1: none). Side by side, so a step of a walk reads one cache line instead of three arrays.
        struct Slot: Sendable {
            var key: UInt64 = 0
            var child: Int32 = 0
            var value: Int32 = -1
        }
        var slots = [Slot](repeating: Slot(), count: 64)
        var nodeCount: Int32 = 1
        var edgeCount = 0

        @inline(__always)
        static func slot(_ key: UInt64, _ mask: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        }

        /// The edge (node, s): its child and the value of the word ending there.
        @inline(__always)
        func edge(_ node: Int32, _ s: UInt32) -> Slot? {
            guard let i = index(node, s) else { return nil }
            return slots.withUnsafeBufferPointer { $0[i] }
        }

        @inline(__always)
        func index(_ node: Int32, _ s: UInt32) -> Int? {
            let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(s)
            if key == 0 { return nil }
            return slots.withUnsafeBufferPointer { b in
                let mask = b.count - 1
                var i = Edges.slot(key, mask)
                while true {
                    let found = b[i].key
                    if found == key { return i }
                    if found == 0 { return nil }
                    i = (i + 1) & mask
                }
            }
        }

        mutating func insert<S: Sequence>(_ scalars: S, value: Int) where S.Element == UInt32 {
            var node: Int32 = 0
            var last = -1
            for s in scalars {
                if let i = index(node, s) {
                    node = slots[i].child
                    last = i
                } else {
                    let new = nodeCount
                    nodeCount += 1
                    last = add(node, s, new)
                    node = new
                }
            }
            // The first word inserted for a node keeps it.
            if last >= 0, slots[last].value < 0 { slots[last].value = Int32(value) }
        }

        /// Adds the edge and returns its slot.
        private mutating func add(_ node: Int32, _ s: UInt32, _ child: Int32) -> Int {
            if (edgeCount + 1) * 2 > slots.count { grow() }
            let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(s)
            let mask = slots.count - 1
            var i = Edges.slot(key, mask)
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = Slot(key: key, child: child, value: -1)
            edgeCount += 1
            return i
        }

        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(), count: old.count * 2)
            let mask = slots.count - 1
            for e in old where e.key != 0 {
                var i = Edges.slot(e.key, mask)
                while slots[i].key != 0 { i = (i + 1) & mask }
                slots[i] = e
            }
        }
    }

    /// See `storage`. Shared between copies of a trie until one of them inserts (copy on write).
    final class Storage: @unchecked Sendable {
        var forward = Edges()
        var backward = Edges()
        /// Every word, for `indexOffsets()`.
        var words: [[UInt32]] = []
        /// For `coversSlow`: offsets[k] holds the scalars at offset k of some word (empty until `indexOffsets()`).
        var offsets: [ScalarSet] = []
        /// The words' first and last scalars' low six bits, one bit each (`firstScalarBits`, `lastScalarBits`),
        /// kept as words are inserted: asked when a scanner or reader is made, once per document. (Here, not in the
        /// trie: the trie is copied to the stack at many lookups, and two more words made every copy longer.)
        var firstBits: UInt64 = 0
        var lastBits: UInt64 = 0

        func copy() -> Storage {
            let c = Storage()
            c.forward = forward
            c.backward = backward
            c.words = words
            c.offsets = offsets
            c.firstBits = firstBits
            c.lastBits = lastBits
            return c
        }
    }

    /// One direction of the trie laid out for walking, built by `compile()` once the words are in.
    ///
    /// A walk in the hash table probes a slot per scalar, and the slots of one word lie far apart (each probe was
    /// a cache miss: 增 then 长 in two random lines). Here the children of a node are consecutive records sorted by
    /// scalar, found by a compare or two in one line, and the root's children — the first scalar, asked at every
    /// position — are the first records, in scalar order, indexed by the scalar's id among the first (or last)
    /// scalars. Words starting (ending) outside the BMP are left out, as the numbering leaves them.
    struct Flat: Sendable {
        struct Record: Sendable {
            var scalar: UInt32
            /// The value of the word ending here (-1: none).
            var value: Int32
            /// The child's own children: records[start ..< start + count].
            var start: Int32
            var count: Int32
        }
        var records: [Record] = []

        /// Lays out `edges` (root children first, then each node's children after the nodes before it).
        init(_ edges: Edges, roots: ScalarIndex) {
            // Each node's children as one run of `kids`, in scalar order: counted per node, placed, and each run
            // sorted (most hold one child). A dictionary of arrays per node cost most of the start-up's trie build.
            let n = Int(edges.nodeCount)
            var first = [Int](repeating: 0, count: n + 1)
            for slot in edges.slots where slot.key != 0 { first[Int(slot.key >> 32) + 1] += 1 }
            for k in 0..<n { first[k + 1] += first[k] }
            var fill = first
            var kids = [(UInt32, Int32, Int32)](repeating: (0, 0, -1), count: first[n])
            for slot in edges.slots where slot.key != 0 {
                let node = Int(slot.key >> 32)
                kids[fill[node]] = (UInt32(truncatingIfNeeded: slot.key), slot.child, slot.value)
                fill[node] += 1
            }
            for k in 0..<n where first[k + 1] - first[k] > 1 { kids[first[k]..<first[k + 1]].sort { $0.0 < $1.0 } }
            func children(_ node: Int32) -> ArraySlice<(UInt32, Int32, Int32)> {
                kids[first[Int(node)]..<first[Int(node) + 1]]
            }
            let top = children(0).filter { $0.0 < 0x10000 && roots.contains($0.0) }
            var nodes: [Int32] = []
            for (s, child, value) in top {
                records.append(Record(scalar: s, value: value, start: 0, count: 0))
                nodes.append(child)
            }
            // Breadth first: each record's children are appended as one run.
            var k = 0
            while k < records.count {
                let run = children(nodes[k])
                records[k].start = Int32(records.count)
                records[k].count = Int32(run.count)
                for (s, child, value) in run {
                    records.append(Record(scalar: s, value: value, start: 0, count: 0))
                    nodes.append(child)
                }
                k += 1
            }
        }

        /// The child of record `r` for scalar `x`, or -1. (Children are sorted by scalar: a few are compared in
        /// turn, the fifty after 一 of the names list are halved.)
        @inline(__always)
        static func child(_ b: UnsafeBufferPointer<Record>, _ r: Int, _ x: UInt32) -> Int {
            var k = Int(b[r].start)
            let end = k + Int(b[r].count)
            if end - k <= 8 {
                while k < end {
                    if b[k].scalar == x { return k }
                    k += 1
                }
                return -1
            }
            var hi = end
            while k < hi {
                let mid = (k + hi) >> 1
                if b[mid].scalar < x { k = mid + 1 } else { hi = mid }
            }
            return k < end && b[k].scalar == x ? k : -1
        }
    }

    /// Lays the trie out for walking (`Flat`); lookups walk the hash table until then. With `shared`, the tables
    /// are indexed by its numbering when it numbers every scalar of the words (else by the trie's own).
    mutating func compile(sharing shared: ScalarIndex? = nil) {
        if let shared, shared.numbers(all: storage.words) { index = shared }
        firsts.recount()
        lasts.recount()
        forwardFlat = Flat(storage.forward, roots: firsts)
        backwardFlat = Flat(storage.backward, roots: lasts)
        if !offsetMasks.isEmpty { indexOffsets() }
    }

    mutating func insert(_ word: String, value: Int) {
        let scalars = word.unicodeScalars.map(\.value)
        guard let f = scalars.first, let l = scalars.last, !scalars.contains(0) else { return }
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        firsts.insert(f)
        lasts.insert(l)
        storage.firstBits |= 1 &<< UInt64(f & 63)
        storage.lastBits |= 1 &<< UInt64(l & 63)
        storage.words.append(scalars)
        storage.forward.insert(scalars, value: value)
        storage.backward.insert(scalars.reversed(), value: value)
        maxLength = max(maxLength, scalars.count)
        forwardFlat = nil
        backwardFlat = nil
    }

    /// One bit per word's first scalar, at the scalar's low six bits (以 U+4EE5 → bit 37): a filter a caller keeps in
    /// a register before `longestMatch` — a clear bit means no word starts with the scalar (a set bit may be another
    /// scalar's). Where most positions asked start no word (the qualifier words after a figure: 以上, 左右, 多), it
    /// answers without the trie (copied out of its book and read through a 16 KB table).
    func firstScalarBits() -> UInt64 { storage.firstBits }

    /// The same for the words' last scalars, a filter before `matchEnding` (表 of 表2, 件 of 附件1: the labels that
    /// end right before a figure's number, asked at every candidate).
    func lastScalarBits() -> UInt64 { storage.lastBits }

    /// `firstScalarBits` written from the words themselves, one at a time: the reference the kept bits are tested
    /// with.
    func firstScalarBitsOfWords() -> UInt64 {
        storage.words.reduce(0) { bits, w in w.isEmpty ? bits : bits | 1 &<< UInt64(w[0] & 63) }
    }

    /// `lastScalarBits` written from the words themselves.
    func lastScalarBitsOfWords() -> UInt64 {
        storage.words.reduce(0) { bits, w in w.isEmpty ? bits : bits | 1 &<< UInt64(w[w.count - 1] & 63) }
    }

    /// True when some word starts with `s` (a quick test before a lookup).
    @inline(__always)
    func startsWord(_ s: UInt32) -> Bool { firsts.contains(s) }

    /// The longest word starting at `i` (value, length in scalars).
    @inline(__always)
    func longestMatch(_ text: [UInt32], at i: Int) -> (value: Int, length: Int)? {
        guard i >= 0, i < text.count, firsts.contains(text[i]) else { return nil }
        return longestMatchSlow(text, at: i)
    }

    private func longestMatchSlow(_ text: [UInt32], at i: Int) -> (value: Int, length: Int)? {
        guard let flat = forwardFlat else { return longestMatchReference(text, at: i) }
        var bestValue: Int32 = -1, bestLength = 0
        text.withUnsafeBufferPointer { t in
            flat.records.withUnsafeBufferPointer { b in
                var r = firsts.id(ofMember: t[i])
                var j = i + 1
                while true {
                    if b[r].value >= 0 { bestValue = b[r].value; bestLength = j - i }
                    guard j < t.count else { break }
                    r = Flat.child(b, r, t[j])
                    if r < 0 { break }
                    j += 1
                }
            }
        }
        return bestLength > 0 ? (Int(bestValue), bestLength) : nil
    }

    /// `longestMatch` walked through the hash table (the reference `Flat` replaces; also before `compile()`).
    func longestMatchReference(_ text: [UInt32], at i: Int) -> (value: Int, length: Int)? {
        guard i >= 0, i < text.count, firsts.contains(text[i]) else { return nil }
        var node: Int32 = 0
        var best: (Int, Int)?
        var j = i
        while j < text.count, let e = storage.forward.edge(node, text[j]) {
            node = e.child
            j += 1
            let v = e.value
            if v >= 0 { best = (Int(v), j - i) }
        }
        return best
    }

    /// Every word starting at `i`, shortest first.
    func allMatches(_ text: [UInt32], at i: Int) -> [(value: Int, length: Int)] {
        guard i < text.count, firsts.contains(text[i]) else { return [] }
        var node: Int32 = 0
        var out: [(Int, Int)] = []
        var j = i
        while j < text.count, let e = storage.forward.edge(node, text[j]) {
            node = e.child
            j += 1
            let v = e.value
            if v >= 0 { out.append((Int(v), j - i)) }
        }
        return out
    }

    /// Builds the per-offset scalar sets `covers` uses to skip starts no word can cover from (一 sits at offset
    /// 0 or 1 of the names, never at 7): for the look-alike lists asked at every candidate figure.
    mutating func indexOffsets() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let words = storage.words
        storage.offsets = (0..<maxLength).map { k in ScalarSet(words.compactMap { k < $0.count ? $0[k] : nil }) }
        guard maxLength <= 16 else { offsetMasks = []; return }
        if !index.numbers(all: words) { index = ScalarIndex(words: words) }
        var masks = [UInt16](repeating: 0, count: index.count)
        for w in words {
            for (k, s) in w.enumerated() where s < 0x10000 { masks[index.id(s)] |= 1 << UInt16(k) }
        }
        offsetMasks = masks
        guard !words.contains(where: { $0.count < 2 }) else { pairs = []; return }
        var bits = [UInt64](repeating: 0, count: 1024)
        for w in words {
            for k in 1..<w.count {
                let h = ScalarTrie.pairHash(w[k - 1], w[k])
                bits[h >> 6] |= 1 << UInt64(h & 63)
            }
        }
        pairs = bits
    }

    /// The bit of the pair (a, b) in `pairs` (16 bits of a multiplicative hash).
    @inline(__always)
    static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
        Int(truncatingIfNeeded: ((UInt64(a) << 32 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// True when some word may hold the pair (a, b) (`pairs` empty: always).
    @inline(__always)
    private func mayHoldPair(_ a: UInt32, _ b: UInt32) -> Bool {
        let h = ScalarTrie.pairHash(a, b)
        return pairs.withUnsafeBufferPointer { $0[h >> 6] } & (1 << UInt64(h & 63)) != 0
    }

    /// True when some word covers the whole span `p..<p+length` (多 inside 鄂尔多斯 covers 多).
    func covers(_ text: [UInt32], _ p: Int, length: Int = 1) -> Bool {
        guard maxLength > 0, p >= 0 else { return false }
        if p < text.count, text[p] < 0x10000, !offsetMasks.isEmpty {
            // No word holds text[p] with the scalar before it or after it: none covers p.
            if !pairs.isEmpty, !(p > 0 && mayHoldPair(text[p - 1], text[p])),
               !(p + 1 < text.count && mayHoldPair(text[p], text[p + 1])) {
                return false
            }
            // Only the offsets at which text[p] stands in some word: start = p - k for each bit k.
            let id = index.id(text[p])
            guard id >= 0 else { return false }
            var mask = offsetMasks.withUnsafeBufferPointer { $0[id] }
            while mask != 0 {
                let k = mask.trailingZeroBitCount
                mask &= mask - 1
                guard k <= p else { break }
                if wordFrom(text, p - k, covers: p + length) { return true }
            }
            return false
        }
        return coversSlow(text, p, length: length)
    }

    /// True when a word starting at `start` reaches `end` or beyond.
    @inline(__always)
    private func wordFrom(_ text: [UInt32], _ start: Int, covers end: Int) -> Bool {
        guard firsts.contains(text[start]) else { return false }
        if let flat = forwardFlat {
            return text.withUnsafeBufferPointer { t in
                flat.records.withUnsafeBufferPointer { b in
                    var r = firsts.id(ofMember: t[start])
                    var j = start + 1
                    while true {
                        if b[r].value >= 0, j >= end { return true }
                        guard j < t.count else { return false }
                        r = Flat.child(b, r, t[j])
                        if r < 0 { return false }
                        j += 1
                    }
                }
            }
        }
        var node: Int32 = 0
        var j = start
        while j < text.count, let e = storage.forward.edge(node, text[j]) {
            node = e.child
            j += 1
            if e.value >= 0, j >= end { return true }
        }
        return false
    }

    /// `covers` tried from every start in reach (the reference the offset masks shortcut; also for non-BMP scalars).
    func coversSlow(_ text: [UInt32], _ p: Int, length: Int = 1) -> Bool {
        guard maxLength > 0, p >= 0 else { return false }
        let lo = max(0, p - maxLength + 1)
        let atP: UInt32? = p < text.count ? text[p] : nil
        var start = p
        while start >= lo {
            // A word from `start` covering p holds text[p] at offset p - start (non-BMP scalars: no index).
            if let s = atP, !storage.offsets.isEmpty, s < 0x10000, !storage.offsets[p - start].contains(s) {
                start -= 1; continue
            }
            if start < text.count, firsts.contains(text[start]) {
                var node: Int32 = 0
                var j = start
                while j < text.count, let e = storage.forward.edge(node, text[j]) {
                    node = e.child
                    j += 1
                    if e.value >= 0, j >= p + length { return true }
                }
            }
            start -= 1
        }
        return false
    }

    /// The word ending exactly at `end` (exclusive), longest first, if any.
    @inline(__always)
    func matchEnding(_ text: [UInt32], at end: Int) -> (value: Int, length: Int)? {
        guard maxLength > 0, end > 0, end <= text.count, lasts.contains(text[end - 1]) else { return nil }
        return matchEndingSlow(text, at: end)
    }

    private func matchEndingSlow(_ text: [UInt32], at end: Int) -> (value: Int, length: Int)? {
        guard let flat = backwardFlat else { return matchEndingReference(text, at: end) }
        var bestValue: Int32 = -1, bestLength = 0
        text.withUnsafeBufferPointer { t in
            flat.records.withUnsafeBufferPointer { b in
                var r = lasts.id(ofMember: t[end - 1])
                var j = end - 1
                while true {
                    if b[r].value >= 0 { bestValue = b[r].value; bestLength = end - j }
                    guard j > 0 else { break }
                    r = Flat.child(b, r, t[j - 1])
                    if r < 0 { break }
                    j -= 1
                }
            }
        }
        return bestLength > 0 ? (Int(bestValue), bestLength) : nil
    }

    /// `matchEnding` walked through the hash table (the reference `Flat` replaces; also before `compile()`).
    func matchEndingReference(_ text: [UInt32], at end: Int) -> (value: Int, length: Int)? {
        guard maxLength > 0, end > 0, end <= text.count, lasts.contains(text[end - 1]) else { return nil }
        var node: Int32 = 0
        var best: (Int, Int)?
        var j = end
        while j > 0, let e = storage.backward.edge(node, text[j - 1]) {
            node = e.child
            j -= 1
            let v = e.value
            if v >= 0 { best = (Int(v), end - j) }
        }
        return best
    }
}
