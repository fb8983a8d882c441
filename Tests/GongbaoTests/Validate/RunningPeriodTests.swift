import Foundation
import Gongbao
import Testing

/// Monthly bulletins write the same running period many ways (1—10月, 1月至10月, 前10个月, 前三季度, 今年以来); a
/// running total that falls from one bulletin to the next must be caught whichever way each bulletin writes it.
@Suite("Running periods")
struct RunningPeriodTests {
    @Test("reads the spellings of a running period", arguments: [
        ("1月至10月", "????-01..10"), ("1月份至10月份", "????-01..10"), ("2025年1月-10月", "2025-01..10"),
        ("前10个月", "????-01..10"), ("前两个月", "????-01..02"), ("前十个月", "????-01..10"), ("前11月", "????-01..11"),
        ("前三季度", "????-01..09"),
    ])
    func parses(text: String, expected: String) {
        #expect(Period(text)?.description == expected)
        #expect(Period(text)?.isYearToDate == true)
    }

    @Test("a running period is no part of the place a scope names")
    func placeWithoutPeriod() {
        let catalogue = SubjectCatalogue()
        let place = catalogue.place(ofScope: "全市")
        for scope in ["前10个月；全市", "1月至10月；全市", "前三季度；全市", "1—10月；全市", "前两个月；全市"] {
            #expect(catalogue.place(ofScope: scope) == place, "\(scope)")
        }
    }

    @Test("截至N月末 is a period, not a place: the scope names the whole as 1—N月；全市 does")
    func monthEndIsNoPlace() throws {
        let catalogue = try RuleSet.standard().catalogue
        let whole = catalogue.place(ofScope: "1—3月；全市")
        for scope in ["截至4月末；全市", "截止4月末；全市", "截至4月底；全市", "4月末；全市"] {
            #expect(catalogue.place(ofScope: scope) == whole, "\(scope)")
        }
        // A named part of the region stays a place.
        #expect(catalogue.place(ofScope: "截至4月末；高新区") != whole)
    }

    @Test("a running total that falls is caught when the two bulletins word their periods differently", arguments: [
        ("前三季度，全市累计新增市场主体1.52万户。", "截至10月末，全市累计新增市场主体1.48万户。"),
        ("截至9月末，全市累计签约项目86个。", "1—10月，全市累计签约项目81个。"),
    ])
    func mixedWordingFallCaught(september: String, october: String) throws {
        #expect(try !Self.errors(september: september, october: october).isEmpty)
    }

