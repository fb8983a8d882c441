import Testing
@testable import Gongbao

/// The single fast pass and the general path must normalize valid text the same way, byte for byte and
/// offset for offset (the fast pass copies runs of CJK characters and punctuation without the reader).
@Suite("Normalizer fast pass")
struct NormalizerFastPathTests {
    @Test("fast pass = general path on CJK runs, punctuation, spaces and full-width forms")
    func agreesWithGeneral() {
        let pieces = ["全省生产总值", "1.2万亿元", "，", "。", "、", "《报告》", "\u{3000}", " ", "\n", "7 4 7", "３．５％",
                      "増", "ＧＤＰ", "&nbsp;", "<U+00A0>", "\u{200B}", "a", "（一）", "—", "人\n才", "〇", "\r\n", "é",
                      "“引号”", "…", "\u{2028}", "\u{2003}", "\u{200A}", "\u{200D}", "\u{202F}", "\u{205F}", "\u{2060}",
                      "\u{2061}", "ｚ～", "＜ｐ＞", "＆", "\u{FF5F}", "\u{FEFF}", "８ ． ８ ％", "，３ ０ ０多个", "꙲", "\u{1F600}"]
        var texts: [String] = pieces
        for (k, a) in pieces.enumerated() {
            texts.append(a + pieces[(k * 7 + 3) % pieces.count] + pieces[(k * 5 + 1) % pieces.count] + a)
        }
        texts.append(pieces.joined())
        texts.append(pieces.reversed().joined(separator: "\u{3000}"))
        for text in texts {
            let bytes = Array(text.utf8)
            let fast = Normalizer.normalized(bytes: bytes)
            let general = Normalizer.normalizedGeneral(bytes: bytes)
            #expect(fast.bytes == general.bytes, "\(text)")
            #expect(fast.contentOffsets == general.contentOffsets, "\(text)")
        }
    }
}
