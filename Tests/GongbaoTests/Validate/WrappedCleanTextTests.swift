import Foundation
@testable import Gongbao
import Testing

/// False errors on clean documents re-wrapped as a narrow column (`FAULT_EVAL_WRAP=17 scripts/fault_eval.py`): what a
/// column does to a figure's text must not read as a fault.
@Suite("Clean text wrapped as a column")
struct WrappedCleanTextTests {
    /// Set 6 k1 in a column of 17: 7.⏎69亿元 and 3.⏎96亿元 print two decimals each, so 3.96 + 3.72 = 7.68 is 7.69 within
    /// their rounding. The line break inside the figure was read as its end (7. → a whole number).
    @Test("A line break inside a figure is no end of its printed digits")
    func breakInsideFigure() throws {
        #expect(ValueRange.printedDigits("7.\n69亿元")?.decimals == 2)
        #expect(ValueRange.printedDigits("3480\n.48万人")?.decimals == 2)
        #expect(ValueRange.printedDigits("10 个")?.decimals == 0)
        let text = "全年保险公司保费收入22.32亿元\n，比上年增长0.9%。其中，财产险\n保费收入5.94亿元，人身险保费收\n入16.39亿元。全年赔付支出7.\n69亿元，其中，财产险赔款支出3.\n96亿元，人身险赔付3.72亿元。\n"
        #expect(try PipelineOnText.errors(text).filter { $0.ruleID == "parts-add-up" }.isEmpty)
        // Parts a tenth off still miss the total.
        let off = text.replacingOccurrences(of: "7.\n69亿元", with: "7.\n89亿元")
        #expect(!(try PipelineOnText.errors(off).filter { $0.ruleID == "parts-add-up" }.isEmpty))
    }

    /// Set 16 v3 in a column of 17: a table row cut in two left its name on one line and 万人7.1 on the next, so the
    /// 城市 and 农村 rows both came out named 万人 — a unit names no figure.
    @Test("A unit alone identifies no figure")
    func unitAloneIsNoSubject() throws {
        let catalogue = try RuleSet.standard().catalogue
        for unit in ["万人", "万户", "亿元"] {
            #expect(!catalogue.identifies(catalogue.normalized(unit)), "\(unit)")
        }
        #expect(catalogue.identifies(catalogue.normalized("最低生活保障人数")))
    }

    /// Set 11 r4 (an audit report): 11个部门和60家所属单位 … 9个部门和52家所属单位 count two groups, each by two counts.
    /// Unwrapped the two sentences stood on adjacent lines (no repeat there); wrapped they did not.
    @Test("Two groups each named by two counts are two groups")
    func groupsOfTwoCounts() throws {
        let text = "一、情况\n\n此次又发现，11个部门和60家所属单位通过违规开展活动收费1.88亿元。\n\n另有说明。\n\n从审批程序看，9个部门和52家所属单位的100个活动未经审批。\n"
        #expect(try PipelineOnText.errors(text).filter { $0.ruleID == "same-figure-agrees" }.isEmpty)
        // One group restated with a count changed keeps its other count: still a disagreement.
        let changed = text.replacingOccurrences(of: "9个部门和52家", with: "12个部门和60家")
        #expect(!(try PipelineOnText.errors(changed).filter { $0.ruleID == "same-figure-agrees" }.isEmpty))
    }

