import Foundation
import Gongbao
import Testing

/// Session 20's hunt on real documents nobody had checked (a county's 决算 report, counties' monthly revenue notes, a city's
/// half-year release) and set 22's known false pair raised false errors of six classes. Each case is a short text written
/// for the rule, beside the fault the rule must still catch.
@Suite("False alarms of real documents, hunt 13")
struct RealDocs13FalseAlarmTests {
    static func found(_ text: String, rule: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == rule && $0.severity == .error }
    }

    @Test("a paragraph that opens with 其中 states a part's figures, not the whole's again; a whole restated wrong still errs")
    func partParagraph() throws {
        let text = "某市2023年教育事业统计公报\n2023年，全市高中阶段共有学校8所。招生8057人，在校生29396人，专任教师2287人。\n"
            + "其中普通高中6所，招生5735人，在校生22502人。普通高中共有教职工2100人，专任教师1931人。\n"
            + "其中中等职业学校2所，招生2322人，在校生6894人。中等职业学校共有教职工369人，专任教师356人。\n"
        let fits = try Self.found(text, rule: "same-figure-agrees")
        #expect(fits.isEmpty, "\(fits)")
        let restated = text + "全市高中阶段专任教师2387人，比上年增加25人。\n"
        let wrong = try Self.found(restated, rule: "same-figure-agrees")
        #expect(wrong.contains { $0.locations.first?.line == 5 }, "\(wrong)")
    }

    @Test("a sentence under a heading line opens with its own month; the half-year's rate restated wrong still errs")
    func monthUnderHeading() throws {
        let text = "某市2021年上半年经济运行情况\n一、农业生产稳定\n上半年，全市农林牧渔业总产值60.1亿元，同比增长10.1%。\n"
            + "二、工业生产加快恢复\n6月份，全市规模以上工业增加值同比增长9.1%，两年平均增长7.0%。\n"
            + "上半年，全市规模以上工业增加值同比增长15.7%，两年平均增长8.2%。\n"
        let fits = try Self.found(text, rule: "repeat-change-agrees")
        #expect(fits.isEmpty, "\(fits)")
        let restated = text + "三、小结\n上半年，全市规模以上工业增加值同比增长17.5%，比一季度加快0.9个百分点。\n"
        let wrong = try Self.found(restated, rule: "repeat-change-agrees")
        #expect(wrong.contains { $0.locations.first?.line == 8 && $0.message.contains("15.7%") }, "\(wrong)")
    }

    @Test("an amount with its own share of 收入 is a part of it, not the whole of the next share; a share off still errs")
    func siblingWithOwnShare() throws {
        let text = "某县2024年2月财政收入情况\n1-2月，全县实现大口径财政收入17056万元，完成预算的16.18%。从收入结构看：税收收入15348万元，"
            + "占收入的89.99%，同比增收1316万元，增长9.38%；非税收入1708万元，占收入的10.01%，同比增收797万元，增长87.49%。"
            + "从征收部门看：税务部门完成16396万元，占收入的96.13%；财政部门完成660万元，占收入的3.87%。\n"
        let fits = try Self.found(text, rule: "share-agrees")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "占收入的10.01%", with: "占收入的12.01%"), rule: "share-agrees")
        #expect(wrong.count == 1 && wrong[0].message.contains("17056"), "\(wrong)")
    }

    @Test("an amount in brackets after 加 is an aside, not an item of the total; a total miswritten still errs")
    func bracketedAsideAfterAdd() throws {
        let text = "某区2020年决算报告\n政府性基金收入0万元，加上年结余收入39930万元，上级补助收入113566万元（其中：抗疫特别国债7691万元），"
            + "债务转贷收入39000万元，收入合计192496万元。\n一般公共预算支出361315万元，下降11.8%；加上解上级支出52441万元，"
            + "债务还本支出6751万元，安排预算稳定调节基金28478万元（累计稳定调节基金43429万元），支出合计448985万元。\n"
        let fits = try Self.found(text, rule: "budget-total-adds-up")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "收入合计192496万元", with: "收入合计193496万元")
            .replacingOccurrences(of: "支出合计448985万元", with: "支出合计449985万元"), rule: "budget-total-adds-up")
        #expect(wrong.count == 2, "\(wrong)")
    }

    @Test("a rate of a subject of its own is no change of the level before it; the level's own rate off still errs")
    func otherSubjectsRates() throws {
        let text = "某县2024年5月财政收支情况\n2024年5月份累计完成地方财政收入6717万元，较上年减收3422万元，下降33.75%。"
            + "其中主要税种收入变化情况：增值税下降48%，土地增值税下降39.8%，房产税增长45%。\n"
        let fits = try Self.found(text, rule: "change-agrees")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "下降33.75%", with: "下降43.75%"), rule: "change-agrees")
        #expect(wrong.count == 1 && wrong[0].message.contains("43.75%"), "\(wrong)")
    }

    @Test("a 其中 list ends where a clause opens with 加; the parts before it that do not add up still err")
    func partsEndAtAddition() throws {
        let heading = "1.一般公共预算收支及其平衡情况\n"
        let text = heading + "全区一般公共预算总收入410338万元,完成调整后预算的97.3%,下降6.4%,其中地方一般公共预算收入271630万元,"
            + "完成调整后预算的99.2%,下降4.7%;加上级补助收入120846万元,上年结余收入42690万元,债务转贷收入16714万元,"
            + "调入预算稳定调节基金44421万元,调入资金18300万元,收入合计514601万元。\n"
        let fits = try Self.found(text, rule: "parts-add-up")
        #expect(fits.isEmpty, "\(fits)")
        let split = heading + "全区一般公共预算总收入410338万元，其中税收收入300000万元，非税收入120338万元；加上级补助收入120846万元，"
            + "上年结余收入42690万元，收入合计583874万元。\n"
        let wrong = try Self.found(split, rule: "parts-add-up")
        #expect(wrong.count == 1 && wrong[0].message.contains("(300000万元 + 120338万元)"), "\(wrong)")
    }
}
