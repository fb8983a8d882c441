import Foundation
import Testing
@testable import Gongbao

/// Decimal.plainString formats the common case from the digits; it must agree with Foundation everywhere.
@Suite("Decimal plain string")
struct PlainStringTests {
    @Test("the layout check passes on this toolchain")
    func layoutReadable() {
        #expect(DecimalDigits.layoutReadable)
    }

    @Test("agrees with Foundation on figures as the extractor builds them")
    func agreesWithFoundation() {
        let mantissas: [UInt64] = [0, 1, 3, 5, 10, 12, 125, 1_000, 4414, 65_535, 65_536, 999_999, 1_234_567,
                                   4_294_967_295, 4_294_967_296, 123_456_789_012, 18_446_744_073_709_551_615]
        for m in mantissas {
            for e in -14...22 {
                for negative in [false, true] {
                    let d = Decimal(sign: negative ? .minus : .plus, exponent: e, significand: Decimal(m))
                    #expect(d.plainString == d.foundationPlainString, "\(m)e\(e) negative \(negative)")
                }
            }
        }
        for text in ["44.14", "0.3", "-0.10", "2.5e3", "1e-20", "123456789012345678901234", "7.8", "100056.33"] {
            let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
            #expect(d.plainString == d.foundationPlainString, "\(text)")
        }
        // Products and quotients, as scales and fractions make them.
        let third = Decimal(1) / Decimal(3)
        #expect(third.plainString == third.foundationPlainString)
        #expect((Decimal(string: "44.14")! * 100_000_000).plainString == "4414000000")
    }
}
