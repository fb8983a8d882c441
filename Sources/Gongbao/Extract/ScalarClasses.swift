/// Which scalars the whole-document scans stop at, one byte of flags per BMP scalar, built once per PatternBook.
///
/// The figure scanner, the sentence cursor of ContextReader, ScopeFinder and the plan-word search each walk
/// every scalar of a document looking for the few they act on (七 or 5 may start a figure; 。 ends a sentence;
/// 截 may begin 截至). A byte table read four scalars at a time answers "none of these four" with one branch,
/// about twice as fast as a bit test per scalar; all four scans share one 64 KB table.
struct ScalarClasses: Sendable {
    struct Flag: OptionSet, Sendable {
        let rawValue: UInt8
        /// An ASCII digit, '-', or a Chinese trigger at or above U+4E00 (FigureScanner.chineseTriggerScalars; not 〇 or
        /// ○, which only continue a number).
        static let figureStart = Flag(rawValue: 1)
        /// A sentence end (DocText.isSentenceEnd) or 安 累 已 完 (ContextReader's cursor).
        static let cursorStop = Flag(rawValue: 2)
        /// The first scalar of a scope marker (PatternBook.scopeMarkers).
        static let scopeMarker = Flag(rawValue: 4)
        /// The first scalar of a plan word (PatternBook.targets).
        static let targetFirst = Flag(rawValue: 8)
        /// A sentence end: 。 ! ? ; and the line break (DocText.isSentenceEnd).
        static let sentenceEnd = Flag(rawValue: 16)
        /// “ 《 「: the openers of FigureScanner.quotedNames.
        static let quoteOpen = Flag(rawValue: 32)
        /// {: the opener of FigureScanner.codeBlocks.
        static let braceOpen = Flag(rawValue: 64)
        /// A digit FigureScanner.isGenuineOne looks for: 0-9 or any scalar ChineseNumeral.digit reads (七, 两, 〇, 叁).
        static let numeralDigit = Flag(rawValue: 128)
    }

    private var table = [UInt8](repeating: 0, count: 0x10000)

    /// The scalars DocText.isSentenceEnd accepts.
    static let sentenceEndScalars: [UInt32] = [0x3002, 0x21, 0x3F, 0x3B, 0x0A]

    mutating func insert<S: Sequence>(_ scalars: S, as flag: Flag) where S.Element == UInt32 {
        for s in scalars where s < 0x10000 { table[Int(s)] |= flag.rawValue }
    }

    func contains(_ s: UInt32, _ flag: Flag) -> Bool {
        s < 0x10000 && table[Int(s)] & flag.rawValue != 0
    }

    /// The first index in `from..<to` whose scalar has `flag`, else `to` (as ScalarSet.firstMember).
    func firstIndex(in text: [UInt32], from: Int, to: Int, _ flag: Flag) -> Int {
        let end = min(to, text.count)
        guard from < end else { return max(from, to) }
        let found = text.withUnsafeBufferPointer { firstIndex(in: $0, from: from, to: end, mask: flag.rawValue) }
        return found == end ? to : found
    }

    /// `firstIndex` over a buffer, for any of the flags in `mask`.
    @inline(__always)
    func firstIndex(in t: UnsafeBufferPointer<UInt32>, from: Int, to end: Int, mask m: UInt8) -> Int {
        guard from < end else { return max(from, end) }
        return table.withUnsafeBufferPointer { b in
            var i = from
            while i < end {
                if i + 4 <= end {
                    let any = b[Int(t[i] & 0xFFFF)] | b[Int(t[i + 1] & 0xFFFF)] | b[Int(t[i + 2] & 0xFFFF)]
                        | b[Int(t[i + 3] & 0xFFFF)]
                    if any & m == 0 { i += 4; continue }
                }
                let stop = min(i + 4, end)
                while i < stop {
                    let s = t[i]
                    if s < 0x10000, b[Int(s)] & m != 0 { return i }
                    i += 1
                }
            }
            return end
        }
    }

    /// The first index in `from..<to` holding one of the four scalars, else `to` (as firstIndex, for a flag
    /// that only a few scalars carry): eight scalars compared per step with vector compares, where the table would
    /// load each one.
    static func firstIndex(of a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32, in t: UnsafeBufferPointer<UInt32>,
                           from: Int, to: Int) -> Int {
        let end = min(to, t.count)
        guard from < end, let base = t.baseAddress else { return max(from, to) }
        var i = from
        let raw = UnsafeRawPointer(base)
        let va = SIMD8<UInt32>(repeating: a), vb = SIMD8<UInt32>(repeating: b)
        let vc = SIMD8<UInt32>(repeating: c), vd = SIMD8<UInt32>(repeating: d)
        while i + 8 <= end {
            let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
            if any((v .== va) .| (v .== vb) .| (v .== vc) .| (v .== vd)) { break }
            i += 8
        }
        while i < end {
            let s = t[i]
            if s == a || s == b || s == c || s == d { return i }
            i += 1
        }
        return to
    }
}

