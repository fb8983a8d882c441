import Foundation
import Gongbao
import Testing

/// An item label opening a line (——小学。校数17所；招生3675人): the line's figures are the item's, and two items' bare
/// attributes are no one subject stated twice (same-figure-agrees).
@Suite("Item labels opening a line")
struct ItemLabelsTests {
    static let text = "2024年某县教育事业统计公报\n义务教育\n"
        + "——小学。校数21所；毕业3820人；招生3650人；在校生21870人。仪器设备值8120.50万元；图书75.30万册。\n"
        + "——初中。校数11所；毕业3510人；招生3790人；在校生10650人。仪器设备值7990.20万元；图书61.80万册。\n"

    @Test("each line's figures take its label")
    func subjectsTakeLabel() throws {
        let metrics = try Extractor().metrics(inText: Self.text, path: "a.txt")
        let subjects = Set(metrics.map(\.subject))
        #expect(subjects.contains("小学招生") && subjects.contains("初中招生"), "\(subjects)")
        #expect(subjects.contains("初中仪器设备值"), "\(subjects)")
    }

    @Test("two items' attributes are no repeated figure")
    func noSameFigure() throws {
        let found = try PipelineOnText.findings(Self.text).filter { $0.ruleID == "same-figure-agrees" }
        #expect(found.isEmpty, "\(found)")
    }
}
