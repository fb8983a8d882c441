/// Where each byte of a stage's text came from in the text before it: entry `i` is the earlier text's offset of the
/// character that produced byte `i`, with one entry past the end (the earlier text's length).
///
/// Read like the `[Int32]` it replaces (`map[i]`, `count`, iteration), but stored as cheaply as the stage allows:
/// - **identity** — plain text is its own content (源 7.8万人 → 0, 1, 2, …): nothing stored at all;
/// - **runs** — the normalized text is mostly a copy of the content (ideographs, ASCII) broken by folds and joins
///   (，→ "," takes three bytes to one, "7.8 万\n人" drops a space and a line feed). Each run records where it starts
///   and where its first byte came from; inside a run every character is copied as is, so byte `i` maps to its run's
///   origin plus the distance from the run start to the first byte of `i`'s character. A Chinese text keeps one run
///   per fold, about one per 20 bytes, instead of four bytes per byte;
/// - **table** — one entry per byte, as a caller built it (HTML content: each text piece from its own place).
///
/// Lookups cost a binary search over the runs; stages ask only for the figures they report.
public struct OffsetMap: Sendable {
    enum Storage: Sendable {
        case identity
        case table([Int32])
        case runs(OffsetRuns)
    }

    let storage: Storage
    /// Entries: the mapped text's length plus one.
    public let count: Int

    /// The map `table` spells out (one entry per byte plus the end).
    public init(_ table: [Int32]) {
        storage = .table(table)
        count = table.count
    }

    /// Byte `i` ↦ `i`, for a text of `length` bytes (`length + 1` entries).
    public static func identity(length: Int) -> OffsetMap { OffsetMap(storage: .identity, count: length + 1) }

    init(storage: Storage, count: Int) {
        self.storage = storage
        self.count = count
    }

    init(runs: OffsetRuns) {
        self.init(storage: .runs(runs), count: runs.text.count + 1)
    }

    /// The entries as an array (for tests and callers that need one; lookups never do).
    public var table: [Int32] { Array(self) }
}

extension OffsetMap: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inline(__always)
    public subscript(i: Int) -> Int32 {
        precondition(i >= 0 && i < count, "OffsetMap index out of range")
        switch storage {
        case .identity: return Int32(truncatingIfNeeded: i)
        case .table(let table): return table[i]
        case .runs(let runs): return runs.origin(of: i)
        }
    }
}

extension OffsetMap: Equatable {
    /// Equal when every entry is (however each side stores them).
    public static func == (a: OffsetMap, b: OffsetMap) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}

/// The runs of an `OffsetMap` (see there): `starts[k]` is the byte of the mapped text where run k begins (ascending,
/// the first 0), `origins[k]` the earlier text's offset of that byte; `end` is the entry past the last byte.
struct OffsetRuns: Sendable {
    var starts: [Int32]
    var origins: [Int32]
    /// The mapped text: a byte inside a character maps as the character's first byte does.
    var text: [UInt8]
    var end: Int32
    /// For each page of `pageSize` bytes, the last run starting at or before the page's first byte: a lookup walks
    /// from there over the few runs inside the page, instead of a binary search over all of them.
    var pages: [Int32]

    static let pageShift = 7

    init(starts: [Int32], origins: [Int32], text: [UInt8], end: Int32) {
        self.starts = starts
        self.origins = origins
        self.text = text
        self.end = end
        self.pages = OffsetRuns.pages(starts: starts, textCount: text.count)
    }

    /// `pages` of runs starting at `starts` over a text of `textCount` bytes: one walk over the pages and the runs
    /// together, through the buffers (not an array's checks at every step) into an array written once, not zeroed.
    static func pages(starts: [Int32], textCount: Int) -> [Int32] {
        let pageCount = (textCount >> pageShift) + 1
        return [Int32](unsafeUninitializedCapacity: pageCount) { pages, initialized in
            starts.withUnsafeBufferPointer { s in
                var k = 0
                let runs = s.count
                for p in 0..<pageCount {
                    let first = p &<< pageShift
                    while k &+ 1 < runs, Int(s[k &+ 1]) <= first { k &+= 1 }
                    pages[p] = Int32(truncatingIfNeeded: k)
                }
            }
            initialized = pageCount
        }
    }

