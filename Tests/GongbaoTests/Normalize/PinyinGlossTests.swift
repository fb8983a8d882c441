import Testing
@testable import Gongbao

/// Pinyin glosses after characters (統(tǒng)計(jì)局) are dropped by both normalizer paths; brackets that are no gloss stay.
@Suite("Normalizer, pinyin glosses")
struct PinyinGlossTests {
    static let extractor = try! Extractor()

    static func both(_ s: String) -> (fast: NormalizedText, general: NormalizedText) {
        (Normalizer.normalized(bytes: Array(s.utf8)), Normalizer.normalizedGeneral(bytes: Array(s.utf8)))
    }

    @Test("a toned syllable in brackets after an ideograph is dropped, in ( ) or （ ）, on both paths", arguments: [
        ("湖南省統(tǒng)計(jì)局數(shù)據(jù)", "湖南省統計局數據"),
        ("總量26113 萬(wàn)立方米", "總量26113萬立方米"),
        ("產（chǎn）業", "產業"),
        ("綠(lǜ)色", "綠色"),
        ("增長(zhǎng)24%", "增長24%"),
    ])
    func dropped(text: String, expected: String) {
        let (fast, general) = Self.both(text)
        #expect(String(decoding: fast.bytes, as: UTF8.self) == expected)
        #expect(fast.bytes == general.bytes)
        #expect(fast.contentOffsets == general.contentOffsets)
    }

    @Test("no tone mark, no ideograph before it, more than one syllable's letters, or not closed: kept", arguments: [
        "面积(km)", "编号(a)", "2023(nián)", "统计(tongji)", "统计(tǒngjìjúshùjù)", "统(tǒng", "统(TǑNG)",
    ])
    func kept(text: String) {
        let (fast, general) = Self.both(text)
        #expect(String(decoding: fast.bytes, as: UTF8.self) == text)
        #expect(fast.bytes == general.bytes)
    }

    @Test("the text after a gloss still traces to its own bytes")
    func offsetsAfterGloss() {
        let text = "統(tǒng)計"
        let fast = Normalizer.normalized(bytes: Array(text.utf8))
        // 計 is the fourth output byte; in the source it follows 統 (3 bytes) and (tǒng) (7 bytes).
        #expect(fast.contentOffsets[3] == 10)
    }

    @Test("a glossed unit and subject read as if unglossed")
    func extracted() {
        let m = Self.extractor.metrics(inText: "全市總用水量26113 萬(wàn)立方米。", path: "gloss.txt")
        #expect(m.count == 1)
        #expect(m.first?.value == 261_130_000)
        #expect(m.first?.unit == "立方米")
        #expect(m.first?.surface == "26113 萬(wàn)立方米")
    }
}
