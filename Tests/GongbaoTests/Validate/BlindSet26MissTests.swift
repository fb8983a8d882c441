import Foundation
import Gongbao
import Testing

/// Session 21's blind set 26: a 这其中 list opening a sentence (a health bulletin's 卫生技术人员…。这其中，执业(助理)医师…) was
/// linked to no total, so a part planted above it went unseen. The fault sits beside the clean text.
@Suite("Misses of the blind set 26")
struct BlindSet26MissTests {
    @Test("这其中 opening a sentence sets out the parts of the figure before it")
    func zheQizhong() throws {
        let text = "2020年末，卫生技术人员1067.8万人。这其中，执业(助理)医师2135.6万人，注册护士470.9万人。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "part-exceeds-total" && $0.severity == .error }
        #expect(!found.isEmpty, "\(found)")
        let fits = "2020年末，卫生技术人员1067.8万人。这其中，执业(助理)医师408.6万人，注册护士470.9万人。\n"
        #expect(try PipelineOnText.findings(fits).filter { $0.ruleID == "part-exceeds-total" }.isEmpty)
    }
}
