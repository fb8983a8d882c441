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
        var column = 1 + (lo == 0 ? leadingScalars : 0)
        var i = lineStarts[lo]
        while i < o {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(path: path, line: lo + 1, column: column)
    }

    /// The text between two byte offsets (clamped, and widened to scalar boundaries).
    public func slice(_ range: Range<Int>) -> String {
        UTF8Scan.string(bytes, range)
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
