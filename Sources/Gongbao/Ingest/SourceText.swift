#if canImport(Glibc)
import Glibc
#endif

/// The decoded text of one input file, as UTF-8 bytes, with a table of line starts.
///
/// Every later stage keeps byte offsets into `bytes`; only here do offsets become `file:line:col`.
/// A GB18030 file is transcoded once, so offsets differ from the file's own bytes, but lines and
/// columns (which count characters) are the same in either encoding.
public struct SourceText: Sendable {
    public let path: String
    /// UTF-8 bytes of the decoded file (a leading BOM removed).
    public let bytes: [UInt8]
    /// The encoding the bytes were decoded from, e.g. "UTF-8" or "GB18030".
    public let encoding: String
    /// Number of scalars dropped before `bytes[0]` on line 1 (a BOM), so columns match the file.
    public let leadingScalars: Int
    /// The charset the file itself names (HTML `<meta charset>`), lowercased, e.g. "gb2312"; nil if none.
    ///
    /// Only a hint: a page declaring gb2312 whose bytes are valid UTF-8 was decoded as UTF-8.
    public let declaredEncoding: String?
    /// Things noticed while decoding that did not stop the work, e.g. "declared gb2312 but the bytes are UTF-8".
    public let notes: [String]
    private let lineStarts: [Int]

    public init(path: String, bytes: [UInt8], encoding: String, leadingScalars: Int = 0,
                declaredEncoding: String? = nil, notes: [String] = []) {
        self.path = path
        self.bytes = bytes
        self.encoding = encoding
        self.leadingScalars = leadingScalars
        self.declaredEncoding = declaredEncoding
        self.notes = notes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        // memchr finds each line feed at memory speed; a per-byte Swift loop was a tenth of decoding time.
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let n = buf.count
            var i = 0
            while i < n, let hit = memchr(raw + i, 0x0A, n - i) {
                i = UnsafeRawPointer(hit) - raw + 1
                starts.append(i)
            }
        }
        self.lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// Where each line starts: 0, then the offset after each line feed (the plain-text normalizer's heading search
    /// reads the lines from these instead of finding the line feeds again).
    var lineStartOffsets: [Int] { lineStarts }

