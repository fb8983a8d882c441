import Foundation
@testable import Gongbao
import Testing

/// change-agrees with the base stated beside the level (StatedBase): 上年为…, 比上年的…, 比上年增加….
@Suite("Changes against a stated base")
struct StatedBaseTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2025年云溪市国民经济和社会发展统计公报\n\n"

    @Test("a rate that contradicts the level and its earlier value is an error; the right rate passes")
    func statedEarlierValue() throws {
        for sentence in ["全年一般公共预算收入120.0亿元，上年为100.0亿元，比上年增长X%。",
                         "全年一般公共预算收入120.0亿元，比上年的100.0亿元增长X%。"] {
            let wrong = try Self.errors(Self.lead + sentence.replacingOccurrences(of: "X", with: "25.0") + "\n")
            #expect(wrong.map(\.ruleID) == ["change-agrees"], "\(sentence): \(wrong)")
            #expect(wrong.first?.locations.count == 3)
            #expect(try Self.errors(Self.lead + sentence.replacingOccurrences(of: "X", with: "20.0") + "\n").isEmpty)
        }
    }

    @Test("percentage points against two shares; a rate against the level and the amount it changed by")
    func pointsAndAmounts() throws {
        let points = "高新技术产业增加值占规模以上工业增加值的比重为37.5%，上年为35.2%，比上年提高X个百分点。\n"
        #expect(try Self.errors(Self.lead + points.replacingOccurrences(of: "X", with: "3.3")).map(\.ruleID) == ["change-agrees"])
        #expect(try Self.errors(Self.lead + points.replacingOccurrences(of: "X", with: "2.3")).isEmpty)
        let amount = "全年一般公共预算收入120.0亿元，比上年增加20.0亿元，增长X%。\n"
        #expect(try Self.errors(Self.lead + amount.replacingOccurrences(of: "X", with: "25.0")).map(\.ruleID) == ["change-agrees"])
        #expect(try Self.errors(Self.lead + amount.replacingOccurrences(of: "X", with: "20.0")).isEmpty)
        let rateFirst = "全年一般公共预算收入120.0亿元，增长X%，增收30.0亿元。\n"
        #expect(try Self.errors(Self.lead + rateFirst.replacingOccurrences(of: "X", with: "20.0")).map(\.ruleID) == ["change-agrees"])
        #expect(try Self.errors(Self.lead + rateFirst.replacingOccurrences(of: "X", with: "33.3")).isEmpty)
    }

    @Test("a rate printed whole is rounded to the unit: 34% beside 144,982 against 108,183 (+34.01%) passes, 35% does not")
    func wholeRatesAreRounded() throws {
        let text = "今年前八个月股票期权平均每日成交量为144,982张，较去年同期的108,183张上升X%。\n"
        for fits in ["34", "34.0"] {
            #expect(try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: fits)).isEmpty, "\(fits)")
        }
        for wrong in ["35", "33", "34.5"] {
            #expect(try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: wrong)).map(\.ruleID) == ["change-agrees"], "\(wrong)")
        }
        // Two levels and a whole rate between them (judged against the levels, not a stated base).
        let levels = "全年接待游客1,371,770人次，上年为1,253,149人次，增长X%。\n"
        #expect(try Self.errors(Self.lead + levels.replacingOccurrences(of: "X", with: "9")).isEmpty)
        #expect(try Self.errors(Self.lead + levels.replacingOccurrences(of: "X", with: "10")).map(\.ruleID) == ["change-agrees"])
    }

    @Test("a whole amount of money is rounded to its last digit: a rate within that passes, one outside it does not")
    func wholeAmountsAreRounded() throws {
        // 4175/(4175−412) − 1 = 10.95%: 412 and 4175 each ±0.5 allow 10.91%–10.99%, which 10.9% and 11.0% (±0.05) reach
        // (taken exact, 11.0% missed 10.95% by a hair).
        let average = "全体居民人均月收入为4175元，比上年增加412元，增长X%。\n"
        for fits in ["10.9", "11.0"] {
            #expect(try Self.errors(Self.lead + average.replacingOccurrences(of: "X", with: fits)).isEmpty, "\(fits)")
        }
        for wrong in ["11.2", "10.7", "12.0"] {
            #expect(try Self.errors(Self.lead + average.replacingOccurrences(of: "X", with: wrong)).map(\.ruleID) == ["change-agrees"], "\(wrong)")
        }
        // An amount of another subject after the rate (the change of the increase itself) leaves the case standing.
        let more = "全体居民人均月收入为4175元，比上年增加412元，增长X%，但增加额比上年同期减少35元。\n"
        #expect(try Self.errors(Self.lead + more.replacingOccurrences(of: "X", with: "10.9")).isEmpty)
        #expect(try Self.errors(Self.lead + more.replacingOccurrences(of: "X", with: "20.9")).map(\.ruleID) == ["change-agrees"])
    }

    @Test("a rate the change turned from (由上年同期下降X%转为增长Y%) is last year's rate, not this level's change")
    func formerRate() throws {
        let turned = "全年肉牛出栏860万头，比上年增加4万头，由上年同期下降3.5%转为增长0.5%。\n"
        #expect(try Self.errors(Self.lead + turned).isEmpty)
        // The rate after 转为 is still judged: 增长5.5% does not fit 860 against 856.
        let wrong = "全年肉牛出栏860万头，比上年增加4万头，由上年同期下降3.5%转为增长5.5%。\n"
        #expect(try Self.errors(Self.lead + wrong).map(\.ruleID) == ["change-agrees"])
    }

    @Test("a figure compared with (与…相比) is the base of the changes after it, not their level")
    func comparedWith() throws {
        let text = "全市常住人口为620000人，与2010年第六次全国人口普查的500000人相比，十年共增加120000人，增长24.00%。\n"
        #expect(try Self.errors(Self.lead + text).isEmpty)
        #expect(try Self.errors(Self.lead + "全年一般公共预算收入120.0亿元，与上年的100.0亿元相比，增加20.0亿元，增长20.0%。\n").isEmpty)
    }

    @Test("not judged: a comparison with the budget, average and real rates")
    func otherBases() throws {
        #expect(try Self.errors(Self.lead + "全年一般公共预算收入120.0亿元，比预算增加20.0亿元，增长8.0%。\n").isEmpty)
        #expect(try Self.errors(Self.lead + "全年地区生产总值120.0亿元，比上年增加20.0亿元，按可比价格计算，增长5.0%。\n").isEmpty)
        #expect(try Self.errors(Self.lead + "全年地区生产总值120.0亿元，上年为100.0亿元，年均增长5.0%。\n").isEmpty)
        // Value added grows at comparable prices by convention (rules.yaml real_rates), whatever the sentence says.
        #expect(try Self.errors(Self.lead + "全年地区生产总值5678.9亿元，比上年增加312.4亿元，增长5.5%。\n").isEmpty)
        // A real rate (实际增长) beside nominal levels is left alone.
        #expect(try Self.errors(Self.lead + "全体居民人均可支配收入32000元，比上年增加2000元，扣除价格因素，实际增长5.0%。\n").isEmpty)
    }

    @Test("实际完成 is an outcome, not a real rate; a budget named in another clause run of the sentence is no base of this one")
    func outcomesAndOtherRuns() throws {
        let outcome = "国有资本经营预算支出实际完成86万元，较上年减少14万元，X14.0%。\n"
        #expect(try Self.errors(Self.lead + outcome.replacingOccurrences(of: "X", with: "增长")).map(\.ruleID) == ["change-agrees"])
        #expect(try Self.errors(Self.lead + outcome.replacingOccurrences(of: "X", with: "下降")).isEmpty)
        // The total's 为年初预算的 stands in its own run; its 其中 parts compare with last year after their ；.
        let parts = "全县一般公共预算收入为20.00亿元，实际完成18.60亿元，为年初预算的93.0%，比上年增加1.60亿元，增长9.4%，"
            + "其中：税收收入完成12.40亿元，比上年增加2.40亿元，增长X%；非税收入完成6.20亿元，比上年减少0.80亿元，下降11.4%。\n"
        #expect(try Self.errors(Self.lead + parts.replacingOccurrences(of: "X", with: "24.0")).isEmpty)
        #expect(try Self.errors(Self.lead + parts.replacingOccurrences(of: "X", with: "34.0")).map(\.ruleID) == ["change-agrees"])
        // The level's own run naming the budget is still no comparison with last year's.
        #expect(try Self.errors(Self.lead + "全县一般公共预算收入实际完成18.60亿元，为年初预算的93.0%，比上年增加1.60亿元，增长19.4%。\n").isEmpty)
    }
    @Test("a rate after a number the extractor did not read (88.5万G) is that figure's, not the level's")
    func unreadFigureBreaksTheCase() throws {
        let text = "年末云计算服务用户56.0万户，比上年末减少4.0万户，数据中心存储容量88.5万G，比上年增长25.0%。\n"
        #expect(try Self.errors(Self.lead + text).isEmpty)
        let own = "年末云计算服务用户56.0万户，比上年末减少4.0万户，下降25.0%。\n"
        #expect(try Self.errors(Self.lead + own).map(\.ruleID) == ["change-agrees"])
    }

}