    /// `pages` one page at a time with a search from the first run: the reference its test compares it with.
    static func pagesSimple(starts: [Int32], textCount: Int) -> [Int32] {
        (0...(textCount >> pageShift)).map { p in
            Int32(starts.lastIndex { Int($0) <= p << pageShift } ?? 0)
        }
    }

    func origin(of i: Int) -> Int32 {
        if i >= text.count { return end }
        return starts.withUnsafeBufferPointer { s in
            var k = Int(pages[i >> OffsetRuns.pageShift])
            while k + 1 < s.count, Int(s[k + 1]) <= i { k += 1 }
            let start = Int(s[k])
            var p = i
            text.withUnsafeBufferPointer { t in
                while p > start, t[p] & 0xC0 == 0x80 { p -= 1 }
            }
            return origins[k] &+ Int32(truncatingIfNeeded: p - start)
        }
    }
}

/// Collects the runs of an `OffsetMap` while a stage writes its text: call `write(at:from:)` at the first byte of
/// every character written, with the earlier text's offset of the character it came from; then `finish` (or
/// `discard`) exactly once, which frees its buffers.
///
/// Raw buffers, not arrays: a run starts every twenty bytes or so of Chinese text, and an array append there (its
/// uniqueness and capacity checks) cost more than the run itself.
struct OffsetRunsBuilder {
    private var starts: UnsafeMutablePointer<Int32>
    private var origins: UnsafeMutablePointer<Int32>
    private var capacity: Int
    private(set) var count = 0
    /// The earlier offset minus the written offset inside the current run (none yet: a value no write can have).
    private var delta = Int.min

    init(expectedBytes: Int) {
        // A Chinese text breaks its run at about one byte in twenty (full-width punctuation, line breaks).
        capacity = expectedBytes / 16 + 16
        starts = .allocate(capacity: capacity)
        origins = .allocate(capacity: capacity)
    }

    /// A character written at `o` from earlier offset `i`: a new run when the two no longer advance together.
    @inline(__always)
    mutating func write(at o: Int, from i: Int) {
        if i &- o != delta { newRun(o, i) }
    }

    /// (Inlined, its rare growth a call: as a call of its own — a third of the normalizer's copied runs end in one —
    /// it made the copy loop reload its nine vector constants after every run.)
    @inline(__always)
    private mutating func newRun(_ o: Int, _ i: Int) {
        if count == capacity { grow() }
        delta = i &- o
        starts[count] = Int32(truncatingIfNeeded: o)
        origins[count] = Int32(truncatingIfNeeded: i)
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        let bigger = capacity * 2
        let s = UnsafeMutablePointer<Int32>.allocate(capacity: bigger), o = UnsafeMutablePointer<Int32>.allocate(capacity: bigger)
        s.update(from: starts, count: count)
        o.update(from: origins, count: count)
        starts.deallocate()
        origins.deallocate()
        starts = s
        origins = o
        capacity = bigger
    }

    /// The map of `text` (whose bytes were written), `end` being the earlier text's length; frees the buffers.
    mutating func finish(text: [UInt8], end: Int) -> OffsetMap {
        let runs = OffsetRuns(starts: Array(UnsafeBufferPointer(start: starts, count: count)),
                              origins: Array(UnsafeBufferPointer(start: origins, count: count)),
                              text: text, end: Int32(truncatingIfNeeded: end))
        discard()
        return OffsetMap(runs: runs)
    }

    /// Frees the buffers without a map (the writer gave up).
    mutating func discard() {
        starts.deallocate()
        origins.deallocate()
        count = 0
        capacity = 0
    }
}
