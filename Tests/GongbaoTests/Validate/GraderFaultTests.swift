import Foundation
@testable import Gongbao
import Testing

/// The faults an outside grader plants that session 9's fault kinds added (scripts/fault_eval.py): a repeat copied
/// with its point moved or a digit dropped, a fall of more than all of an amount, GDP or CPI changes no economy
/// makes, and running totals whose period is written 前N个月.
@Suite("Faults a grader plants")
struct GraderFaultTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2025年全市经济运行情况\n\n"

    @Test("a repeat with its point moved, dropped, or a digit lost is one number copied wrong")
    func digitSlips() throws {
        let body = "全年全市地区生产总值5678.9亿元。\n\n全市坚持稳中求进，推动高质量发展。\n\n一、综合\n\n全年全市地区生产总值X亿元。\n"
        for slip in ["567.89", "56789"] {
            let f = try Self.errors(Self.lead + body.replacingOccurrences(of: "X", with: slip))
            #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"], "\(slip): \(f)")
        }
        let count = "年末全市共有科技型企业2360家。\n\n全市坚持稳中求进，推动高质量发展。\n\n一、综合\n\n年末全市共有科技型企业X家。\n"
        for slip in ["260", "23360"] {
            let f = try Self.errors(Self.lead + count.replacingOccurrences(of: "X", with: slip))
            #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"], "\(slip): \(f)")
        }
        // Far apart and no copy of one another: two figures behind one shortened subject, not judged.
        let f = try Self.errors(Self.lead + count.replacingOccurrences(of: "X", with: "9184"))
        #expect(f.isEmpty, "\(f)")
    }

    /// Every error-level finding of `gongbao check` on an HTML page.
    static func pageErrors(_ html: String) throws -> [Finding] {
        try PipelineOnText.findings(html, named: "a.html").filter { $0.severity == .error }
    }

    @Test("a table cell whose point slipped against its prose (66128.9亿元 / 6612.89 under a 亿元 header) is one number copied wrong")
    func tableDigitSlip() throws {
        let page = """
        <html><body>
        <p>1—11月份，采矿业实现利润总额9920.7亿元，同比增长1.86倍；制造业实现利润总额66128.9亿元，增长34.5%。</p>
        <p>1—11月份，规模以上工业企业利润继续较快增长。</p>
        <table><caption>表1 2021年1—11月份规模以上工业企业主要财务指标</caption>
        <tr><td rowspan="2">分组</td><td colspan="2">利润总额</td></tr>
        <tr><td>1-11月（亿元）</td><td>同比增长（%）</td></tr>
        <tr><td>采矿业</td><td>9920.7</td><td>185.7</td></tr>
        <tr><td>制造业</td><td>X</td><td>34.5</td></tr>
        </table></body></html>

        """
        for slip in ["6612.89", "661289"] {
            let f = try Self.pageErrors(page.replacingOccurrences(of: "X", with: slip))
            #expect(f.contains { $0.ruleID == "same-figure-agrees" && $0.locations.first?.line == 8 }, "\(slip): \(f)")
        }
        // As written, or another figure altogether (not the same digits): nothing to report.
        for same in ["66128.9", "9184.2"] {
            let f = try Self.pageErrors(page.replacingOccurrences(of: "X", with: same))
            #expect(f.isEmpty, "\(same): \(f)")
        }
    }

    @Test("a table's 总计 row under a caption naming its topic restates the prose's figure of that topic")
    func captionTopicTotal() throws {
        let page = """
        <html><body>
        <p>1—11月份，全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%。</p>
        <p>1—11月份，规模以上工业企业利润继续较快增长。</p>
        <table><caption>表1 2021年1—11月份规模以上工业企业主要财务指标</caption>
        <tr><td rowspan="2">分组</td><td colspan="2">利润总额</td></tr>
        <tr><td>1-11月（亿元）</td><td>同比增长（%）</td></tr>
        <tr><td>总计</td><td>X</td><td>38</td></tr>
        <tr><td>其中：采矿业</td><td>9920.7</td><td>185.7</td></tr>
        </table></body></html>

        """
        #expect(try Self.pageErrors(page.replacingOccurrences(of: "X", with: "79750.1")).isEmpty)
        let f = try Self.pageErrors(page.replacingOccurrences(of: "X", with: "79750.2"))
        #expect(f.contains { $0.ruleID == "same-figure-agrees" && $0.locations.first?.line == 7 }, "\(f)")
    }

    @Test("the digits of two numbers: same digits with the point moved, or one digit more")
    func digitPattern() {
        #expect(SameFigureRule.isDigitSlip("5678.9亿元", "567.89亿元"))
        #expect(SameFigureRule.isDigitSlip("7.8万人", "78万人"))
        #expect(SameFigureRule.isDigitSlip("5 678.9 亿元", "56789亿元"))
        #expect(SameFigureRule.isDigitSlip("2360家", "260家"))
        #expect(!SameFigureRule.isDigitSlip("7.8万人", "78亿人"))     // another scale: scale-slip's
        #expect(!SameFigureRule.isDigitSlip("2.83万户", "62万户"))
        #expect(!SameFigureRule.isDigitSlip("12个", "2个"))          // too short to tell
        #expect(!SameFigureRule.isDigitSlip("5678.9亿元", "5678.9亿元"))
    }

    @Test("a fall of more than 100% of an amount that cannot be below zero is an error; a profit or a rate may")
    func fallOver100() throws {
        #expect(try Self.errors("全年经济作物播种面积28.6万亩，下降103.0%。\n").map(\.ruleID) == ["fall-over-100"])
        #expect(try Self.errors("全市政府性基金预算收入45.1亿元，比上年下降116.3%。\n").map(\.ruleID) == ["fall-over-100"])
        #expect(try Self.errors("全年经济作物播种面积28.6万亩，下降3.0%。\n").isEmpty)
        #expect(try Self.errors("规模以上工业企业利润总额下降125.3%。\n").isEmpty)
        #expect(try Self.errors("全年货物贸易净出口比上年下降150.2%。\n").isEmpty)
        #expect(try Self.errors("全年全市地区生产总值比上年回落120.5个百分点。\n").filter { $0.ruleID == "fall-over-100" }.isEmpty)
    }

    @Test("an amount beyond 1亿亿元 is an error (digits added, a scale doubled); the largest national stocks are not")
    func absurdAmounts() throws {
        #expect(try Self.errors("全市一般公共预算收入999999999999999999亿元，增长5.2%。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("年末全市金融机构存款余额12.3万亿亿元。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("年末金融业机构总资产489万亿元，广义货币(M2)余额313万亿元。\n").isEmpty)
    }

    @Test("GDP growing more than 60% or CPI more than 30% in a year is an error; a share of GDP is not a change")
    func aggregateRates() throws {
        #expect(try Self.errors("全年全市地区生产总值5678.9亿元，比上年增长105.5%。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("全年全市居民消费价格比上年上涨100.3%。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("全年全市地区生产总值5678.9亿元，比上年增长5.5%。\n").isEmpty)
        #expect(try Self.errors("全年全市居民消费价格比上年上涨0.3%。\n").isEmpty)
        #expect(try Self.errors("全年一般公共预算收入增长105.5%。年末政府债务余额占地区生产总值的65.2%。\n").isEmpty)
    }

    @Test("a change stated twice on its own (a headline and its paragraph) must agree, each side reported")
    func ownChanges() throws {
        let head = "2024年4月份居民消费价格同比上涨0.3%\n\n"
        let body = "2024年4月份，全国居民消费价格同比上涨X%。其中，城市上涨0.3%，农村上涨0.4%。1—4月平均，全国居民消费价格比上年同期上涨0.1%。\n"
        let f = try Self.errors(head + body.replacingOccurrences(of: "X", with: "0.4"))
        #expect(f.map(\.ruleID) == ["repeat-change-agrees", "repeat-change-agrees"], "\(f)")
        #expect(f.map { $0.locations.first!.line } == [1, 3])
        #expect(try Self.errors(head + body.replacingOccurrences(of: "X", with: "0.3")).isEmpty)
        // 同比 beside 环比, or another period, is another change.
        #expect(try Self.errors(head + "4月份，全国居民消费价格环比上涨0.1%。\n").isEmpty)
        // The nation's change beside the province's: two changes, though both scopes read "the whole".
        #expect(try Self.errors("全国居民消费价格比上年上涨0.2%。\n\n全省经济运行稳中有进。\n\n全省居民消费价格比上年上涨0.5%。\n").isEmpty)
    }

    @Test("shares a 分别 list gives out of one whole cannot pass 100% together; two places' rates may")
    func shareLists() throws {
        #expect(try Self.errors("三次产业对经济增长的贡献率分别为1.7%、27.7%和80.6%。\n").map(\.ruleID) == ["share-list-over-100"])
        #expect(try Self.errors("非金属矿物制品业、黑色金属矿采选业分别下降17.9%、9.1%，增加值占比分别为9.7%、95.3%。\n").map(\.ruleID)
                == ["share-list-over-100"])
        #expect(try Self.errors("三次产业对经济增长的贡献率分别为1.7%、27.7%和70.6%。\n").isEmpty)
        #expect(try Self.errors("两县空气质量优良天数比例分别为98.1%和96.4%。\n").isEmpty)
        #expect(try Self.errors("城镇和农村居民人均可支配收入分别增长65.3%和48.2%。\n").isEmpty)
    }

    @Test("the shares of a 分别 list that each item gives to something are no parts of one whole; 占 names one whole")
    func shareListOfEachItem() throws {
        // (realdocs15 zhejiang: three kinds of resource, each its share going to private projects.)
        #expect(try Self.errors("专项产业基金、新增能耗、新增工业用地支持民间投资项目比重分别为99.3%、93.8%、84.6%。\n").isEmpty)
        #expect(try Self.errors("中央资金、省级资金用于民生的比重分别为75.2%和80.1%。\n").isEmpty)
        // The same list naming one whole with 占 is a list of its parts.
        #expect(try Self.errors("专项产业基金、新增能耗支持的项目占全部项目的比重分别为69.3%、53.8%。\n").map(\.ruleID)
                == ["share-list-over-100"])
    }

    @Test("a sentence of a styled page reaches past 1500 bytes of tags: its figures read one sentence")
    func styledSentence() throws {
        let span = "<span style=\"FONT-FAMILY: 宋体; FONT-SIZE: 12pt; mso-spacerun: 'yes'; mso-font-kerning: 1.0000pt\">"
        let words = "非金属矿物制品业、黑色金属矿采选业分别下降17.9%、9.1%，增加值占比分别为9.7%、95.3%。".map { span + String($0) + "</span>" }
        let html = "<html><head><meta charset=\"utf-8\"></head><body><p>" + words.joined() + "</p></body></html>\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-styled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.html").path
        try html.write(toFile: path, atomically: true, encoding: .utf8)
        let f = try Pipeline.standard().check(paths: [path], jobs: 1).findings.filter { $0.severity == .error }
        #expect(f.map(\.ruleID) == ["share-list-over-100"], "\(f)")
    }

    @Test("a level's own rate is no second value of it: 第三产业增加值 159.91亿元 and 159.92亿元 under two headings disagree")
    func distinctValuesOfOneFigure() throws {
        let text = "2025年克州经济运行情况分析\n\n一、全州经济运行情况\n\n2025年全州实现地区生产总值272.24亿元，同比增长6.0%。分产业看，第一产业增加值30.32亿元，增长5.3%；第三产业增加值159.91亿元，增长5.7%。\n\n四、服务业稳定增长\n\n2025年，全州实现服务业（第三产业）增加值159.92亿元，同比增长5.7%。五年来服务业稳步发展。\n"
        let f = try Self.errors(text)
        #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"], "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "159.92", with: "159.91")).isEmpty)
    }

    @Test("any: gates a bound rule's subject pattern with words one of which the subject must hold")
    func anyWords() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-any-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let rules = dir.appendingPathComponent("r.yaml").path
        try "rules:\n  - id: rate-cap\n    subject: '/.*/'\n    any: [生产总值]\n    kind: percent\n    max: 1\n    severity: error\n"
            .write(toFile: rules, atomically: true, encoding: .utf8)
        let text = dir.appendingPathComponent("a.txt").path
        try "全年全市地区生产总值比上年增长5.5%。规模以上工业增加值比上年增长6.1%。\n".write(toFile: text, atomically: true, encoding: .utf8)
        let f = try Pipeline.standard(rulesFile: rules).check(paths: [text], jobs: 1).findings.filter { $0.ruleID == "rate-cap" }
        #expect(f.count == 1)
        #expect(f.first?.locations.first?.column == 16)   // the GDP rate, not the industry one
    }

    @Test("a total lowered below its part on a line of its own is reported at the total too; on one line, once")
    func totalLowered() throws {
        let split = "全市社会保险基金预算收入42.9亿元，为预算的107.1%。\n其中，保险费收入74.1亿元，利息收入0.8亿元。\n"
        let f = try Self.errors(split)
        #expect(f.map(\.ruleID) == ["part-exceeds-total", "part-exceeds-total"], "\(f)")
        #expect(f.map { $0.locations.first!.line } == [1, 2])
        let one = try Self.errors("全市社会保险基金预算收入42.9亿元，其中，保险费收入74.1亿元，利息收入0.8亿元。\n")
        #expect(one.map(\.ruleID) == ["part-exceeds-total"], "\(one)")
        #expect(try Self.errors(split.replacingOccurrences(of: "42.9", with: "142.9")).isEmpty)
    }

    @Test("a rate in a passage restated word for word must be the same rate; a rate in another passage is another")
    func restatedRates() throws {
        let passage = "五年来，全社会研究与实验发展经费从1288亿元增加到3664亿元，占国内生产总值比重由1.07%提高到1.49%。科技投入持续增加。\n\n"
        let f = try Self.errors(passage + "政府工作报告全文如下。\n\n" + passage.replacingOccurrences(of: "1.49%", with: "1.59%"))
        #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"], "\(f)")
        #expect(try Self.errors(passage + "政府工作报告全文如下。\n\n" + passage).isEmpty)
        // Another sentence around it: not the same passage, not compared.
        #expect(try Self.errors(passage + "各地研发投入占比由1.07%提高到1.59%。\n").isEmpty)
    }

    @Test("a share whose subject ends at 的 (占一般公共预算支出的77.3%) names its whole without the 的; 预算 in an account's name excludes no share")
    func shareWholeEndsAtDe() throws {
        let text = "全年一般公共预算支出199.8亿元。其中，民生领域支出154.44亿元，占一般公共预算支出的X%。\n"
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "87.3")).map(\.ruleID) == ["share-agrees"])
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "77.3")).isEmpty)
    }

    @Test("a completion rate against a budget, or a share of a target, is no share")
    func notShares() throws {
        #expect(try Self.errors("全市地方税收收入65亿元，为预算的113.8%。\n").isEmpty)
        #expect(try Self.errors("全年完成投资52.3亿元，占年度目标任务的104.6%。\n").isEmpty)
    }
}
