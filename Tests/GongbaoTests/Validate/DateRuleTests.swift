import Foundation
@testable import Gongbao
import Testing

/// date-exists: a day its month does not have (2月30日, 4月31日, 2023年2月29日) is a slip of the pen.
@Suite("Dates that do not exist")
struct DateRuleTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "全市重点项目建设情况\n\n"

    @Test("a 31st of a 30-day month, a 30th of February, a 29th of February in no leap year are errors")
    func impossible() throws {
        for date in ["4月31日", "2025年6月31日", "2月30日", "2023年2月29日", "11月31日"] {
            let f = try Self.errors(Self.lead + "\(date)，全市召开重点项目推进会，签约项目12个。\n")
            #expect(f.map(\.ruleID) == ["date-exists"], "\(date): \(f)")
        }
    }

    @Test("the look-alikes that exist: the last day of a month, 2月29日 of a leap year or with no year written, a lunar 三十")
    func possible() throws {
        for date in ["4月30日", "2025年3月31日", "2024年2月29日", "2月29日", "2000年2月29日", "12月31日"] {
            #expect(try Self.errors(Self.lead + "\(date)，全市召开重点项目推进会，签约项目12个。\n").isEmpty, "\(date)")
        }
        #expect(try Self.errors(Self.lead + "农历2月30日，全市召开重点项目推进会，签约项目12个。\n").isEmpty)
    }

    @Test("the calendar itself: month lengths, leap years, months out of range")
    func calendar() {
        #expect(DateRule.impossibility(year: 2025, month: 4, day: 30, yearWritten: true) == nil)
        #expect(DateRule.impossibility(year: 2025, month: 4, day: 31, yearWritten: true) != nil)
        #expect(DateRule.impossibility(year: 1900, month: 2, day: 29, yearWritten: true) != nil)
        #expect(DateRule.impossibility(year: 1900, month: 2, day: 29, yearWritten: false) == nil)
        #expect(DateRule.impossibility(year: 2025, month: 13, day: 1, yearWritten: true) != nil)
        #expect(DateRule.parts("????-06-31").map { [$0.0, $0.1, $0.2] } == [0, 6, 31])
        #expect(DateRule.parts("2025-Q1") == nil)
    }

    @Test("a month above 12 after a written year or before a day is an error; spans of months and ranges are not dates")
    func monthOutOfRange() throws {
        for date in ["2024年14月", "2025年13月16日", "13月5日", "2023年19月份"] {
            let f = try Self.errors(Self.lead + "\(date)，全市召开重点项目推进会，签约项目12个。\n")
            #expect(f.map(\.ruleID) == ["date-exists"], "\(date): \(f)")
        }
        for text in ["连续13个月，全市签约项目12个。", "近18月以来，全市签约项目12个。", "第13月度例会上，全市签约项目12个。",
                     "2024年12月，全市签约项目12个。", "合同期限为2年13月，全市签约项目12个。", "编号202413月，全市签约项目12个。"] {
            #expect(try Self.errors(Self.lead + text + "\n").isEmpty, "\(text)")
        }
        #expect(DateRule.impossibleMonths(Array("2025年14月20日".utf8)).map(\.2) == [14])
        #expect(DateRule.impossibleMonths(Array("1—12月".utf8)).isEmpty)
    }
}
