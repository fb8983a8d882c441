import Foundation
import Gongbao
import Testing

/// same-figure-agrees and sentences that open with a count of what their later figures are of: a bulletin's
/// education paragraph says 毕业生 after every kind of school (高等学校…所，毕业生…; 普通中学…所，…毕业生…).
@Suite("Repeats under two sentence topics")
struct SentenceTopicRepeatTests {
    static func repeats(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings("2025年某市国民经济和社会发展统计公报\n" + text).filter { $0.ruleID == "same-figure-agrees" }
    }

    @Test("graduates of two kinds of school, in two paragraphs, are two figures")
    func twoSchools() throws {
        let text = "年末共有高等学校12所（其中普通高校10所，成人高校2所），毕业生8.4万人，招生9.1万人，在校生30.2万人。\n"
            + "普通中学215所，招生10.3万人，在校生31.0万人，毕业生8.6万人。小学690所，招生6.2万人，在校生40.5万人，毕业生7.1万人。\n"
        let found = try Self.repeats(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("one kind of school stated twice with two figures is still reported")
    func oneSchool() throws {
        let text = "普通中学215所，招生10.3万人，在校生31.0万人，毕业生8.6万人。\n"
            + "全年普通中学毕业生8.6万人。\n"
            + "普通中学215所，在校生31.0万人，毕业生8.9万人。\n"
        let found = try Self.repeats(text)
        #expect(!found.isEmpty)
    }
}