    /// The text of a 1-based line, without its line end (CR and LF dropped); empty past the end.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let lo = lineStarts[line - 1]
        var hi = line < lineStarts.count ? lineStarts[line] : bytes.count
        while hi > lo, bytes[hi - 1] == 0x0A || bytes[hi - 1] == 0x0D { hi -= 1 }
        return UTF8Scan.string(bytes, lo..<hi)
    }

    /// The 1-based line and scalar column of the byte at `offset` (clamped to the text).
    public func location(ofOffset offset: Int) -> SourceLocation {
        let o = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        let column = 1 + (lo == 0 ? leadingScalars : 0) + scalarCount(lineStarts[lo], o)
        return SourceLocation(path: path, line: lo + 1, column: column)
    }

    /// A cursor for many lookups in rising order (the figures of a document): each continues counting columns
    /// from the one before when it falls on the same line, so a 50 KB single-line HTML page costs one walk over
    /// the line, not one per figure.
    public func locator() -> SourceLocator { SourceLocator(self) }

    /// The index of the line holding byte `o` (binary search over the line starts).
    fileprivate func lineIndex(of o: Int) -> Int {
        lineStarts.withUnsafeBufferPointer { starts in
            var lo = 0, hi = starts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if starts[mid] <= o { lo = mid } else { hi = mid - 1 }
            }
            return lo
        }
    }

    /// The index of the line holding byte `o` when it is one of the eight lines after `line` (whose limit `o` has
    /// reached); nil when it lies further on.
    fileprivate func lineIndex(of o: Int, from line: Int) -> Int? {
        lineStarts.withUnsafeBufferPointer { starts in
            var k = line &+ 1
            let last = min(starts.count, line &+ 9)
            while k < last {
                if k &+ 1 == starts.count || starts[k &+ 1] > o { return k }
                k &+= 1
            }
            return nil
        }
    }

    fileprivate func lineStart(_ index: Int) -> Int { lineStarts[index] }

    /// Byte offset just past the line at `index` (the next line's start, or the end of the text).
    fileprivate func lineLimit(_ index: Int) -> Int {
        index + 1 < lineStarts.count ? lineStarts[index + 1] : Int.max
    }

    /// Scalars that start in `lo..<hi` (bytes that are not UTF-8 continuation bytes), sixteen bytes at a time.
    fileprivate func scalarCount(_ lo: Int, _ hi: Int) -> Int {
        guard hi > lo else { return 0 }
        return bytes.withUnsafeBufferPointer { buf in
            SourceText.scalarStarts(buf.baseAddress!, lo, hi)
        }
    }

    /// The bytes of `p[lo..<hi]` that are not continuation bytes (10xxxxxx, read as signed: below -64), counted as
    /// the continuation bytes taken from the length. Sixteen bytes per step with one vector compare, the per-lane
    /// counts summed every 255 steps (a lane counts to 255 at most); then eight at once, and the last few from the
    /// eight bytes that end the range. 人才 7.8 → 6 of its 10 bytes start a scalar.
    static func scalarStarts(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        var i = lo, continuations = 0
        let limit = SIMD16<Int8>(repeating: -64)
        /// The sum of the sixteen byte lanes (each at most 255): added in pairs to 16-bit lanes, then those at once.
        @inline(__always) func total(_ v: SIMD16<UInt8>) -> Int {
            let w = unsafeBitCast(v, to: SIMD2<UInt64>.self)
            let pairs = (w[0] & 0x00FF_00FF_00FF_00FF) &+ ((w[0] >> 8) & 0x00FF_00FF_00FF_00FF)
                &+ (w[1] & 0x00FF_00FF_00FF_00FF) &+ ((w[1] >> 8) & 0x00FF_00FF_00FF_00FF)
            return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while i &+ 16 <= hi {
            var counts = SIMD16<UInt8>(repeating: 0)
            var steps = 0
            while steps < 255, i &+ 16 <= hi {
                let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<Int8>.self)
                // A lane that holds a continuation byte reads as -1 (0xFF): subtracting it adds one.
                counts &-= unsafeBitCast(v .< limit, to: SIMD16<UInt8>.self)
                steps &+= 1
                i &+= 16
            }
            continuations &+= total(counts)
        }
        // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
        @inline(__always) func continuationBits(_ w: UInt64) -> UInt64 { w & ~(w << 1) & 0x8080_8080_8080_8080 }
        if i &+ 8 <= hi {
            continuations &+= continuationBits(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)).nonzeroBitCount
            i &+= 8
        }
        let rest = hi &- i
        if rest > 0, hi &- lo >= 8 {
            // The last one to seven bytes: the eight bytes ending at `hi`, those before `i` (counted) masked off — no
            // loop whose length changes from figure to figure (the columns of a text's figures are counted one stretch
            // at a time, each ending anywhere).
            let w = UnsafeRawPointer(p + (hi &- 8)).loadUnaligned(as: UInt64.self)
            let mask: UInt64 = ~0 &<< UInt64(8 &* (8 &- rest))
            continuations &+= (continuationBits(w) & mask).nonzeroBitCount
        } else {
            while i < hi {
                if p[i] & 0xC0 == 0x80 { continuations &+= 1 }
                i &+= 1
            }
        }
        return hi &- lo &- continuations
    }

    /// `scalarStarts` one byte at a time: the reference its test compares it with.
    static func scalarStartsSimple(_ p: UnsafePointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        var count = 0
        for i in lo..<max(lo, hi) where p[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The text between two byte offsets (clamped, and widened to scalar boundaries).
    public func slice(_ range: Range<Int>) -> String {
        UTF8Scan.string(bytes, range)
    }
}

/// `SourceText.location(ofOffset:)` for offsets that mostly rise: same answers, work linear in the text.
///
/// Example: the 300 figures of a one-line HTML page at offsets 1200, 1350, … each count columns only from the
/// figure before (第1行 column 410 → 455), instead of from the line start every time.
public struct SourceLocator {
    private let text: SourceText
    private var line = -1
    private var offset = 0
    private var column = 0
    private var limit = 0

    init(_ text: SourceText) { self.text = text }

    public mutating func location(ofOffset offset: Int) -> SourceLocation {
        let (line, column) = lineAndColumn(ofOffset: offset)
        return SourceLocation(path: text.path, line: line, column: column)
    }

    /// `location(ofOffset:)` without the path: the JSON record writer asks it for every figure and writes the path
    /// once per document, so a SourceLocation (a retain and a release of the path String) is no use there.
    public mutating func lineAndColumn(ofOffset offset: Int) -> (line: Int, column: Int) {
        let o = max(0, min(offset, text.bytes.count))
        if line >= 0, o >= self.offset, o < limit {
            column += text.scalarCount(self.offset, o)
        } else if line >= 0, o >= self.offset, let ahead = text.lineIndex(of: o, from: line) {
            // A few lines further on (the next figure of an OCR column three lines down): stepped to, not searched.
            line = ahead
            limit = text.lineLimit(line)
            column = 1 + (line == 0 ? text.leadingScalars : 0) + text.scalarCount(text.lineStart(line), o)
        } else {
            line = text.lineIndex(of: o)
            limit = text.lineLimit(line)
            column = 1 + (line == 0 ? text.leadingScalars : 0) + text.scalarCount(text.lineStart(line), o)
        }
        self.offset = o
        return (line + 1, column)
    }
}

extension UTF8Scan {
    /// The text of a byte range of UTF-8, clamped and widened to whole scalars, so a range that a stage
    /// computed never splits a character (shared by SourceText and ContentText).
    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var lo = max(0, min(range.lowerBound, bytes.count))
        var hi = max(lo, min(range.upperBound, bytes.count))
        while lo > 0, lo < bytes.count, bytes[lo] & 0xC0 == 0x80 { lo -= 1 }
        while hi < bytes.count, bytes[hi] & 0xC0 == 0x80 { hi += 1 }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }
}
