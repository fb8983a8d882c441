import Foundation
import Gongbao
import Testing

/// The bundled article's real figures (hand-built from its lines, as the extractor will give them) must
/// pass every rule; each planted fault must be caught at the lines where it sits.
@Suite("Fault injection on the bundled article")
struct ArticleFaultInjectionTests {
    static let path = "Corpus/000-dongsheng-talent-2023.txt"

    static func article() throws -> [MetricTable.Row] {
        try MetricTable.rows("dongsheng-talent-2023.metrics.tsv", path: path)
    }

    /// The article with the row `id` changed by `change`.
    static func planted(_ id: String, _ change: (inout Metric) -> Void) throws -> [DocumentResult] {
        var rows = try article()
        let i = rows.firstIndex { $0.id == id }!
        change(&rows[i].metric)
        return [DocumentResult(path: path, kind: .plainText, encoding: "UTF-8", metrics: rows.map(\.metric))]
    }

    static let validator = Validator(rules: try! RuleSet.standard())

    @Test("every hand-built figure sits at its line:column in the real article")
    func fixtureMatchesText() throws {
        let file = MetricTable.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(Self.path)
        for row in try Self.article() {
            let m = row.metric
            let found = try MetricTable.text(in: file, line: m.location.line, column: m.location.column,
                                             count: m.surface.unicodeScalars.count)
            #expect(found == m.surface, "\(row.id) at \(m.location.line):\(m.location.column)")
        }
    }

    @Test("the sound article yields no error and no warning")
    func cleanArticle() throws {
        let docs = [DocumentResult(path: Self.path, kind: .plainText, encoding: "UTF-8", metrics: try Self.article().map(\.metric))]
        let report = Self.validator.report(in: docs)
        #expect(report.findings.filter { $0.severity >= .warning }.isEmpty, "\(report.findings)")
        let rows = Dictionary(uniqueKeysWithValues: report.summaries.map { ($0.ruleID, $0) })
        // 7.8万人 (60, 198), 两院院士 (60, 199), 万人计划 (61, 200), 人才工程 (110, 138), 人才活动, 服务举措, 五类活动
        #expect(rows["same-figure-agrees"]!.checked >= 6)
        #expect(rows["same-figure-agrees"]!.failed == 0)
        // 其中: five 人 parts of 7.8万人 and their sum, two parts of the pull quote and their sum
        #expect(rows["part-exceeds-total"]!.checked == 9)
        // 签约项目 40个 ≤ 招引项目 236项
        #expect(rows["declared-order"]!.checked == 1)
        #expect(rows["declared-order"]!.failed == 0)
    }

    @Test("a changed repeat: line 198 says 8.7万 — an error at 198 naming 60, and at 60 naming 198 (of two, either may be wrong)")
    func changedRepeat() throws {
        let docs = try Self.planted("s57") { $0.value = 87000; $0.surface = "8.7 万\n人" }
        let errors = Self.validator.findings(in: docs).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
        #expect(errors.map(\.lines) == [[60, 198], [198, 60]])
        #expect(errors.last?.message == "各类人才资源 8.7万人 here, 7.8万人 at line 60")
    }

    @Test("a rounded repeat agrees: 78000人 and 7.8万人, 7.83万 and 7.8万")
    func roundedRepeats() throws {
        for (value, surface) in [(Decimal(78000), "78000人"), (Decimal(78300), "7.83万人"), (Decimal(78400), "7.84万人")] {
            let docs = try Self.planted("s57") { $0.value = value; $0.surface = surface }
            #expect(Self.validator.findings(in: docs).filter { $0.severity == .error }.isEmpty, "\(surface)")
        }
        let docs = try Self.planted("s57") { $0.value = 78600; $0.surface = "7.86万人" }
        #expect(Self.validator.findings(in: docs).map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
    }

    @Test("a part above its whole: 73人 planted as 9.3万人 — error at line 67 naming line 60, and at the total's line")
    func partAboveWhole() throws {
        let docs = try Self.planted("s24") { $0.value = 93000; $0.surface = "9.3万人" }
        let errors = Self.validator.findings(in: docs).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["part-exceeds-total", "part-exceeds-total"])
        #expect(errors.map(\.lines) == [[60, 67], [67, 60]])
    }

    @Test("parts that each fit but together exceed the total — a warning at the total, naming every part")
    func partsSumAboveWhole() throws {
        var rows = try Self.article()
        for (id, v) in [("s22", Decimal(40000)), ("s24", Decimal(39000))] {
            let i = rows.firstIndex { $0.id == id }!
            rows[i].metric.value = v
        }
        let docs = [DocumentResult(path: Self.path, kind: .plainText, encoding: "UTF-8", metrics: rows.map(\.metric))]
        let found = Self.validator.findings(in: docs)
        #expect(found.map(\.ruleID) == ["part-exceeds-total"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.lines == [60, 60, 61, 63, 63, 67])
        #expect(found.first?.message.contains("add up to at least 7.9047万人") == true)
    }

    @Test("an order broken: 签约项目 260个 above 招引项目 236项 — error at line 23 naming line 22")
    func orderBroken() throws {
        let docs = try Self.planted("s7") { $0.value = 260; $0.surface = "260个" }
        let errors = Self.validator.findings(in: docs).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["declared-order"])
        #expect(errors.first?.lines == [23, 22])
    }

    @Test("a 万/亿 slip in the pull quote: 7.8亿人 — scale-slip error naming lines 198 and 60")
    func scaleSlip() throws {
        let docs = try Self.planted("s57") { $0.value = 780_000_000; $0.surface = "7.8 亿\n人" }
        let errors = Self.validator.findings(in: docs).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["scale-slip", "scale-slip"])
        #expect(errors.map(\.lines) == [[60, 198], [198, 60]])
    }

    @Test("a share over 100%: a planted 占比 112% is an error; 完成率 and growth above 100% are not")
    func shareOver100() throws {
        var rows = try Self.article()
        func percent(_ subject: String, _ value: Decimal, line: Int, direction: Direction? = nil) -> Metric {
            Metric(location: SourceLocation(path: Self.path, line: line, column: 1), sourceRange: 0..<0,
                   surface: "\(value)%", subject: subject, value: value, unit: "%", kind: .percent, direction: direction)
        }
        rows.append(.init(id: "p1", metric: percent("高层次人才占人才资源比重", 112, line: 61)))
        rows.append(.init(id: "p2", metric: percent("完成年度计划", 112, line: 62)))
        rows.append(.init(id: "p3", metric: percent("人才资源总量比上年增长", 112, line: 64, direction: .up)))
        let docs = [DocumentResult(path: Self.path, kind: .plainText, encoding: "UTF-8", metrics: rows.map(\.metric))]
        let errors = Self.validator.findings(in: docs).filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["share-over-100"])
        #expect(errors.first?.lines == [61])
    }
}
