import Testing
@testable import Gongbao

/// `String(validUTF8:)` copies bytes known to be valid without checking them again: the String must hold the same
/// bytes, compare and hash alike, and carry the ASCII flag validation would give. DocText uses it only for bytes it
/// knows valid; bytes of unknown origin are checked once and, when ill-formed, repaired as before.
@Suite("Strings from valid UTF-8")
struct ValidUTF8StringTests {
    static let samples = [
        "", "a", "7.8万人", "人才资源总量", "地区生产总值增长率ABCDEFGH", "abcdefghijklmnopqrstuvwxyz0123456789",
        "e\u{301}收入\u{3000}支出\u{200D}，か\u{3099}", "😀𠀀 mixed 全年", String(repeating: "教育", count: 300),
    ]

    @Test("same bytes, equality, hash and ASCII flag as String(decoding:)")
    func sameAsDecoding() {
        for s in Self.samples {
            let bytes = Array(s.utf8)
            for lo in 0...bytes.count {
                for hi in lo...min(bytes.count, lo + 40) {
                    let slice = Array(bytes[lo..<hi])
                    guard let reference = String(validating: slice, as: UTF8.self) else { continue }
                    let fast = slice.withUnsafeBufferPointer { String(validUTF8: $0) }
                    #expect(fast.utf8.elementsEqual(reference.utf8))
                    #expect(fast == reference)
                    #expect(fast.hashValue == reference.hashValue)
                    #expect(fast.count == reference.count)
                    #expect(slice.withUnsafeBufferPointer { String.isASCII($0) } == slice.allSatisfy { $0 < 0x80 })
                    let built = String.validUTF8(capacity: slice.count) { out in
                        for (i, b) in slice.enumerated() { out[i] = b }
                        return slice.count
                    }
                    #expect(built == reference && built.utf8.elementsEqual(reference.utf8))
                }
            }
        }
    }

    @Test("compactString drops spaces, line feeds and tabs wherever they fall (the word steps and the last word)")
    func compactRandom() {
        let pieces = ["人", "才", " ", "\n", "\t", "\r", "7", ".", "万", "a", "!", "，", "😀"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<60 {
            let s = (0..<Int.random(in: 0..<30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let text = DocText(unnormalized: s)
            for lo in 0...text.count {
                for hi in lo...text.count {
                    guard let (a, z) = text.byteRange(lo..<hi) else { continue }
                    let kept = text.bytes[a..<z].filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
                    #expect(text.compactString(lo..<hi).utf8.elementsEqual(kept), "\(s) \(lo)..<\(hi)")
                }
            }
        }
    }

    @Test("DocText from ill-formed bytes checks them and repairs its strings; from well-formed ones it trusts them")
    func docTextChecks() {
        let bad: [UInt8] = Array("收入 421.9亿元".utf8) + [0xE4, 0xBD] + Array("，支出\n300亿元".utf8) + [0xFF, 0x41]
        let text = DocText(decoding: bad)
        #expect(!text.bytesAreValid)
        #expect(DocText(decoding: Array("收入421.9亿元".utf8)).bytesAreValid)
        for lo in 0...text.count {
            for hi in lo...text.count {
                guard let (a, z) = text.byteRange(lo..<hi) else { continue }
                let reference = String(decoding: bad[a..<z], as: UTF8.self)
                #expect(text.string(lo..<hi) == reference)
                let kept = bad[a..<z].filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
                #expect(text.compactString(lo..<hi).utf8.elementsEqual(String(decoding: kept, as: UTF8.self).utf8))
            }
        }
    }

    @Test("a text the normalizer checked is trusted; an unchecked one is not, and its strings are String(decoding:)'s")
    func normalizedRanges() {
        // (Unchecked input keeps an encoded surrogate, ED A0 80, as U+D800; F4 90 80 80 is past U+10FFFF.)
        let inputs: [[UInt8]] = [
            [0xE4, 0xBD, 0x41, 0xFF], Array("人才 资源\n总量".utf8) + [0xC0, 0x80, 0xED, 0xA0, 0x80] + Array("增长 3%".utf8),
            Array("全年 7.8万人".utf8) + [0xF4, 0x90, 0x80, 0x80, 0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x82] + Array(" 教育".utf8),
        ]
        for input in inputs {
            let content = ContentText(bytes: input, sourceOffsets: (0...input.count).map(Int32.init))
            let normalized = Normalizer.normalized(content)
            #expect(normalized.scalars != nil)
            let text = DocText(normalized)
            #expect(!text.bytesAreValid)
            #expect(Normalizer.normalizedIfValidUTF8(content) == nil)
            for lo in 0...text.count {
                for hi in lo...text.count {
                    guard let (a, z) = text.byteRange(lo..<hi) else { continue }
                    let slice = Array(text.bytes[a..<z])
                    #expect(text.string(lo..<hi).utf8.elementsEqual(String(decoding: slice, as: UTF8.self).utf8))
                    let kept = slice.filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
                    #expect(text.compactString(lo..<hi).utf8.elementsEqual(String(decoding: kept, as: UTF8.self).utf8))
                }
            }
        }
        let good = Array("全年 7.8万人，增长\n3%（😀）".utf8)
        let content = ContentText(bytes: good, sourceOffsets: (0...good.count).map(Int32.init))
        let checked = Normalizer.normalizedIfValidUTF8(content)
        #expect(checked?.scalars?.bytesAreValidUTF8 == true)
        if let checked {
            let text = DocText(checked)
            #expect(text.bytesAreValid)
            for lo in 0...text.count {
                for hi in lo...text.count {
                    guard let (a, z) = text.byteRange(lo..<hi) else { continue }
                    let slice = Array(text.bytes[a..<z])
                    #expect(text.string(lo..<hi) == String(decoding: slice, as: UTF8.self))
                    let kept = slice.filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
                    #expect(text.compactString(lo..<hi) == String(decoding: kept, as: UTF8.self))
                }
            }
        }
    }
}
