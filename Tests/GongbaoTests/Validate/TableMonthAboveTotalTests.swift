import Foundation
import Gongbao
import Testing

/// A monthly bulletin's table gives each row for the month and for the running total (| 指标 | 6月 | 1-6月累计 |). The
/// month is part of the total; the 累计 of the total's column header is no place of its own, so the two are compared.
@Suite("A month's table cell above its running total")
struct TableMonthAboveTotalTests {
    static let table = "2020年6月主要经济指标\n| 指标 | 6月 | 1-6月累计 |\n| 规模以上工业增加值(亿元) | 104.37 | 497.99 |\n| 规模以上工业销售产值(亿元) | 464.99 | 2182.70 |\n"

    @Test("a month's cell above the 1-N月累计 cell of its row errs; below it passes")
    func monthAboveRunningTotal() throws {
        let fits = try PipelineOnText.findings(Self.table).filter { $0.ruleID == "cumulative-never-falls" && $0.severity == .error }
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try PipelineOnText.findings(Self.table.replacingOccurrences(of: "| 104.37 |", with: "| 547.79 |"))
            .filter { $0.ruleID == "cumulative-never-falls" && $0.severity == .error }
        #expect(wrong.count == 1, "\(wrong)")
    }
}