    /// Set 18 w4 in a column of 17: the year-end population, 2021年末全省常住人口为3480.48万人, read as a plan (a 现将 of
    /// the paragraph before ran into its sentence), left the survey's sample 调查登记常住人口78.43万人 as the whole of
    /// 占常住人口的15.92% and as the population bounding 15—64岁人口2450.33万人.
    @Test("A population read as a plan still bounds, and stops the search for a share's whole")
    func planPopulation() throws {
        let text = "这次人口抽样调查，在全省11个市抽取了1308个乡，调查登记常住人口78.43万人。\n\n预计2021年末全省常住人口将达到3480.48万人。\n\n2021年末全省常住人口中，0—14岁人口为554.08万人，占常住人口的15.92%；15—64岁人口为2450.33万人，占常住人口的70.40%。\n"
        let errors = try PipelineOnText.errors(text)
        #expect(errors.filter { $0.ruleID == "share-agrees" || $0.ruleID == "part-exceeds-total" }.isEmpty, "\(errors)")
        // An outcome population is the whole: a share off by ten points is still an error.
        let outcome = text.replacingOccurrences(of: "预计2021年末全省常住人口将达到3480.48万人", with: "2021年末全省常住人口为3480.48万人")
            .replacingOccurrences(of: "15.92%", with: "25.92%")
        #expect(!(try PipelineOnText.errors(outcome).filter { $0.ruleID == "share-agrees" }.isEmpty))
    }

    /// Set 30 f5 (a hard-wrapped page): 全市 20 个区县排名第 N, four times in one sentence — one figure, so the one
    /// written 21 departs from the three others. A clause whose number before the figure names which figure it is (1月,
    /// 2月) is no restatement.
    @Test("A clause restated word for word in one sentence states one figure")
    func clauseRestatedInSentence() throws {
        let text = "7 月 1 日至 7 月 27 日,我县综合指数为 4.18,全市 20 个区县排名第 4,同比下降 3.46%;PM 2.5 浓度为 42μg/m3,全市 21 个区县排名第 6,同比上升 7.69%,全市 20 个区县排名第 12;PM 10 浓度为 75μg/m3,全市 20 个区县排名第 8,同比上升 1.35%。\n"
        let found = try PipelineOnText.errors(text).filter { $0.ruleID == "same-figure-agrees" }
        #expect(found.count == 1 && found.first?.message.contains("21") == true, "\(found)")
        #expect(try PipelineOnText.errors(text.replacingOccurrences(of: "21 个", with: "20 个")).isEmpty)
        // Two such clauses disagreeing, no third: which one is wrong is not known, and they may be two figures.
        let two = "全市 20 个区县排名第 4,同比下降 3.46%;浓度为 42,全市 21 个区县排名第 6。\n"
        #expect(try PipelineOnText.errors(two).filter { $0.ruleID == "same-figure-agrees" }.isEmpty)
        let months = "全年新开工项目较多,1月新开工项目5个,2月新开工项目7个,3月新开工项目7个。\n"
        #expect(try PipelineOnText.errors(months).filter { $0.ruleID == "same-figure-agrees" }.isEmpty)
    }

    /// Share-off misses: 占全部城市数的29.3% (set 21 x2) and 占签约项目总量的比重 (set 32 i15) name the amount the document
    /// states (338个地级及以上城市; 当年签约项目324个), passing over a smaller one (签约项目个数202个, another part).
    @Test("A share of all the X, or of the X总量, is of the X stated")
    func shareOfAll() throws {
        let text = "2017年全国338个地级及以上城市中，有99个城市环境空气质量达标，占全部城市数的29.3%。\n"
        #expect(try PipelineOnText.errors(text).filter { $0.ruleID == "share-agrees" }.isEmpty)
        #expect(!(try PipelineOnText.errors(text.replacingOccurrences(of: "29.3%", with: "39.3%"))
            .filter { $0.ruleID == "share-agrees" }.isEmpty))
        let total = "我市当年签约项目为324个，其中工业项目签约项目个数为202个。东部地区签约项目为216个，占签约项目总量的比重达66.7%。\n"
        #expect(try PipelineOnText.errors(total).filter { $0.ruleID == "share-agrees" }.isEmpty)
        #expect(!(try PipelineOnText.errors(total.replacingOccurrences(of: "66.7%", with: "76.7%"))
            .filter { $0.ruleID == "share-agrees" }.isEmpty))
    }
}
