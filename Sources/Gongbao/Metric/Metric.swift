import Foundation

/// One numeric statement of a document, typed and traceable to its source.
///
/// Values are exact decimals built from digit strings, never via binary floating point:
/// 44.14 亿元 → 4414000000, unit 元, kind .money.
public struct Metric: Sendable, Hashable {
    /// Where the figure starts in the source file.
    public var location: SourceLocation
    /// Byte range in the document's `SourceText` (for slicing and carets).
    public var sourceRange: Range<Int>
    /// The figure as written (number, scale, unit; stray spaces and line breaks kept): "7.8 万\n人".
    public var surface: String
    /// The noun phrase that says what is counted: 人才资源.
    public var subject: String
    public var value: Decimal
    /// Upper bound of a range (6-8亿元 → value 6e8, valueMax 8e8).
    public var valueMax: Decimal?
    /// Canonical unit: 人, 元, %, 个百分点, 吨 …; nil when no classifier is written (三大板块).
    public var unit: String?
    public var kind: MetricKind
    public var qualifiers: [Qualifier]
    /// Time or region scope stated nearby: 截至2023年一季度；全区.
    public var scope: String?
    public var direction: Direction?
    /// True when the text marks the figure as cumulative (累计, 1—N月).
    public var isCumulative: Bool
    /// Index (in the same document's metric list) of the total that this figure is part of (其中).
    public var partOf: Int?
    /// For dates: a normalized form such as 2023, 2023-03-24, 2023-Q1.
    public var dateValue: String?
    /// The subject in the script of a document written in traditional script (德陽市地區生產總值), where `subject` is
    /// the simplified form it was read in and is compared with (`WrittenSubjects`); nil for any other document.
    public var writtenSubject: String?

    /// The subject as reports show it: in the document's own script.
    public var shownSubject: String { writtenSubject ?? subject }

    // (Always inlined: built out of line, a metric was copied into its array slot and the built one destroyed, a
    // retain and a release of every String of every metric.)
    @inline(__always)
    public init(location: SourceLocation, sourceRange: Range<Int>, surface: String, subject: String,
                value: Decimal, valueMax: Decimal? = nil, unit: String?, kind: MetricKind,
                qualifiers: [Qualifier] = [], scope: String? = nil, direction: Direction? = nil,
                isCumulative: Bool = false, partOf: Int? = nil, dateValue: String? = nil,
                writtenSubject: String? = nil) {
        self.location = location
        self.sourceRange = sourceRange
        self.surface = surface
        self.subject = subject
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.kind = kind
        self.qualifiers = qualifiers
        self.scope = scope
        self.direction = direction
        self.isCumulative = isCumulative
        self.partOf = partOf
        self.dateValue = dateValue
        self.writtenSubject = writtenSubject
    }
}

extension Decimal {
    /// Plain digits, no exponent, no grouping: 4414000000, 0.3, -0.1 (CSV/JSON cells stay numbers).
    ///
    /// Written for every metric of every report, so the common case (up to 64 bits of mantissa, at most 12
    /// decimals) is formatted from the digits directly; anything else, or a Foundation whose Decimal layout is not
    /// the one checked at start-up, goes through NSDecimalNumber.
    public var plainString: String {
        if DecimalDigits.layoutReadable, let s = DecimalDigits.plain(self) { return s }
        return foundationPlainString
    }

    /// The same through Foundation (rounded to 12 decimals).
    var foundationPlainString: String {
        NSDecimalNumber(decimal: rounded(places: 12)).stringValue.replacingOccurrences(of: "E", with: "e")
    }

    /// Rounded half up to `places` decimals (Foundation's NSDecimalRound, .plain).
    func rounded(places: Int) -> Decimal {
        var source = self, result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }
}