/// change-agrees: the verb of 由A…到B says which way the figures go (rules.yaml change_verbs).
@Suite("From-to verbs")
struct FromToVerbTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    @Test("增加到 a smaller figure, 下降到 a larger one is an error; 收窄 and 扩大 speak of sizes")
    func verbs() throws {
        let lead = StatedBaseTests.lead
        #expect(try Self.errors(lead + "全市高新技术企业由上年的1200家增加到1050家。\n").map(\.ruleID) == ["change-agrees"])
        #expect(try Self.errors(lead + "常住人口城镇化率由上年的72.5%提高到71.8%。\n").map(\.ruleID) == ["change-agrees"])
        #expect(try Self.errors(lead + "全年实际利用外资由上年的12.5亿美元下降到15.6亿美元。\n").map(\.ruleID) == ["change-agrees"])
        #expect(try Self.errors(lead + "全市高新技术企业由上年的1050家增加到1200家。\n").isEmpty)
        #expect(try Self.errors(lead + "规模以上工业增加值降幅由5.2%收窄到3.1%。\n").isEmpty)
        #expect(try Self.errors(lead + "规模以上工业增加值降幅由3.1%扩大到5.2%。\n").isEmpty)
    }

    @Test("a plan to raise a figure (the to-value a target) is read the same way")
    func plannedTo() throws {
        let lead = StatedBaseTests.lead
        #expect(try Self.errors(lead + "今年将城乡居民医保个人缴费补助由每人每年10元提高到5元。\n").map(\.ruleID) == ["change-agrees"])
        #expect(try Self.errors(lead + "今年将城乡居民医保个人缴费补助由每人每年5元提高到10元。\n").isEmpty)
    }
}
