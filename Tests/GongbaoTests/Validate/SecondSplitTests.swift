import Foundation
import Gongbao
import Testing

/// A second 其中 list after the parts of one total splits that total again (城镇/乡村, then 男性/女性); the
/// extractor links it to the last part before it. parts-add-up and share-agrees take the total above when the
/// values fit it, and still report parts that fit no total.
@Suite("Second split of a total")
struct SecondSplitTests {
    static func errors(_ text: String, _ rule: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == rule && $0.severity == .error }
    }

    static let table = "表3 2022年末全镇户籍人口及构成\n指标 | 年末数(人) | 比重(%) |\n全镇户籍人口 | 40000 | 100 |\n"
        + "其中:城镇 | 12000 | 30.00 |\n乡村 | 28000 | 70.00 |\n其中:男性 | 20600 | 51.50 |\n女性 | 19400 | 48.50 |\n"

    @Test("table rows of a second split add up to the table's total: no error")
    func tableRows() throws {
        #expect(try Self.errors(Self.table, "parts-add-up").isEmpty)
        #expect(try Self.errors(Self.table, "share-agrees").isEmpty)
    }

    @Test("prose: a second 其中 sentence splitting the population again")
    func prose() throws {
        let text = "年末户籍人口8000人，其中城镇人口3000人，乡村人口5000人。其中男性4100人，女性3900人。\n"
        #expect(try Self.errors(text, "parts-add-up").isEmpty)
    }

    @Test("a second split that fits no total is still reported")
    func wrongSplit() throws {
        let text = "年末户籍人口8000人，其中城镇人口3000人，乡村人口5000人。其中男性4100人，女性3700人。\n"
        #expect(try !Self.errors(text, "parts-add-up").isEmpty)
        let table = Self.table.replacingOccurrences(of: "其中:男性 | 20600 | 51.50 |", with: "其中:男性 | 20600 | 61.50 |")
        #expect(try !Self.errors(table, "share-agrees").isEmpty)
    }
}
