import Testing
@testable import Gongbao

@Suite("BinarySniff")
struct BinarySniffTests {
    @Test("text, GB bytes and form feeds are text; NULs and control runs are binary")
    func verdicts() {
        #expect(BinarySniff.classify(Array("人才\t7.8万人\r\n\u{0C}".utf8)) == .text)
        #expect(BinarySniff.classify([0xD6, 0xD0, 0xB9, 0xFA]) == .text)
        #expect(BinarySniff.classify([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x00]) == .binary)
        #expect(BinarySniff.classify([UInt8](repeating: 0x02, count: 10) + Array("abc".utf8)) == .binary)
        #expect(BinarySniff.classify([0x37, 0x00, 0x38, 0x00]) == .utf16(bigEndian: false))
        let strayNUL = Array(String(repeating: "人才总量达7.8万人。", count: 400).utf8) + [0x00, 0x0A]
        #expect(BinarySniff.classify(strayNUL) == .text)
        #expect(BinarySniff.classify([0x00, 0x37, 0x00, 0x38]) == .utf16(bigEndian: true))
    }
}
