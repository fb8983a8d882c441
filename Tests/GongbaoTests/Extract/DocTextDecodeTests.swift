import Testing
@testable import Gongbao

/// DocText decodes runs of ideographs two at a time from 64-bit loads; the scalars, offsets and boundaries must be
/// those of the plain decoder on text with long ideograph runs (which random bytes seldom make), punctuation, ASCII
/// and bytes that are no UTF-8.
@Suite("DocText decoding of long ideograph runs")
struct DocTextDecodeTests {
    static let pieces: [[UInt8]] = [
        Array("中".utf8), Array("国".utf8), Array("一".utf8), Array("鿿".utf8), Array("䀀".utf8),
        Array("。".utf8), Array("，".utf8), Array("、".utf8), Array("“".utf8), Array("a".utf8), Array("5".utf8),
        Array("\n".utf8), Array(",".utf8), [0xE4, 0x41, 0x0A], [0xE9, 0xFF, 0x80], [0xE5], [0x80], Array("𠀀".utf8),
        Array("é".utf8), Array("ꀀ".utf8), Array("ࠀ".utf8),
    ]

    /// The plain decoder (one scalar at a time, anything after a lead taken as it is).
    static func plain(_ bytes: [UInt8]) -> ([UInt32], [Int32]) {
        var t: [UInt32] = [], offs: [Int32] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = UInt32(bytes[i])
            offs.append(Int32(i))
            if b0 < 0x80 { t.append(b0); i += 1 }
            else if b0 < 0xE0, i + 1 < n { t.append(((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F)); i += 2 }
            else if b0 < 0xF0, i + 2 < n {
                t.append(((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F)); i += 3
            } else if i + 3 < n {
                t.append(((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F)); i += 4
            } else { t.append(0xFFFD); i += 1 }
        }
        offs.append(Int32(n))
        return (t, offs)
    }

    @Test("ideographs in pairs: the scalars, offsets and clause starts of the plain decoder")
    func sameAsPlain() {
        // A fixed sequence (a linear congruential generator), so a failure repeats.
        var mix = Mix(state: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { mix.next(bound) }
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            // Mostly ideographs, so that runs are long enough for the wide loads.
            for _ in 0..<(next(40) + 1) {
                bytes += Self.pieces[next(10) < 7 ? next(5) : next(Self.pieces.count)]
            }
            Self.expectPlain(bytes)
        }
    }

    /// DocText over `bytes` against the plain decoder: scalars, byte offsets, and the sentence and clause starts a
    /// walk back finds at every position.
    static func expectPlain(_ bytes: [UInt8]) {
        let text = DocText(unnormalized: bytes)
        let (t, offs) = plain(bytes)
        #expect(text.t == t)
        #expect(text.byteOffsets == offs)
        for p in 0...t.count {
            var c = p
            while c > 0, !text.isClauseEnd(t[c - 1]) { c -= 1 }
            var j = p
            while j > 0, !text.isSentenceEnd(t[j - 1]) { j -= 1 }
            #expect(text.clauseStart(before: p) == c)
            #expect(text.sentenceStart(before: p) == j)
        }
    }
}
