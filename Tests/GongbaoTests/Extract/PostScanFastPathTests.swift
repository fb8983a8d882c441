import Foundation
import Testing
@testable import Gongbao

/// The fast paths of the passes after the scan (subjects, plans, elliptic heads, years) must answer exactly as the
/// simple code they replace, on CJK text and on text with combining marks, CR LF, Latin accents and emoji.
@Suite("Post-scan fast paths")
struct PostScanFastPathTests {
    static let samples = [
        "", "收入", "一般公共预算支出", "a", "é", "e\u{301}收入", "👍支出", "占比39.9%", "\r\n占地", "\u{3000}高于全国",
        "𠀀占比", "2024-03", "????-03-24", "2016-01/10", "1799", "2200年", "0123", "2024", "2024\u{301}-03", "20２4",
        "城镇居民人均可支配收入", "か\u{3099}支", "Ω", "ꙮ", "\u{10FFFF}",
    ]

    @Test("containsScalar: the UTF-8 decoded as unicodeScalars would be")
    func containsScalar() {
        let sets: [[UInt32]] = [[0x6536, 0x652F], [0x61], [0xE9, 0x301], [0x1F44D, 0x5360], [0x10FFFF], [0x3000, 0x0D]]
        for list in sets {
            let set = ScalarSet(list)
            let bmp = list.filter { $0 < 0x10000 }
            for s in Self.samples {
                #expect(LiteralSearch.containsScalar(of: set, in: s) == s.unicodeScalars.contains { bmp.contains($0.value) })
            }
        }
    }

    @Test("firstScalar: unicodeScalars.first")
    func firstScalar() {
        for s in Self.samples {
            #expect(SimpleText.firstScalar(s) == s.unicodeScalars.first?.value)
        }
    }

    @Test("commonYear: Decimal(string:) of the first four Characters, bit for bit")
    func commonYear() {
        var values = Self.samples
        for y in stride(from: 1790, through: 2210, by: 1) { values += ["\(y)", "\(y)-03", "\(y)/10", "\(y)年"] }
        for d in values {
            guard let fast = ExtractorSupport.commonYear(d) else { continue }
            let slow = Decimal(string: String(d.prefix(4)))
            #expect(slow != nil)
            if let slow {
                #expect(withUnsafeBytes(of: fast) { Array($0) } == withUnsafeBytes(of: slow) { Array($0) })
            }
        }
        #expect(ExtractorSupport.commonYear("2024-03") != nil)
        #expect(ExtractorSupport.commonYear("1799") == nil)
        #expect(ExtractorSupport.commonYear("2024\u{301}-03") == nil)
    }
}