/// Which scalars ScopeFinder's and ContextReader's walks stop at when the next scalar is asked as well, one byte of
/// flags per BMP scalar, built once per PatternBook.
///
/// Most of their stops begin no word: 年 of 2023年 is no 年内, 目 of 项目 no 目标, 全 of 全面 no 全区. A word of two scalars
/// or more can start only where the next scalar is a second scalar of one (年内 → 内, 目标 → 标), so a stop is a scalar
/// that always stops (自 of 自…以来, a sentence end, 将) or a first scalar followed by a second: the walk's skip loop
/// answers that for eight positions at a time, and the walk's own checks run at a tenth of the positions.
struct PairClasses: Sendable {
    struct Flag: OptionSet, Sendable {
        let rawValue: UInt8
        /// ScopeFinder: a marker that acts whatever follows (自…以来; every marker when a scope word is one scalar).
        static let scopeAlways = Flag(rawValue: 1)
        /// ScopeFinder: a marker that acts only before a scopeSecond (全 of 全区, 1 of 1—9月, 截 of 截至).
        static let scopeFirst = Flag(rawValue: 2)
        /// ScopeFinder: the second scalar of a scope word, a dash or 至 of 1—9月, 止 of 截止.
        static let scopeSecond = Flag(rawValue: 4)
        /// ContextReader's cursor: 已, a target word of one scalar (将, 拟). (No sentence end: the cursor's walk
        /// never holds one, as it starts again at the sentence of each figure.)
        static let cursorAlways = Flag(rawValue: 16)
        /// ContextReader's cursor: 安 累 完 and the first scalar of a longer target word (计 of 计划).
        static let cursorFirst = Flag(rawValue: 32)
        /// ContextReader's cursor: 排 计 成 and the second scalar of a longer target word (划 of 计划).
        static let cursorSecond = Flag(rawValue: 64)
        /// FigureScanner's setup pass, which finds these stops too: ScalarClasses.figureStart …
        static let figureStart = Flag(rawValue: 8)
        /// … and “ 《 「 {, the openers of quoted names and code blocks, and the first scalars of the words it finds
        /// (其 of 其中, 分 of 分别: FigureScanner.pairWords).
        static let opener = Flag(rawValue: 128)
    }

    private var table = [UInt8](repeating: 0, count: 0x10000)

    /// `scopeMarkers`: the scalars ScopeFinder's walk acts at (PatternBook.scopeMarkers); `scopeSeconds`: the second
    /// scalars of the scope words, nil when some scope word is a single scalar; `targetWords`: the plan words.
    /// `figureStarts` and `openers`: ScalarClasses' figureStart, quoteOpen and braceOpen scalars, and the first
    /// scalars of FigureScanner.pairWords.
    init(scopeMarkers: [UInt32], scopeSeconds: [UInt32]?, targetWords: [[UInt32]], figureStarts: [UInt32] = [],
         openers: [UInt32] = []) {
        for s in figureStarts { insert(s, .figureStart) }
        for s in openers { insert(s, .opener) }
        // (A second scalar past the BMP has no flag: the markers then stop whatever follows.)
        let seconds = scopeSeconds.flatMap { s in s.allSatisfy { $0 < 0x10000 } ? s : nil }
        // (The line break is no stop: ScopeFinder finds the one that may change its scope itself.)
        for m in scopeMarkers where m != 0x0A {
            if m == 0x81EA || seconds == nil { insert(m, .scopeAlways) }
            else { insert(m, .scopeFirst) }
        }
        // (1—9月, 一至三月, 1月至9月, 截至, 截止, 前10个月, 前两个月: ScopeFinder's own two-scalar markers.)
        let numerals: [UInt32] = Array(0x30...0x39) + [0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
                                                        0x4E5D, 0x5341, 0x4E24]
        for s in (seconds ?? []) + [0x2D, 0x2014, 0x2013, 0x81F3, 0x7E, 0x6B62, 0x6708] + numerals {
            insert(s, .scopeSecond)
        }
        for s in ContextReader.cursorAlwaysScalars { insert(s, .cursorAlways) }
        for (a, b) in ContextReader.cursorPairs { insert(a, .cursorFirst); insert(b, .cursorSecond) }
        for w in targetWords where !w.isEmpty && !w.contains(0) {
            if w.count == 1 || w[1] >= 0x10000 { insert(w[0], .cursorAlways) } else { insert(w[0], .cursorFirst); insert(w[1], .cursorSecond) }
        }
    }

