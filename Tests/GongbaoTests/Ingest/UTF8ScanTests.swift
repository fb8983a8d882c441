import Testing
@testable import Gongbao

@Suite("UTF8Scan")
struct UTF8ScanTests {
    @Test("valid text: multi-byte sequences counted, nothing invalid")
    func valid() {
        let scan = UTF8Scan(Array("abcdefghij人才7.8万人😀".utf8))
        #expect(scan.isValid)
        #expect(scan.multiByteSequences == 5)
    }

    @Test("overlongs, surrogates, truncated sequences and stray bytes are invalid")
    func invalid() {
        #expect(!UTF8Scan([0xC0, 0xAF]).isValid)
        #expect(!UTF8Scan([0xED, 0xA0, 0x80]).isValid)
        #expect(!UTF8Scan([0xF4, 0x90, 0x80, 0x80]).isValid)
        #expect(!UTF8Scan([0x41, 0xE4, 0xB8]).isValid)
        let gbk: [UInt8] = [0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0xD6, 0xD0]  // "12345678中" in GBK
        let scan = UTF8Scan(gbk)
        #expect(scan.firstInvalidOffset == 8)
        #expect(scan.multiByteSequences == 0)
    }

    @Test("a scan told the ratio gives up on GB bytes early, and never on (mostly) UTF-8")
    func givesUpEarly() throws {
        let gbk = try IngestFixture.document("gbk.html").bytes
        let early = UTF8Scan(gbk, givingUpBelow: TextDecoding.mostlyUTF8Ratio)
        #expect(!early.isComplete)
        #expect(early.invalidSequences * TextDecoding.mostlyUTF8Ratio > early.multiByteSequences)
        let utf8 = Array(String(repeating: "人才总量达7.8万人。", count: 40).utf8) + [0xFF]
        let full = UTF8Scan(utf8, givingUpBelow: TextDecoding.mostlyUTF8Ratio)
        #expect(full.isComplete)
        #expect(full == UTF8Scan(utf8))
    }

    /// The scan one sequence at a time, no fast path: what the word-at-a-time paths must agree with.
    private func reference(_ bytes: [UInt8]) -> UTF8Scan {
        bytes.withUnsafeBufferPointer { p in
            var multi = 0, invalid = 0, first: Int?
            var i = 0
            while i < p.count {
                if p[i] < 0x80 { i += 1; continue }
                let length = UTF8Scan.sequenceLength(p.baseAddress!, i, p.count)
                if length > 0 { multi += 1; i += length } else { invalid += 1; first = first ?? i; i += 1 }
            }
            return UTF8Scan(multiByteSequences: multi, invalidSequences: invalid, firstInvalidOffset: first)
        }
    }

    @Test("runs of Chinese text read eight bytes at a time count as one sequence at a time does")
    func wordsAgree() {
        let pieces: [[UInt8]] = [Array("人才总量".utf8), Array("，".utf8), Array("7.8".utf8), [0xE0, 0xA4, 0x85],
                                 [0xE0, 0x80, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xE4, 0x41, 0x80],
                                 [0xF0, 0x9F, 0x98, 0x80], [0xC3, 0xA9], [0xFF], Array("《报告》".utf8), [0xEF, 0xBF, 0xBD]]
        var seed: UInt64 = 12345
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(seed % 13) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                bytes += pieces[Int((seed >> 33) % UInt64(pieces.count))]
            }
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            #expect(UTF8Scan(bytes) == reference(bytes), "\(bytes)")
        }
    }
}
