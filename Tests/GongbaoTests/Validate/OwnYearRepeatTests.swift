import Foundation
import Gongbao
import Testing

/// same-figure-agrees and a figure under 全年 in a bulletin of a known year beside the same subject dated another year
/// (a census revision of the year before, quoted in a note).
@Suite("Repeats of the document's own year and another")
struct OwnYearRepeatTests {
    static func errors(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == "same-figure-agrees" && $0.severity == .error }
    }

    @Test("全年 of a 2024 bulletin and the 2023 census figure are two figures")
    func censusYear() throws {
        let text = "某县2024年国民经济和社会发展统计公报\n"
            + "初步核算，全年全县生产总值228.40亿元，增长5.6%。其中：第一产业增加值40.12亿元；第二产业增加值61.35亿元。\n"
            + "2023年全国第五次经济普查结果：生产总值214.90亿元，其中：第一产业增加值38.75亿元；第二产业增加值57.02亿元。\n"
        let found = try Self.errors(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("全年 stated twice in one bulletin with two values is still reported")
    func sameYear() throws {
        let text = "某县2024年国民经济和社会发展统计公报\n"
            + "初步核算，全年全县生产总值228.40亿元，增长5.6%。\n"
            + "各乡镇情况略。\n"
            + "2024年全县生产总值238.40亿元。\n"
        #expect(try !Self.errors(text).isEmpty)
    }
}
