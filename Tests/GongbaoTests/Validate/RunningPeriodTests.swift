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
