import Foundation

/// `Decimal.plainString` written straight into a report buffer: the same digits, without a String per number.
///
/// Every metric of every report writes one or two numbers (7.8万人 → 78000); building each as a String first
/// and copying it in was a tenth of rendering. The digits are read from the Decimal's storage exactly as
/// `DecimalDigits.plain` reads them (and only when its start-up check trusted that layout); a number outside the
/// fast case goes through `plainString` itself. A test pins the bytes against `plainString` on many values.
enum DecimalBytes {
    /// Bytes the fast case can write at most: a sign, 20 digits and 20 zeros, or "0." and 12 places.
    static let fastBound = 48
    /// The largest exponent written here. `DecimalDigits.plain` stops at 8, so 1.2万亿 (12 × 10^11) went through
    /// Foundation; its text for a positive exponent is the mantissa's digits and that many zeros, as here (pinned by
    /// a test against Foundation up to 10^25).
    static let largestExponent = 20

    /// Whether `write` handles `d` itself (else it writes `d.plainString`).
    @inline(__always)
    static func isFast(_ d: Decimal) -> Bool {
        guard DecimalDigits.layoutReadable, !d.isNaN else { return false }
        return withUnsafeBytes(of: d) { b in
            let exponent = Int(Int8(bitPattern: b[0]))
            return Int(b[1] >> 4) <= 4 && exponent >= -12 && exponent <= largestExponent
        }
    }

    /// Bytes `write` may take for `d`.
    static func bound(_ d: Decimal) -> Int { isFast(d) ? fastBound : d.plainString.utf8.count }

    /// `d.plainString` for writers that need the text as a String (CSV cells): the same digits, through Foundation
    /// only outside the fast case (1.2万亿 no longer goes through NSDecimalNumber).
    static func plainString(_ d: Decimal) -> String {
        guard isFast(d) else { return d.plainString }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: fastBound) { buf in
            var w = RawWriter(base: buf.baseAddress!)
            w.decimal(d)
            return String(decoding: UnsafeBufferPointer(start: buf.baseAddress, count: w.n), as: UTF8.self)
        }
    }
}

extension RawWriter {
    /// `d.plainString`, byte for byte: plain digits, no exponent, trailing fraction zeros dropped (1.50 → 1.5).
    mutating func decimal(_ d: Decimal) {
        guard DecimalBytes.isFast(d) else { put(string: d.plainString); return }
        var exponent = 0, length = 0, negative = false
        var mantissa: UInt64 = 0
        withUnsafeBytes(of: d) { b in
            exponent = Int(Int8(bitPattern: b[0]))
            length = Int(b[1] >> 4)
            negative = b[1] & 0x08 != 0
            for w in 0..<min(length, 4) {
                mantissa |= (UInt64(b[4 + 2 * w]) | UInt64(b[5 + 2 * w]) << 8) << (16 * UInt64(w))
            }
        }
        if mantissa == 0 { byte(0x30); return }
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
        if negative { byte(0x2D) }
        withUnsafeBytes(of: &digits) { t in
            let first = 24 - nd
            if exponent >= 0 {
                for k in 0..<nd { byte(t[first + k]) }
                for _ in 0..<exponent { byte(0x30) }
                return
            }
            let places = -exponent
            var kept = places
            var k = nd - 1
            while kept > 0, k >= 0, t[first + k] == 0x30 { kept -= 1; k -= 1 }
            if k < 0 { kept = 0 }
            if nd <= places {
                byte(0x30)
                guard kept > 0 else { return }
                byte(0x2E)
                for _ in 0..<(places - nd) where kept > 0 { byte(0x30); kept -= 1 }
                var j = 0
                while kept > 0 { byte(t[first + j]); j += 1; kept -= 1 }
            } else {
                let whole = nd - places
                for j in 0..<whole { byte(t[first + j]) }
                guard kept > 0 else { return }
                byte(0x2E)
                for j in 0..<kept { byte(t[first + whole + j]) }
            }
        }
    }
}
