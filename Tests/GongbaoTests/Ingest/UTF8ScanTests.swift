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
}
