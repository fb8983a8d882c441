import Testing
import Gongbao

@Suite("Extraction")
struct ExtractionTests {
    static let extractor = try! Extractor()

    @Test("the period comes from the title lines", arguments: [
        ("2024年4月份全国居民消费价格同比上涨0.3%\n正文", "2024-04"),
        ("德清县2016年1—10月固定资产投资情况\n正文", "2016-01/10"),
        ("2025年营口市国民经济和社会发展统计公报\n正文", "2025"),
    ])
    func period(_ input: String, _ expected: String) {
        #expect(Self.extractor.extraction(inText: input).period == expected)
    }

    @Test("a number too long to be a figure becomes a note, not a metric")
    func longNumber() {
        let digits = String(repeating: "7", count: 400)
        let ex = Self.extractor.extraction(inText: "编号\(digits)人")
        #expect(ex.metrics.isEmpty)
        #expect(ex.notes.count == 1)
        #expect(ex.notes.first?.message.hasPrefix("not a figure: number too long") == true)
        #expect(ex.notes.first?.location.column == 3)
    }

    @Test("locations point at the figure in the original text, line and column")
    func locations() {
        let m = Self.extractor.metrics(inText: "第一行\n源 7.8万人。", path: "a.txt").filter(\.kind.isQuantity)
        #expect(m.first?.location == SourceLocation(path: "a.txt", line: 2, column: 3))
        #expect(m.first?.surface == "7.8万人")
    }

    @Test("3月24日 takes the year from its sentence")
    func inferredYear() {
        let m = Self.extractor.metrics(inText: "3月 24日，2023年首场活动举行。")
        #expect(m.first?.dateValue == "2023-03-24")
    }
}
