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
