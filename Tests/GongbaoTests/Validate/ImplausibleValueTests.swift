import Foundation
import Gongbao
import Testing

/// The bundled rules.yaml's implausible-value bounds and the 其中 parts named generically, on real text.
@Suite("Values no document can state, and generic parts")
struct ImplausibleValueTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    @Test("more people than the country has, or a per-head amount in 亿, is an error; 人次 and plain totals are not")
    func slips() throws {
        #expect(try Self.errors("年末全市常住人口856.3亿人。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("城镇居民人均可支配收入4.5678亿元，增长5.1%。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("全年国内旅游人数48.9亿人次。全市一般公共预算收入456.7亿元。年末全市常住人口856.3万人。\n").isEmpty)
    }

    @Test("trips written in 人 are no people: a flow of persons, a passenger volume named only before a list of items")
    func tripsInPersons() throws {
        #expect(try Self.errors("9月，全省完成跨区域人员流动量12.6亿人，同比增长4.1%。\n").isEmpty)
        #expect(try Self.errors("前三季度，地铁、公交和出租车分别完成客运量21.4亿人、18.2亿人和9.7亿人。\n").isEmpty)
        // A mirror's reading note inside the word still says 客运.
        #expect(try Self.errors("上月完成公路客运(yùn)量16.3亿人。\n").isEmpty)
        #expect(try Self.errors("10月，完成跨區(qū)域人員流動(dòng)量41.2億人；城市軌道交通、出租汽車分別完成客運(yùn)量16.5億人、19.7億人。\n").isEmpty)
        // The clause before another figure naming trips does not excuse a population.
        #expect(try Self.errors("全年完成客运量3.2亿人；年末全市常住人口856.3亿人。\n").map(\.ruleID) == ["implausible-value"])
    }

    @Test("GDP falling by more than 60% written as a negative growth rate is an error; a real fall is not")
    func negativeGrowth() throws {
        #expect(try Self.errors("上半年全县地区生产总值143.8亿元，按不变价格计算，比上年同期增长-108.7%。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("上半年全县地区生产总值143.8亿元，按不变价格计算，比上年同期增长-8.7%。\n").isEmpty)
    }

    @Test("GDP growing 47% in a whole year is an error; 58.3% in a quarter, or over five years, is not")
    func wholeYearGrowth() throws {
        #expect(try Self.errors("2025年，全区地区生产总值增长47%，规模以上工业增加值增长7.5%。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("2025年，全区地区生产总值增长4.7%。\n").isEmpty)
        #expect(try Self.errors("2021年一季度，全市地区生产总值增长58.3%。\n").isEmpty)
        #expect(try Self.errors("2021年，全市地区生产总值比2019年增长45%。\n").isEmpty)
        #expect(try Self.errors("2025年，五年来全区地区生产总值增长45%。\n").isEmpty)
        // A span said only in a heading or the sentence before is no part of the figure's sentence.
        #expect(try Self.errors("一、2025年和“十四五”时期工作回顾\n2025年是收官之年。全省经济稳中有进，地区生产总值增长41%。\n").map(\.ruleID) == ["implausible-value"])
        // Quarters named in other clauses of the sentence: the figure's own clause says 全年.
        #expect(try Self.errors("2025年工作回顾\n一、二季度经济平稳增长；针对三季度经济增速回落的情况，果断出台政策措施，全年地区生产总值增长49%，一般公共预算收入增长2.5%。\n").map(\.ruleID) == ["implausible-value"])
        #expect(try Self.errors("2025年工作回顾\n全年经济平稳，三季度地区生产总值增长49%。\n").isEmpty)
        // No period word of its own: a work report's review may speak of five years.
        #expect(try Self.errors("这五年经济实力显著增强。地区生产总值增长45%。\n").isEmpty)
        // Past both bounds (a year's 40 and any period's 60), reported once.
        #expect(try Self.errors("2025年，全区地区生产总值增长105.5%。\n").map(\.ruleID) == ["implausible-value"])
    }

    @Test("a count of a region's residents ten times its population is an error; a national figure quoted is not")
    func residentsAbovePopulation() throws {
        let text = "年末全市常住人口595.7万人，其中城镇常住人口325.1万人。全年出生人口2.9万人，人口出生率为4.77‰；死亡人口5.6X人，人口死亡率为9.40‰。\n"
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "亿")).map(\.ruleID) == ["part-exceeds-total"])
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "万")).isEmpty)
        let quoted = "年末全市常住人口595.7万人。全国农村居民5.6亿人，全市农村居民210.3万人。\n"
        #expect(try Self.errors(quoted).isEmpty)
        #expect(try Self.errors("年末全市常住人口595.7万人。获得政府最低生活保障的农村居民11.0亿人。\n").map(\.ruleID) == ["part-exceeds-total"])
    }

    @Test("a generic name right after 其中 is a part: 新登记市场主体5.6万户，其中企业7.8万户 is an error")
    func genericPart() throws {
        #expect(try Self.errors("全年新登记市场主体5.6万户，其中企业7.8万户。\n").map(\.ruleID) == ["part-exceeds-total"])
        #expect(try Self.errors("全年新登记市场主体5.6万户，其中企业1.8万户。\n").isEmpty)
    }

    @Test("男性占51.2%，女性占58.8%: shares by 占 of a complete split must make 100")
    func zhanShares() throws {
        #expect(try Self.errors("全市户籍人口中，男性占51.2%，女性占58.8%。\n").map(\.ruleID) == ["structure-adds-to-100"])
        #expect(try Self.errors("全市户籍人口中，男性占51.2%，女性占48.8%。\n").isEmpty)
    }
}
