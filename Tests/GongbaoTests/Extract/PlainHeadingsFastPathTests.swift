import Testing
@testable import Gongbao

/// `PlainHeadings` reads candidate lines in their bytes: the 16-byte vector skip of `MarkBytes.occur` answers as
/// the byte-by-byte reference, and the direct decoding of `scalars` as Swift's decoder, for lines of every length
/// around the vector width, marks at every position (a three-byte mark across a block's end), bytes that share a
/// mark's lead (（ EF BC 88, 《 E3 80 8A) and ill-formed bytes.
@Suite("Plain heading lines read as bytes")
struct PlainHeadingsFastPathTests {
    static let pool: [[UInt8]] = ["经", "济", "，", "。", "、", "（", "《", "：", "a", "7", ",", " ", "é", "𠀀", "；", "!"]
        .map { Array($0.utf8) } + [[0xFF], [0xE3, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xC0, 0xAF]]

    @Test("random lines of 0 to 70 pieces, every window, both mark sets")
    func agrees() {
        var mix = Mix(state: 0x5EED_0000_9EAD_0012)
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            // (Mostly ideographs, as a report's lines are, with a mark or an odd byte now and then.)
            for _ in 0..<(round % 71) {
                let pick = mix.next(4) == 0 ? mix.next(PlainHeadingsFastPathTests.pool.count) : mix.next(2)
                bytes += PlainHeadingsFastPathTests.pool[pick]
            }
            let lo = bytes.isEmpty ? 0 : mix.next(min(bytes.count, 5))
            let hi = max(lo, bytes.count - (bytes.isEmpty ? 0 : mix.next(min(bytes.count - lo, 4) + 1)))
            for marks in [PlainHeadings.clauseMarkBytes, PlainHeadings.sentenceMarkBytes] {
                #expect(marks.occur(in: bytes, lo, hi) == marks.occurReference(in: bytes, lo, hi), "\(bytes) \(lo)..<\(hi)")
            }
            #expect(PlainHeadings.scalars(bytes, lo, hi) == PlainHeadings.scalarsReference(bytes, lo, hi), "\(bytes)")
        }
    }

    @Test("a mark found at every offset of a long line, and none in a line of ideographs")
    func everyOffset() {
        let ideograph = Array("经".utf8)
        for count in 1...40 {
            for at in 0..<count {
                var bytes: [UInt8] = []
                for k in 0..<count { bytes += k == at ? Array("，".utf8) : ideograph }
                #expect(PlainHeadings.clauseMarkBytes.occur(in: bytes, 0, bytes.count))
                #expect(!PlainHeadings.sentenceMarkBytes.occur(in: bytes, 0, bytes.count))
                // (The mark cut by the window's end is no mark.)
                let cut = 3 * at + 2
                #expect(!PlainHeadings.clauseMarkBytes.occur(in: bytes, 0, cut))
            }
        }
    }
}
