import Testing
@testable import Gongbao

/// `BinarySniff.classify` skips sixteen, then eight bytes at a time and jumps to the first control byte: the same verdict as
/// counting byte by byte.
@Suite("BinarySniff fast path")
struct BinarySniffFastPathTests {
    static func naive(_ bytes: [UInt8]) -> BinarySniff.Verdict {
        let n = bytes.count, sample = BinarySniff.sampleBytes
        var ranges = [0..<min(n, sample)]
        if n > 4 * sample { ranges.append(n / 2..<(n / 2 + sample)) }
        var nulEven = 0, nulOdd = 0, control = 0, total = 0
        for r in ranges {
            for i in r {
                let b = bytes[i]
                total += 1
                if b == 0 { if i & 1 == 0 { nulEven += 1 } else { nulOdd += 1 } }
                else if b < 0x20 { if ![0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains(b) { control += 1 } }
                else if b == 0x7F { control += 1 }
            }
        }
        let nul = nulEven + nulOdd
        if nul > 0 {
            if n % 2 == 0, nul * 8 >= total, nulEven == 0 || nulOdd == 0, control * 20 <= total {
                return .utf16(bigEndian: nulEven > 0)
            }
            if nul >= 3 || nul * 1000 > total { return .binary }
        }
        return Double(control) > BinarySniff.controlShare * Double(max(total, 1)) ? .binary : .text
    }

    @Test("random mixes of text, line feeds, control bytes, DEL and NULs")
    func agrees() {
        var mix = Mix(state: 0x0DDC_0FFE_EBAD_F00D)
        func next(_ n: Int) -> Int { mix.next(n) }
        let pool: [[UInt8]] = [Array("人才".utf8), Array("7.8万".utf8), [0x0A], [0x0D, 0x0A], [0x09], [0x01], [0x7F], [0x00],
                               [0x1B], [0x20], Array("abc".utf8), [0x37, 0x00]]
        for round in 0..<400 {
            var b: [UInt8] = []
            let pieces = round < 300 ? next(60) : 9000 + next(30000)
            let plain = round % 3 == 0
            for _ in 0..<pieces { b += pool[plain ? next(4) : next(pool.count)] }
            #expect(BinarySniff.classify(b) == Self.naive(b))
        }
    }
}
