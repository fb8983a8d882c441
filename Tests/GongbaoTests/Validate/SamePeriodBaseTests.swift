import Foundation
import Gongbao
import Testing

/// Figures whose subject is only a comparison period (去年同期为增加…) name no subject: two of them are never
/// one change stated twice.
@Suite("Changes of the period before")
struct SamePeriodBaseTests {
    @Test("去年同期 of two different items is not one change")
    func twoItems() throws {
        let text = "3月末，全市住户存款余额1200.5亿元，比年初增加80.2亿元，同比多增5.1亿元；企业存款余额900.3亿元，比年初减少20.4亿元，去年同期为增加6.3亿元。\n"
            + "票据融资余额40.2亿元，比年初增加3.5亿元，去年同期为减少2.8亿元。\n"
        let found = try PipelineOnText.findings(text).filter { $0.ruleID == "repeat-change-agrees" }
        #expect(found.isEmpty, "\(found)")
    }
}