/// Reads a Decimal's exponent, sign and mantissa words from its storage (swift-foundation's layout: exponent in
/// byte 0; in byte 1 the length in the high nibble, the sign in bit 3; mantissa words from byte 4), verified
/// against Foundation's own formatting once before it is trusted.
enum DecimalDigits {
    static let layoutReadable: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let samples = ["0", "1", "-12.50", "4414000000", "0.3", "123.456", "-0.001", "65536", "4294967296.75",
                       "18446744073709551615", "-987654321.123456789", "100", "0.000000000001"]
        for text in samples {
            guard let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                  let fast = plain(d), fast == d.foundationPlainString else { return false }
        }
        return true
    }()

    /// The stored exponent, mantissa length in 16-bit words, sign, and the mantissa's first four words as one
    /// UInt64 (all of it when `length <= 4`): the one reader of the storage, for `write`, `ValueRange.equals` and
    /// the extractor's part sums. Trust it only where `layoutReadable` (or the caller's own check) holds.
    @inline(__always)
    static func parts(_ d: Decimal) -> (exponent: Int, length: Int, negative: Bool, mantissa: UInt64) {
        withUnsafeBytes(of: d) { b in
            let length = Int(b[1] >> 4)
            var mantissa: UInt64 = 0
            for w in 0..<min(length, 4) {
                mantissa |= (UInt64(b[4 + 2 * w]) | UInt64(b[5 + 2 * w]) << 8) << (16 * UInt64(w))
            }
            return (Int(Int8(bitPattern: b[0])), length, b[1] & 0x08 != 0, mantissa)
        }
    }

    /// Bytes `write` takes at most: a sign, 20 digits and 20 zeros, or "0." and 12 places.
    static let bound = 48
    /// The largest exponent written from the digits: 1.2万亿 is 12 × 10^11. Foundation's text for a positive
    /// exponent is the mantissa's digits and that many zeros, as here (pinned by a test up to 10^25).
    static let largestExponent = 20

    /// Whether `write` handles `d` and its layout has been trusted (else: Foundation).
    @inline(__always)
    static func isFast(_ d: Decimal) -> Bool {
        guard layoutReadable else { return false }
        return withUnsafeBytes(of: d) { b in
            let exponent = Int(Int8(bitPattern: b[0]))
            return !isNaN(b) && Int(b[1] >> 4) <= 4 && exponent >= -12 && exponent <= largestExponent
        }
    }

    /// `Decimal.isNaN` read from the storage: no mantissa words and the sign set (swift-foundation's own test,
    /// `_length == 0 && _isNegative == 1`; a call into Foundation per number otherwise). Pinned by a test.
    @inline(__always)
    static func isNaN(_ b: UnsafeRawBufferPointer) -> Bool { b[1] >> 4 == 0 && b[1] & 0x08 != 0 }

    static func plain(_ d: Decimal) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buf -> String? in
            guard let n = write(d, into: buf.baseAddress!) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: buf[0..<n]), as: UTF8.self)
        }
    }

    /// Writes `d`'s plain digits into `out` (room for `bound` bytes) and returns how many; nil, writing nothing,
    /// when `d` is outside the fast case (more than 64 bits of mantissa, more than 12 places, exponent above 20).
    /// Written as bytes: the String operations this replaced (suffix, dropLast, Character compares) were a third
    /// of a JSON line. The one writer behind `plainString` and the reports' number bytes.
    static func write(_ d: Decimal, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        let (exponent, length, negative, mantissa) = parts(d)
        // (NaN: no mantissa words and the sign set, see `isNaN`.)
        if length == 0 && negative { return nil }
        guard length <= 4, exponent >= -12, exponent <= largestExponent else { return nil }
        if mantissa == 0 { out[0] = 0x30; return 1 }
        // The mantissa's digits, right-aligned in 24 bytes on the stack.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var nd = 0
        withUnsafeMutableBytes(of: &digits) { t in
            var v = mantissa
            while v > 0 {
                t[23 - nd] = 0x30 &+ UInt8(v % 10)
                v /= 10
                nd += 1
            }
        }
        var o = 0
        if negative { out[o] = 0x2D; o += 1 }
        withUnsafeBytes(of: &digits) { t in
            let first = 24 - nd
            if exponent >= 0 {
                for k in 0..<nd { out[o] = t[first + k]; o += 1 }
                for _ in 0..<exponent { out[o] = 0x30; o += 1 }
                return
            }
            let places = -exponent
            // Trailing zeros of the fraction are dropped (1.50 → 1.5, 2.000 → 2).
            var kept = places
            var k = nd - 1
            while kept > 0, k >= 0, t[first + k] == 0x30 { kept -= 1; k -= 1 }
            if k < 0 { kept = 0 }  // all significant digits were zeros: impossible with mantissa > 0
            if nd <= places {
                out[o] = 0x30; o += 1
                guard kept > 0 else { return }
                out[o] = 0x2E; o += 1
                for _ in 0..<(places - nd) where kept > 0 { out[o] = 0x30; o += 1; kept -= 1 }
                var j = 0
                while kept > 0 { out[o] = t[first + j]; o += 1; j += 1; kept -= 1 }
            } else {
                let whole = nd - places
                for j in 0..<whole { out[o] = t[first + j]; o += 1 }
                guard kept > 0 else { return }
                out[o] = 0x2E; o += 1
                for j in 0..<kept { out[o] = t[first + whole + j]; o += 1 }
            }
        }
        return o
    }
}
