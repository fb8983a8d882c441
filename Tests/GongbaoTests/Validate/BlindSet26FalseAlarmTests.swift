import Foundation
import Gongbao
import Testing

/// Session 21's blind set 26: a 2020 holiday story compared its figure with 2019's (全国共接待国内游客4.25亿人次 … 2019年
/// 国庆假期前4日全国共接待国内游客5.42亿人次) and the two were read as one figure stated twice; and a 这其中 list opening a
/// sentence was linked to no total. Each case sits beside the fault its rule must still catch.
@Suite("False alarms and misses of the blind set 26")
struct BlindSet26FalseAlarmTests {
    @Test("a figure dated a year before the document's is no restatement of the document's own")
    func earlierYearCited() throws {
        let text = "2020年国庆假期旅游情况\n\n10月1日至4日，全国共接待国内游客4.25亿人次，实现旅游收入3120.2亿元。\n\n据测算，2019年国庆假期前4日全国共接待国内游客5.42亿人次。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "same-figure-agrees" }
        #expect(found.isEmpty, "\(found)")
        let restated = "2020年国庆假期旅游情况\n\n10月1日至4日，全国共接待国内游客4.25亿人次。\n\n假期前4日，全国共接待国内游客5.42亿人次。\n"
        let wrong = try PipelineOnText.findings(restated).filter { $0.ruleID == "same-figure-agrees" && $0.severity == .error }
        #expect(!wrong.isEmpty, "\(wrong)")
    }

    @Test("这其中 opening a sentence sets out the parts of the figure before it")
    func zheQizhong() throws {
        let text = "2020年末，卫生技术人员1067.8万人。这其中，执业(助理)医师2135.6万人，注册护士470.9万人。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "part-exceeds-total" && $0.severity == .error }
        #expect(!found.isEmpty, "\(found)")
        let fits = "2020年末，卫生技术人员1067.8万人。这其中，执业(助理)医师408.6万人，注册护士470.9万人。\n"
        #expect(try PipelineOnText.findings(fits).filter { $0.ruleID == "part-exceeds-total" }.isEmpty)
    }
}
