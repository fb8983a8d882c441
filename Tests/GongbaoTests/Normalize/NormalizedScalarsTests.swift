import Testing
@testable import Gongbao

/// The normalizer writes the text's scalars, offsets and sentence/clause ends in the pass that writes its bytes;
/// `DocText` takes them instead of decoding. They must be exactly what decoding the normalized bytes on their own gives
/// (`DocText(decoding:)`), on Chinese runs, folds, joins, kept whitespace, entities and bytes that are no UTF-8.
@Suite("Normalizer scalars written in its pass")
struct NormalizedScalarsTests {
    static let pieces: [[UInt8]] = [
        "全省生产总值", "1.2万亿元", "，", "。", "、", "！", "？", "；", "：", "（一）", "【注】", "<b>", "《报告》", "\u{3000}", " ",
        "\n", "\n\n", "7 4 7", "３．５％", "ＧＤＰ", "&nbsp;", "<U+00A0>", "\u{200B}", "a", "—", "人\n才", "\r\n", "é",
        "“引号”", "…", "\u{2003}", "\u{202F}", "\u{2060}", "ｚ～", "\u{FEFF}", "８ ． ８ ％", "，３ ０ ０多个", "\u{1F600}", "\t",
        "\u{0C}", "增长\n8.6%", "企业1\n26家", "中", "国", "经", "济",
    ].map { Array($0.utf8) } + [[0xE4, 0x41, 0x0A], [0xE9, 0xFF, 0x80], [0xE5], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

    /// The written scalars against the decoded ones: scalars, byte offsets, and the sentence and clause starts at
    /// every position.
    static func expectSame(_ input: [UInt8], blankLinesEndBlocks: Bool) {
        let normalized = Normalizer.normalized(bytes: input, blankLinesEndBlocks: blankLinesEndBlocks)
        let written = DocText(normalized)
        let decoded = DocText(decoding: normalized.bytes)
        #expect(written.t == decoded.t)
        #expect(Array(written.byteOffsets) == Array(decoded.byteOffsets))
        guard written.t.count == decoded.t.count else { return }
        for p in 0...written.t.count {
            #expect(written.sentenceStart(before: p) == decoded.sentenceStart(before: p))
            #expect(written.clauseStart(before: p) == decoded.clauseStart(before: p))
        }
    }

    @Test("the normalizer's scalars are those decoded from its bytes")
    func sameAsDecoded() {
        // A fixed sequence (a linear congruential generator), so a failure repeats.
        var mix = Mix(state: 0x5851_F42D_4C95_7F2D)
        func next(_ bound: Int) -> Int { mix.next(bound) }
        var withScalars = 0
        for round in 0..<400 {
            var bytes: [UInt8] = []
            // Mostly ideographs (long copied runs), some of everything else; long texts cross the 64-scalar words.
            for _ in 0..<(next(round < 300 ? 40 : 200) + 1) {
                bytes += Self.pieces[next(10) < 5 ? Self.pieces.count - 4 - 6 + next(4) : next(Self.pieces.count)]
            }
            if Normalizer.normalized(bytes: bytes).scalars != nil { withScalars += 1 }
            Self.expectSame(bytes, blankLinesEndBlocks: round % 2 == 0)
        }
        // (Invalid bytes that grow into U+FFFD past the output's room send a text the general way, without scalars.)
        #expect(withScalars > 300)
    }

    @Test("a text whose bytes change loses the scalars that described them")
    func changedBytesDropScalars() {
        var normalized = Normalizer.normalized(bytes: Array("人口增长。".utf8))
        #expect(normalized.scalars != nil)
        normalized.bytes = Array("GDP".utf8)
        #expect(normalized.scalars == nil)
        #expect(DocText(normalized).t == [0x47, 0x44, 0x50])
    }

    @Test("the empty text")
    func empty() {
        let normalized = Normalizer.normalized(bytes: [])
        #expect(DocText(normalized).t.isEmpty)
        #expect(Array(DocText(normalized).byteOffsets) == [0])
    }
}
