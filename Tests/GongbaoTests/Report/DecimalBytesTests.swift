import Foundation
import Testing
@testable import Gongbao

@Suite("Decimal bytes")
struct DecimalBytesTests {
    /// Numbers across the fast case's edges (exponents -12…8, 64-bit mantissas) and outside it.
    static var samples: [Decimal] {
        var list: [Decimal] = ["0", "1", "-1", "0.5", "-0.001", "1.50", "2.000", "4414000000", "0.3", "123.456",
                               "18446744073709551615", "-987654321.123456789", "0.000000000001", "0.0000000000001",
                               "100000000", "1000000000", "12345678901234567890123", "6e8", "7.8e4", "-0", "1.2e12", "3e12",
                               "18446744073709551615e20", "1e21", "-4.5e15"]
            .compactMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let mantissa = seed >> (seed % 60)
            let exponent = Int((seed >> 7) % 40) - 14
            list.append(Decimal(sign: seed & 1 == 0 ? .plus : .minus, exponent: exponent,
                                significand: Decimal(mantissa)))
        }
        list.append(Decimal.nan)
        return list
    }

    @Test("digits written into the buffer are Foundation's plain text")
    func sameAsPlainString() {
        for d in Self.samples {
            let bound = DecimalBytes.bound(d)
            let bytes = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buf -> [UInt8] in
                var w = RawWriter(base: buf.baseAddress!)
                w.decimal(d)
                #expect(w.n <= bound)
                return Array(buf[0..<w.n])
            }
            #expect(String(decoding: bytes, as: UTF8.self) == d.foundationPlainString, "\(d)")
            #expect(d.plainString == d.foundationPlainString, "\(d)")
        }
    }

    @Test("the NaN read from the storage is Foundation's isNaN, and isFast declines NaN")
    func nanFromStorage() {
        var values = Self.samples
        values += [Decimal.nan, -Decimal.nan, Decimal(0), Decimal(sign: .minus, exponent: 0, significand: 0),
                   Decimal(string: "-0", locale: Locale(identifier: "en_US_POSIX"))!]
        for d in values {
            #expect(withUnsafeBytes(of: d) { DecimalDigits.isNaN($0) } == d.isNaN, "\(d)")
            if d.isNaN { #expect(!DecimalBytes.isFast(d)) }
        }
    }
}
