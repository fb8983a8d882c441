import Foundation
import Gongbao
import Testing

/// An education bulletin gives its counts for all schools and again for each stage of schooling: the sentences'
/// stages differ, so the bare 专任教师 of each are two figures.
@Suite("Stages of schooling")
struct SchoolingStageTests {
    static func errors(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == "same-figure-agrees" && $0.severity == .error }
    }

    @Test("all schools and one stage: two figures")
    func stages() throws {
        let text = "一、综合\n全市共有各级各类学校812所，各级各类学历教育在校生51.2万人，专任教师3.62万人。\n"
            + "二、义务教育\n全市共有义务教育阶段学校402所。义务教育阶段招生6.1万人，在校生35.4万人，专任教师2.41万人。\n"
        let found = try Self.errors(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a bulletin in traditional script: its sentences' stages are read too")
    func traditional() throws {
        let text = "這個國家經濟發展報告\n一、綜合\n全市共有各級各類學校812所，各級各類學歷教育在校生51.2萬人，專任教師3.62萬人。\n"
            + "二、義務教育\n全市共有義務教育階段學校402所。義務教育階段招生6.1萬人，在校生35.4萬人，專任教師2.41萬人。\n"
        let found = try Self.errors(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("one stage stated twice with two values is still reported")
    func sameStage() throws {
        let text = "一、综合\n义务教育阶段在校生35.4万人，专任教师2.41万人。\n"
            + "二、义务教育\n全市义务教育阶段招生6.1万人，在校生35.4万人，专任教师2.47万人。\n"
        #expect(try !Self.errors(text).isEmpty)
    }
}
