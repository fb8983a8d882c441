import Testing
@testable import Gongbao

/// The fast pass takes whole stretches of ordinary Chinese text in one call (`Normalizer.copyPlain`: runs of
/// ideographs and punctuation, ，folded, the digits of 2023年, an OCR line end before an ideograph dropped); each of
/// its steps must be the one the general path takes, byte for byte and offset for offset, with heading breaks kept.
@Suite("Normalizer plain stretches")
struct NormalizerPlainRunTests {
    static let pieces: [String] = [
        "中", "国", "经", "济", "发展", "。", "，", "、", "：", "；", "（", "）", "“", "”", "2023", "5.2", "%", "年",
        "\n", "\n", "\n\n", " ", "  ", "\u{3000}", "３", "．", "％", "ＧＤＰ", "<", "&nbsp;", "&", "a", "—", "\r\n",
        "\t", "7 4 7", "８ ． ８", "\u{200B}", "é", "\u{FF5F}", "〇", "…", "一、", "\u{2003}",
    ]

    @Test("the fast pass = the general path on mixed Chinese text, line ends kept or not")
    func agreesWithGeneral() {
        var mix = Mix(state: 0x1234_5678_9ABC_DEF1)
        // A fixed sequence (a linear congruential generator), so a failure repeats.
        func next(_ bound: Int) -> Int { mix.next(bound) }
        for round in 0..<600 {
            var text = ""
            for _ in 0..<(next(60) + 1) {
                // Mostly ideographs, so that runs are long and end in all the ways a text ends them.
                text += next(10) < 5 ? Self.pieces[next(5)] : Self.pieces[next(Self.pieces.count)]
            }
            let bytes = Array(text.utf8)
            // Some line feeds kept (heading ends), as the plain-text normalizer is given them.
            let feeds = bytes.indices.filter { bytes[$0] == 0x0A }
            let kept = feeds.filter { _ in next(3) == 0 }
            let blank = round % 2 == 0
            let fast = Normalizer.normalized(bytes: bytes, blankLinesEndBlocks: blank, keptBreaks: kept)
            let general = Normalizer.normalizedGeneral(bytes: bytes, blankLinesEndBlocks: blank, keptBreaks: kept)
            #expect(fast.bytes == general.bytes, "\(text)")
            #expect(fast.contentOffsets == general.contentOffsets, "\(text)")
            if round % 8 == 0 { NormalizedScalarsTests.expectSame(bytes, blankLinesEndBlocks: blank) }
        }
    }
}
