import Foundation
import Gongbao
import Testing

/// Session 21's blind set 25 raised a false error on its clean text: a paragraph opening with 其中 set out the parts of
/// the paragraph before it, whose last figure was another measure of the same unit (新增…灌溉面积) — the parts belong to
/// the earlier figure whose name they share (…种植面积). Each case sits beside the fault the rule must still catch.
@Suite("False alarms of the blind set 25")
struct BlindSet25FalseAlarmTests {
    static let whole = "全年谷物种植面积9800万公顷，比上年增加50万公顷。全年新增有效灌溉面积40万公顷，新增节水灌溉面积150万公顷。\n\n"

    @Test("a 其中 paragraph's parts read back to the earlier figure whose name they share")
    func partsOfTheCloserName() throws {
        let text = Self.whole + "其中，稻谷种植面积2900万公顷，增加30万公顷；玉米种植面积4100万公顷，减少5万公顷。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "part-exceeds-total" }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a part above the nearer figure its name matches best still errs")
    func partAboveItsOwnTotal() throws {
        let text = Self.whole + "其中，喷灌节水灌溉面积190万公顷，比上年增加3万公顷。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "part-exceeds-total" && $0.severity == .error }
        #expect(!found.isEmpty, "\(found)")
    }

    @Test("a part above the earlier figure too still errs")
    func partAboveEveryTotal() throws {
        let text = Self.whole + "其中，稻谷种植面积12900万公顷，增加30万公顷。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "part-exceeds-total" && $0.severity == .error }
        #expect(!found.isEmpty, "\(found)")
    }

    @Test("inside one paragraph the 其中 link stands, whatever an earlier figure is named")
    func linkInsideParagraphStands() throws {
        let text = "全市公交运营线路长度2500公里。轨道交通运营里程739.5公里，其中地铁运营线路长度1479.0公里。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "part-exceeds-total" && $0.severity == .error }
        #expect(!found.isEmpty, "\(found)")
    }

    @Test("a headline's clauses parted by a space keep their own names, and the body's repeat is compared")
    func spacedHeadline() throws {
        let subjects = SubjectsBySurface.of("全年新增耕地灌溉面积43万公顷 新增节水灌溉面积160万公顷\n")
        #expect(subjects["43万公顷"] == "新增耕地灌溉面积", "\(subjects)")
        #expect(SubjectsBySurface.of("推动国达化工60万吨钾肥复合造粒项目。")["60万吨"] == "推动国达化工钾肥复合造粒项目")
        let text = "全年新增耕地灌溉面积43万公顷 新增节水灌溉面积160万公顷\n\n全年新增耕地灌溉面积43万公顷，新增节水灌溉面积161万公顷。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "same-figure-agrees" && $0.severity == .error }
        #expect(!found.isEmpty, "\(found)")
    }
}
