import Testing
@testable import Gongbao

/// UTF8Scan checks runs of ideographs five at a time from 16-byte loads; its counts must be those of a scan one
/// sequence at a time (`sequenceLength` at every offset), on text with long ideograph runs and broken sequences.
@Suite("UTF8Scan wide loads")
struct UTF8ScanWideTests {
    static let pieces: [[UInt8]] = [
        Array("中".utf8), Array("国".utf8), Array("一".utf8), Array("鿿".utf8), Array("䀀".utf8),
        Array("。".utf8), Array("a".utf8), Array("5".utf8), Array("\n".utf8), [0xE4, 0xB8], [0xE5, 0x41, 0x80],
        [0xE9, 0xFF, 0x80], [0x80], [0xFF], Array("𠀀".utf8), Array("é".utf8), Array("ꀀ".utf8), Array("ࠀ".utf8),
        [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], Array("\u{FFFD}".utf8),
    ]

    /// One sequence at a time.
    static func plain(_ bytes: [UInt8]) -> (multi: Int, invalid: Int, first: Int?) {
        var multi = 0, invalid = 0, first: Int? = nil
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                if b[i] < 0x80 { i += 1; continue }
                let length = UTF8Scan.sequenceLength(b.baseAddress!, i, b.count)
                if length > 0 { multi += 1; i += length } else { invalid += 1; if first == nil { first = i }; i += 1 }
            }
        }
        return (multi, invalid, first)
    }

    @Test("five ideographs per load: the counts of the scan one sequence at a time")
    func sameAsPlain() {
        // A fixed sequence (a linear congruential generator), so a failure repeats.
        var mix = Mix(state: 0x5851_F42D_4C95_7F2D)
        func next(_ bound: Int) -> Int { mix.next(bound) }
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<(next(50) + 1) {
                bytes += Self.pieces[next(10) < 7 ? next(5) : next(Self.pieces.count)]
            }
            let scan = UTF8Scan(bytes)
            let ref = Self.plain(bytes)
            #expect(scan.multiByteSequences == ref.multi)
            #expect(scan.invalidSequences == ref.invalid)
            #expect(scan.firstInvalidOffset == ref.first)
            #expect(scan.isComplete)
        }
    }

    @Test("markup between the pieces (ASCII read 32 bytes at a time): the counts of the scan one sequence at a time")
    func markupSameAsPlain() {
        var mix = Mix(state: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { mix.next(bound) }
        let markup = Array("<p class=\"text\" style=\"font-size:14px\">".utf8)
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<(next(30) + 1) {
                bytes += next(2) == 0 ? Array(markup.prefix(next(markup.count) + 1))
                    : Self.pieces[next(10) < 7 ? next(5) : next(Self.pieces.count)]
            }
            let scan = UTF8Scan(bytes)
            let ref = Self.plain(bytes)
            #expect(scan.multiByteSequences == ref.multi)
            #expect(scan.invalidSequences == ref.invalid)
            #expect(scan.firstInvalidOffset == ref.first)
        }
    }
}