    @Test("a running total that grows passes when the two bulletins word their periods differently")
    func mixedWordingGrowthPasses() throws {
        #expect(try Self.errors(september: "截至9月末，全市累计签约项目86个。", october: "1—10月，全市累计签约项目91个。").isEmpty)
        #expect(try Self.errors(september: "前三季度，全市累计新增市场主体1.52万户。",
                                october: "截至10月末，全市累计新增市场主体1.61万户。").isEmpty)
    }

    /// A paragraph of a bulletin's usual width around the sentence under test (a page of two short lines reads as
    /// one run-on column).
    static let body = "全市经济运行总体平稳，主要指标保持增长，生产需求稳步恢复，市场价格基本稳定，就业形势总体稳定。"

    /// Two bulletins of a series in a temporary folder, checked together as `gongbao check DIR` does.
    static func errors(september: String, october: String) throws -> [Finding] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-series-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try ("2025年9月全市经济运行简况\n" + body + "\n" + september + "\n" + body + "\n").write(toFile: dir.appendingPathComponent("2025-09.txt").path,
                                                         atomically: true, encoding: .utf8)
        try ("2025年10月全市经济运行简况\n" + body + "\n" + october + "\n" + body + "\n").write(toFile: dir.appendingPathComponent("2025-10.txt").path,
                                                          atomically: true, encoding: .utf8)
        return try Pipeline.standard().check(paths: [dir.path], jobs: 1).findings
            .filter { $0.severity == .error && $0.ruleID == "cumulative-never-falls" }
    }

    @Test("a running total that falls is caught however each bulletin names its period", arguments: [
        ("前三季度，全市社会消费品零售总额776.2亿元。", "前10个月，全市社会消费品零售总额762.5亿元。"),
        ("1月至9月，全市一般公共预算收入完成180.1亿元。", "1月至10月，全市一般公共预算收入完成178.4亿元。"),
        ("1—9月全市进出口总额305.3亿元。", "1至10月全市进出口总额296.8亿元。"),
        ("今年以来，全市城镇新增就业4.12万人。", "今年以来，全市城镇新增就业3.95万人。"),
    ])
    func fallCaught(september: String, october: String) throws {
        #expect(try !Self.errors(september: september, october: october).isEmpty)
    }

    @Test("a running total that grows, and one month's own figure, pass")
    func growthPasses() throws {
        #expect(try Self.errors(september: "前三季度，全市社会消费品零售总额776.2亿元。",
                                october: "前10个月，全市社会消费品零售总额862.5亿元。10月当月，全市社会消费品零售总额86.3亿元。").isEmpty)
        #expect(try Self.errors(september: "1月至9月，全市一般公共预算收入完成180.1亿元。",
                                october: "1月至10月，全市一般公共预算收入完成198.4亿元。").isEmpty)
    }

    /// Two bulletins saved under names that say nothing of their series (a.txt, b.txt): their titles do.
    static func errorsOfTitled(_ first: String, _ second: String) throws -> [Finding] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-titled-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try first.write(toFile: dir.appendingPathComponent("a.txt").path, atomically: true, encoding: .utf8)
        try second.write(toFile: dir.appendingPathComponent("b.txt").path, atomically: true, encoding: .utf8)
        return try Pipeline.standard().check(paths: [dir.path], jobs: 1).findings
            .filter { $0.severity == .error && $0.ruleID == "cumulative-never-falls" }
    }

    @Test("a bulletin titled 截至N月末 is of the series titled 1—N月")
    func monthEndTitleIsOneSeries() throws {
        let sep = "云溪市2025年1—9月经济运行情况\n" + Self.body + "\n1—9月，全市累计签约项目86个。\n" + Self.body + "\n"
        let oct = "云溪市2025年截至10月末经济运行情况\n" + Self.body + "\n截至10月末，全市累计签约项目81个。\n" + Self.body + "\n"
        #expect(try !Self.errorsOfTitled(sep, oct).isEmpty)
        let grown = oct.replacingOccurrences(of: "81个", with: "91个")
        #expect(try Self.errorsOfTitled(sep, grown).isEmpty)
    }

    @Test("a web page's <h1> names its series as a text bulletin's first line does")
    func pageHeadingIsOneSeries() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = "<html><head><meta charset=\"utf-8\"><title>云溪市2025年1—9月经济运行情况_云溪市人民政府</title></head><body>\n"
            + "<h1>云溪市2025年1—9月经济运行情况</h1>\n<p>" + Self.body + "</p>\n<p>1—9月，全市累计签约项目86个。</p>\n<p>" + Self.body + "</p>\n</body></html>\n"
        try page.write(toFile: dir.appendingPathComponent("sep.html").path, atomically: true, encoding: .utf8)
        func errors(_ october: String) throws -> [Finding] {
            try ("云溪市2025年1—10月经济运行情况\n" + Self.body + "\n" + october + "\n" + Self.body + "\n")
                .write(toFile: dir.appendingPathComponent("oct.txt").path, atomically: true, encoding: .utf8)
            return try Pipeline.standard().check(paths: [dir.path], jobs: 1).findings
                .filter { $0.severity == .error && $0.ruleID == "cumulative-never-falls" }
        }
        #expect(try !errors("1—10月，全市累计签约项目81个。").isEmpty)
        #expect(try errors("1—10月，全市累计签约项目91个。").isEmpty)
        // Another city's page is another series.
        try page.replacingOccurrences(of: "云溪市", with: "临川市").write(toFile: dir.appendingPathComponent("sep.html").path,
                                                                       atomically: true, encoding: .utf8)
        #expect(try errors("1—10月，全市累计签约项目81个。").isEmpty)
    }

    @Test("bulletins whose file names differ are one series when their titles are one title but for the period")
    func seriesByTitle() throws {
        let sep = "2025年1-9月临川市经济运行情况\n" + Self.body + "\n1-9月，全市规模以上工业企业营业收入1236.5亿元。\n" + Self.body + "\n"
        let oct = "临川市2025年1—10月经济运行情况\n" + Self.body + "\n1-10月，全市规模以上工业企业营业收入1216.5亿元。\n" + Self.body + "\n"
        #expect(try !Self.errorsOfTitled(sep, oct).isEmpty)
        // Another city's bulletin is another series: its smaller total is no fall.
        let other = oct.replacingOccurrences(of: "临川市", with: "云溪市")
        #expect(try Self.errorsOfTitled(sep, other).isEmpty)
    }

    @Test("a title's running period is the document's period however it is written", arguments: [
        ("云溪市2024年前3个月招商引资工作情况通报", "2024-01/03"), ("云溪市2024年1月至3月招商引资工作情况", "2024-01/03"),
        ("2024年一至三月全市经济运行情况", "2024-01/03"), ("2016年1—10月德清县固定资产投资情况", "2016-01/10"),
        ("2024年3月全市经济运行情况", "2024-03"),
    ])
    func titlePeriod(title: String, expected: String) throws {
        let extraction = try Extractor().extraction(inText: title + "\n\n全市签约项目12个，总投资35.6亿元。\n")
        #expect(extraction.period == expected)
    }
}
