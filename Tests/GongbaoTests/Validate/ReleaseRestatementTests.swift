import Foundation
@testable import Gongbao
import Testing

/// A statistics release states its figures in the prose with a verb (采矿业实现利润总额) and in its table bare
/// (采矿业利润总额), and opens a paragraph with the month it speaks of (11月份，…) under a 1—11月 headline.
@Suite("Restatements in a statistics release")
struct ReleaseRestatementTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2021年1—11月份全国规模以上工业企业利润同比增长38.0%\n\n"

    @Test("采矿业实现利润总额 and 采矿业利润总额 are one figure: a changed digit is an error")
    func verbDropped() throws {
        let f = try Self.errors(Self.lead
            + "1—11月份，采矿业实现利润总额9920.7亿元，同比增长1.86倍；制造业实现利润总额66128.9亿元，增长34.5%。\n\n"
            + "规模以上工业企业资产总计141.07万亿元。\n\n"
            + "1—11月份，采矿业利润总额9920.8亿元，制造业利润总额66128.9亿元。\n")
        #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"], "\(f)")
    }

    @Test("the same restatement with the same values is clean")
    func verbDroppedClean() throws {
        let f = try Self.errors(Self.lead
            + "1—11月份，采矿业实现利润总额9920.7亿元，同比增长1.86倍；制造业实现利润总额66128.9亿元，增长34.5%。\n\n"
            + "规模以上工业企业资产总计141.07万亿元。\n\n"
            + "1—11月份，采矿业利润总额9920.7亿元，制造业利润总额66128.9亿元。\n")
        #expect(f.isEmpty, "\(f)")
    }

    @Test("a headline and its body both followed by 同比增长38.0% state one figure: 10579.7 for 79750.1 is an error, values far apart or not")
    func sameFollower() throws {
        let text = "1-11月全国规模以上工业企业实现利润总额79750.1亿元 同比增长38.0%\n\n"
            + "1—11月份，全国规模以上工业企业实现利润总额X亿元，同比增长38.0%，两年平均增长18.9%。\n"
        let f = try Self.errors(text.replacingOccurrences(of: "X", with: "10579.7"))
        #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"], "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "79750.1")).isEmpty)
        // Followed by different rates: two figures behind one shortened subject, not judged so far apart.
        let two = "1-11月全国规模以上工业企业实现利润总额79750.1亿元 同比增长38.0%\n\n"
            + "1—11月份，全国规模以上工业企业实现利润总额10359.7亿元，同比增长12.4%。\n"
        #expect(try Self.errors(two).isEmpty)
    }

    @Test("one figure written backwards (2.25 / 5.22万亿元) is an error however far apart, each against the other")
    func reversedDigits() throws {
        let text = "1-9月，全省本外币贷款新增2.25万亿元，继续居全国第一。\n\n"
            + "具体来看，1-9月，全省本外币贷款新增X万亿元，比上年同期多2495亿元。\n"
        let f = try Self.errors(text.replacingOccurrences(of: "X", with: "5.22"))
        #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"], "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "2.25")).isEmpty)
        // Far apart, not the same digits backwards: two figures behind one shortened subject, not judged.
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "5.12")).isEmpty)
        // Backwards with one digit more or fewer, or at another point, is no reversal.
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "52.2")).isEmpty)
    }

    @Test("a headline's copula (达) before the number leaves its lead-in the body's: 2.08 written backwards (8.02) is an error")
    func reversedPastCopula() throws {
        let text = "国家体育总局:2019年全国人均体育场地面积达2.08平方米\n\n"
            + "数据显示,截至2019年年底,全国体育场地达354.44万个,体育场地面积达29.17亿平方米,人均体育场地面积X平方米。\n"
        let f = try Self.errors(text.replacingOccurrences(of: "X", with: "8.02"))
        #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"], "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "2.08")).isEmpty)
        // Far apart and not backwards: not judged.
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "8.12")).isEmpty)
    }

    @Test("a sentence opening with 11月份 is one month's figure, not a third copy of the running total")
    func openingMonth() throws {
        let f = try Self.errors(Self.lead
            + "1—11月份，全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%。\n\n"
            + "1—11月份，规模以上工业企业实现利润总额79750.1万元，同比增长38.0%，比2019年1—11月份增长41.3%。\n\n"
            + "规模以上工业企业资产总计141.07万亿元。\n\n"
            + "11月份，规模以上工业企业实现利润总额8059.6亿元，同比增长9.0%。\n")
        #expect(f.contains { $0.ruleID == "scale-slip" }, "\(f)")
    }

    @Test("the running total and one month's figure, both as written, are clean")
    func openingMonthClean() throws {
        let f = try Self.errors(Self.lead
            + "1—11月份，全国规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%。\n\n"
            + "1—11月份，规模以上工业企业实现利润总额79750.1亿元，同比增长38.0%，比2019年1—11月份增长41.3%。\n\n"
            + "规模以上工业企业资产总计141.07万亿元。\n\n"
            + "11月份，规模以上工业企业实现利润总额8059.6亿元，同比增长9.0%。\n")
        #expect(f.isEmpty, "\(f)")
    }

    func opening(_ text: String) -> String? { MetricIdentity.openingPeriod(text)?.description }

    @Test("openingPeriod reads a sentence's opening months only")
    func openingPeriodReading() {
        #expect(opening("<p>　　11月份，规模以上工业企业") == "????-11")
        #expect(opening("1—11月份，全国") == "????-01..11")
        #expect(opening("2024年，全市") == nil)
        #expect(opening("全市11月份，") == nil)
    }
}
