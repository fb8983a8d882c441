import Foundation

/// `Decimal.plainString` written straight into a report buffer: the same digits, without a String per number.
///
/// Every metric of every report writes one or two numbers (7.8万人 → 78000); building each as a String first
/// and copying it in was a tenth of rendering. The digits are read from the Decimal's storage exactly as
/// `DecimalDigits.plain` reads them (and only when its start-up check trusted that layout); a number outside the
/// fast case goes through `plainString` itself. A test pins the bytes against `plainString` on many values.
enum DecimalBytes {
    /// Bytes `RawWriter.decimal` can write at most in the fast case.
    static let fastBound = DecimalDigits.bound

    /// Whether `RawWriter.decimal` writes `d`'s digits itself (else it writes `d.plainString`).
    @inline(__always)
    static func isFast(_ d: Decimal) -> Bool { DecimalDigits.isFast(d) }

    /// Bytes `RawWriter.decimal` may take for `d`.
    static func bound(_ d: Decimal) -> Int { isFast(d) ? fastBound : d.plainString.utf8.count }

    /// `d.plainString` for writers that need the text as a String (CSV cells).
    static func plainString(_ d: Decimal) -> String { d.plainString }
}

extension RawWriter {
    /// `d.plainString`, byte for byte, written in place (DecimalDigits.write).
    mutating func decimal(_ d: Decimal) {
        // (`write` itself declines what `isFast` would: only the layout check is asked first.)
        guard DecimalDigits.layoutReadable, let k = DecimalDigits.write(d, into: base + n) else {
            put(string: d.plainString)
            return
        }
        n += k
    }
}
