import Gongbao
import Testing

@Suite("Period")
struct PeriodTests {
    @Test("reads machine and Chinese spellings", arguments: [
        ("2024-04", "2024-04"), ("2024-Q1", "2024-Q1"), ("2024-H1", "2024-H1"), ("2024", "2024"),
        ("2023-03-24", "2023-03"), ("1—3月", "????-Q1"), ("1-4月", "????-01..04"), ("一季度", "????-Q1"),
        ("上半年", "????-H1"), ("2024年", "2024"), ("2024年4月份", "2024-04"), ("2024年1—4月", "2024-01..04"),
        ("２０２４年１－２月", "2024-01..02"), ("截至2023年一季度", "2023-Q1"), ("2024年前三季度", "2024-01..09"),
        ("2024年1\u{AD}\u{AD}—4月", "2024-01..04"), ("二季度", "????-Q2"), ("2024年一至四月", "2024-01..04"),
        ("2024年12月", "2024-12"), ("2024-01/04", "2024-01..04"), ("2016-01/10", "2016-01..10"),
        ("????-Q1", "????-Q1"), ("2024-01..04", "2024-01..04"),
        ("2024年前5个月", "2024-01..05"), ("前十个月", "????-01..10"), ("前三个月", "????-Q1"),
        ("截至4月末", "????-01..04"), ("2024年截止8月底", "2024-01..08"), ("4月末", "????-04"),
    ])
    func parses(text: String, expected: String) {
        #expect(Period(text)?.description == expected)
    }

    @Test("names no period", arguments: ["自2020年以来", "3年来", "年内", "全区", "", "东胜区"])
    func none(text: String) {
        #expect(Period(text) == nil)
    }

    @Test("orders a year's bulletins by the last month covered")
    func ordering() {
        let texts = ["2024年", "2024年1—4月", "2024-Q1", "2024年1—2月", "2024-H1", "2023年1—12月", "2024年前三季度"]
        let sorted = texts.compactMap { Period($0) }.sorted().map(\.description)
        #expect(sorted == ["2023", "2024-01..02", "2024-Q1", "2024-01..04", "2024-H1", "2024-01..09", "2024"])
    }

    @Test("1—N月 is a running total; a single month or a whole year is not")
    func yearToDate() {
        #expect(Period("1—4月")!.isYearToDate)
        #expect(Period("上半年")!.isYearToDate)
        #expect(!Period("2024年4月")!.isYearToDate)
        #expect(!Period("2024年")!.isYearToDate)
    }

    @Test("an unknown year matches any year")
    func matching() {
        #expect(Period("1—3月")!.matches(Period("2024-Q1")!))
        #expect(!Period("2023-Q1")!.matches(Period("2024-Q1")!))
        #expect(!Period("1—3月")!.matches(Period("3月")!))
    }
}
