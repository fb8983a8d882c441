import Gongbao
import Testing

/// The total of 其中 parts is the figure before 其中 that the parts are parts of: with a limit or a plan beside the
/// level (余额 …，控制在…限额…以内。其中，一般债务余额…), the one whose head the parts share.
@Suite("Total of 其中 parts")
struct TotalChoiceTests {
    static let clean = "2025年末，全市政府债务余额1236.5亿元，控制在省核定的债务限额1386.2亿元以内。其中，一般债务余额486.3亿元，专项债务余额750.2亿元。"

    @Test("a clean debt paragraph passes")
    func cleanPasses() throws {
        #expect(try PipelineOnText.errors(Self.clean).isEmpty)
    }

    @Test("parts of the debt that do not add up to it, or a 万/亿 slip of the debt, are caught", arguments: [
        ("专项债务余额750.2亿元", "专项债务余额850.2亿元"),
        ("政府债务余额1236.5亿元", "政府债务余额1236.5万元"),
    ])
    func faultsCaught(from: String, to: String) throws {
        let text = Self.clean.replacingOccurrences(of: from, with: to)
        #expect(try !PipelineOnText.errors(text).isEmpty)
    }

    static let accounts = "全年规模以上工业企业实现营业收入860.5亿元，利税总额72.4亿元，利润总额15.2亿元。其中，国有企业实现营业收入410.0亿元，"
        + "利税总额%@亿元，利润总额3.1亿元。"

    @Test("a part bearing an account's own name is that account's part, not the nearest figure sharing its head (利润总额)")
    func partOfItsNamesake() throws {
        #expect(try PipelineOnText.errors(Self.accounts.replacingOccurrences(of: "%@", with: "48.6")).isEmpty)
        let f = try PipelineOnText.errors(Self.accounts.replacingOccurrences(of: "%@", with: "748.6"))
        #expect(f.contains { $0.ruleID == "part-exceeds-total" && $0.message.contains("72.4亿元") }, "\(f)")
    }

    @Test("a part ending as the nearest total does but not with all of its name belongs to the account it shares more with")
    func partOfLongerEnding() throws {
        let text = "年末全县有企业单位352家，资产总额86.40亿元，负债总额21.15亿元，净资产总额65.25亿元。"
            + "其中，国有企业单位资产总额30.12亿元，集体企业单位资产总额44.08亿元。"
        #expect(try PipelineOnText.errors(text).isEmpty)
        #expect(try PipelineOnText.findings(text).filter { $0.ruleID == "part-exceeds-total" }.isEmpty)
        let slipped = text.replacingOccurrences(of: "44.08亿元", with: "64.08亿元")
        #expect(try PipelineOnText.findings(slipped).contains { $0.ruleID == "part-exceeds-total" && $0.message.contains("86.40亿元") })
    }

    @Test("after ； a figure naming neither the total's head nor the first part's begins another topic")
    func listEndsAtNewTopic() throws {
        let text = "全年新登记注册商标856件，其中地理标志商标12件；申请专利1430件、授权专利920件。"
        #expect(try PipelineOnText.errors(text).isEmpty)
        let parts = "全年新登记注册商标856件，其中地理标志商标12件，集体商标901件。"
        #expect(try PipelineOnText.errors(parts).map(\.ruleID) == ["part-exceeds-total"])
    }

    @Test("after ； a figure named as a total (总产量) under a total not so named begins another topic; 总产值 parts stay parts")
    func totalNamedAfterSemicolon() throws {
        let text = "全年油料产量3.2万吨，增长2.1%，其中：花生产量1.1万吨，增长3.0%；水果总产量25.6万吨，增长4.2%。"
        #expect(try PipelineOnText.errors(text).isEmpty)
        let parts = "全年农林牧渔业总产值85.6亿元，其中：农业总产值50.2亿元；林业总产值90.3亿元。"
        #expect(try PipelineOnText.errors(parts).map(\.ruleID) == ["part-exceeds-total"])
    }
}
