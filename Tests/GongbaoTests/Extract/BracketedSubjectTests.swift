import Testing
@testable import Gongbao

/// SubjectFinder+Brackets and the audit and budget-prose rules of session 14 (ext19): a bracketed amount names the
/// words before its bracket, the sum after a bracketed list closed by 等 names the list, a change after a bracketed
/// aside is the amount's before the bracket, verbs of auditing hand the naming to the noun after a count, a bare
/// 安排 takes the purpose after the figure, and …开展情况 headings report outcomes.
@Suite("Bracketed amounts and audit prose subjects")
struct BracketedSubjectTests {
    static let extractor = try! Extractor()

    static func metrics(_ input: String) -> [String: Metric] {
        var out: [String: Metric] = [:]
        for m in extractor.metrics(inText: input) where m.kind.isQuantity { out[m.surface] = m }
        return out
    }

    static func subjects(_ input: String) -> [String: String] { metrics(input).mapValues(\.subject) }

    @Test("a figure alone in brackets right after words is their amount; the sum after 等 is the list's (first item and 等)")
    func bracketedItemsAndTheirSum() {
        let s = Self.subjects("年初支出预算500亿元，加上新增专项转移支付（12.5亿元）、上年结转资金[2]（3.4亿元）等15.9亿元，减去区级短收（2.1亿元）、调出资金（1.3亿元）等3.4亿元，调整后支出预算513.5亿元。")
        #expect(s["12.5亿元"] == "新增专项转移支付")
        #expect(s["3.4亿元"] != "年初支出预算")
        #expect(s["15.9亿元"] == "新增专项转移支付等")
        #expect(s["2.1亿元"] == "区级短收")
        #expect(s["1.3亿元"] == "调出资金")
        #expect(s["500亿元"] == "年初支出预算")
    }

    @Test("a bracket that opens after a figure, or words holding a number, keeps the old reading")
    func bracketAfterFigureUnchanged() {
        let s = Self.subjects("本级税收收入8.2亿元（含开发区1.1亿元），同比增长3.5%。")
        #expect(s["8.2亿元"] == "本级税收收入")
        #expect(s["1.1亿元"] != "本级税收收入" || s["1.1亿元"] != nil)
    }

    @Test("a change after a bracketed aside is the change of the amount before the bracket")
    func changeAfterBracketedAside() {
        let s = Self.subjects("全县一般公共预算收入9.6亿元（不含园区2.3亿元），同比增长4.1%。")
        #expect(s["4.1%"] == "一般公共预算收入")
    }

    @Test("a verb of auditing or finding before a count hands the naming to the noun after it",
          arguments: [
        ("此次审计发现37起违规使用资金案件线索。", "37起", "违规使用资金案件线索"),
        ("今年共审计了18个乡镇的惠农资金。", "18个", "审计乡镇"),
        ("审计组发现9个单位的12个项目存在超概算问题。", "9个", "单位"),
    ])
    func auditVerbsBeforeCount(_ input: String, _ surface: String, _ subject: String) {
        #expect(Self.subjects(input)[surface] == subject)
    }

    @Test("a bare verb of raising funds before an amount takes the purpose after it")
    func bareAllocationTakesPurpose() {
        let s = Self.subjects("安排3560万元，支持农村公路养护。")
        #expect(s["3560万元"] == "农村公路养护")
    }

    @Test("a heading that reports work carried out (…开展情况) makes no plan of the figures under it")
    func carriedOutHeadingIsOutcome() {
        let m = Self.metrics("2026年预算草案\n（三）重点工作开展情况\n统筹资金2.4亿元，支持城乡供水一体化。\n")
        #expect(m["2.4亿元"]?.qualifiers.isEmpty == true)
    }
}

/// Verbs that reach a whole population (惠及, 覆盖) stay with the noun after the count, also without a classifier,
/// and with a share of the noun after 的, as the gold writes them (“以旧换新”政策惠及群众, 远程教育覆盖的农村中小学).
@Suite("Reaching verbs kept with their noun")
struct ReachingVerbSubjectTests {
    @Test("惠及 and 覆盖 before a count or a share stay with the noun after it",
          arguments: [
        ("医保信息平台覆盖3000多万人口。", "3000多万", "覆盖人口"),
        ("消费补贴惠及80万群众。", "80万", "惠及群众"),
        ("新设指路牌2500块、覆盖68%的行政村。", "68%", "覆盖行政村"),
    ])
    func reachingVerbs(_ input: String, _ surface: String, _ subject: String) {
        #expect(BracketedSubjectTests.subjects(input)[surface] == subject)
    }
}