    private mutating func insert(_ s: UInt32, _ flag: Flag) {
        if s < 0x10000 { table[Int(s)] |= flag.rawValue }
    }

    func contains(_ s: UInt32, _ flag: Flag) -> Bool {
        s < 0x10000 && table[Int(s)] & flag.rawValue != 0
    }

    /// The table itself (a byte of flags per BMP scalar) to `body`.
    func withTable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try table.withUnsafeBufferPointer(body)
    }

    /// True when the walk stops at `i`: its scalar has a flag of `always`, or has `first` (a flag whose next bit is
    /// its second) and the next scalar has that second.
    func stops(at i: Int, in t: UnsafeBufferPointer<UInt32>, always: Flag, first: Flag) -> Bool {
        guard i >= 0, i < t.count else { return false }
        if contains(t[i], always) { return true }
        return contains(t[i], first) && i + 1 < t.count && contains(t[i + 1], Flag(rawValue: first.rawValue << 1))
    }

    /// Where ScopeFinder's walk stops (`scope`: scopeAlways, or scopeFirst before a scopeSecond; line breaks it
    /// finds itself) and where ContextReader's cursor stops (`cursor`: cursorAlways, or cursorFirst before a
    /// cursorSecond), ascending, from one pass over the text before the figures are read. Walked per figure, the
    /// text was read in between the figures' other work, with the 64 KB table out of cache at most loads; the walks
    /// now read only these.
    func walkStops(in t: [UInt32]) -> (scope: [Int32], cursor: [Int32]) {
        var scope: [Int32] = [], cursor: [Int32] = []
        scope.reserveCapacity(t.count / 128 + 8)
        cursor.reserveCapacity(t.count / 128 + 8)
        let a = Flag([.scopeAlways, .cursorAlways]).rawValue, f = Flag([.scopeFirst, .cursorFirst]).rawValue
        let scopeStop = Flag([.scopeAlways, .scopeFirst]).rawValue
        let cursorStop = Flag([.cursorAlways, .cursorFirst]).rawValue
        let ones: UInt64 = 0x0101_0101_0101_0101
        // (Per byte k of the packed flags: always, or first with the next byte's second shifted onto it — the seven
        // low bits of the byte above, shifted down by nine.)
        let always = ones &* UInt64(a), firsts = ones &* UInt64(f), low7 = ones &* 0x7F
        t.withUnsafeBufferPointer { u in
            table.withUnsafeBufferPointer { b in
                @inline(__always) func exact(_ k: Int) -> UInt8 {
                    guard k < u.count else { return 0 }
                    let s = u[k]
                    return s < 0x10000 ? b[Int(s)] : 0
                }
                @inline(__always) func load(_ k: Int) -> UInt64 { UInt64(b[Int(u[k] & 0xFFFF)]) }
                let n = u.count
                var i = 0
                while i < n {
                    // Eight positions per branch: their flags and the ninth's packed in a word (a load masks to 16
                    // bits: a scalar past the BMP may alias a flagged one, never hide one; the exact test decides).
                    if i &+ 9 <= n {
                        let w = load(i) | load(i &+ 1) << 8 | load(i &+ 2) << 16 | load(i &+ 3) << 24
                            | load(i &+ 4) << 32 | load(i &+ 5) << 40 | load(i &+ 6) << 48 | load(i &+ 7) << 56
                        let next = w >> 8 | load(i &+ 8) << 56
                        if w & (always | (next >> 1 & low7 & firsts)) == 0 { i &+= 8; continue }
                    }
                    let stop = min(i &+ 8, n)
                    var next = exact(i)
                    while i < stop {
                        let x = next
                        next = exact(i &+ 1)
                        let h = x & (a | (next >> 1 & f))
                        if h & scopeStop != 0 { scope.append(Int32(truncatingIfNeeded: i)) }
                        if h & cursorStop != 0 { cursor.append(Int32(truncatingIfNeeded: i)) }
                        i &+= 1
                    }
                }
            }
        }
        return (scope, cursor)
    }

    /// `walkStops` as a plain walk asking `stops(at:)` at every position, for the tests.
    func walkStopsReference(in t: [UInt32]) -> (scope: [Int32], cursor: [Int32]) {
        var scope: [Int32] = [], cursor: [Int32] = []
        t.withUnsafeBufferPointer { u in
            for i in u.indices {
                if stops(at: i, in: u, always: .scopeAlways, first: .scopeFirst) { scope.append(Int32(i)) }
                if stops(at: i, in: u, always: .cursorAlways, first: .cursorFirst) { cursor.append(Int32(i)) }
            }
        }
        return (scope, cursor)
    }
}
