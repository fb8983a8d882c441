import Foundation
import Gongbao
import Testing

/// Three monthly bulletins of 云溪市 (1—2月, 1—3月, 1—4月: cumulative projects and funds), written for
/// these tests in Fixtures/validate/series/ with their figures by hand; each faulty variant replaces
/// the 1—4月 bulletin and must be caught at its line, the clean series must give no error.
@Suite("Fault injection on a series of bulletins")
struct SeriesFaultInjectionTests {
    static let name = "yunxi-zhaoshang-2024-0"
    static let validator = Validator(rules: try! RuleSet.standard())

    static func series(april folder: String = "series") throws -> [DocumentResult] {
        [try MetricTable.bulletin("series", name + "2"), try MetricTable.bulletin("series", name + "3"),
         try MetricTable.bulletin(folder, name + "4")]
    }

    static let variants = ["series", "series/faulty/changed-repeat", "series/faulty/part-above-whole",
                           "series/faulty/order-broken", "series/faulty/cumulative-fall", "series/faulty/scale-slip",
                           "series/faulty/share-over-100"]

    @Test("every hand-built figure sits at its line:column in its bulletin", arguments: variants)
    func fixturesMatchText(folder: String) throws {
        for month in folder == "series" ? ["2", "3", "4"] : ["4"] {
            let doc = try MetricTable.bulletin(folder, Self.name + month)
            let file = MetricTable.fixtures.appendingPathComponent(doc.path)
            for m in doc.metrics {
                let found = try MetricTable.text(in: file, line: m.location.line, column: m.location.column,
                                                 count: m.surface.unicodeScalars.count)
                #expect(found == m.surface, "\(doc.path):\(m.location.line):\(m.location.column)")
            }
        }
    }

    @Test("the clean series gives no error and no warning, and its cumulative chains are checked")
    func clean() throws {
        let report = Self.validator.report(in: try Self.series())
        #expect(report.findings.filter { $0.severity >= .warning }.isEmpty, "\(report.findings)")
        let rows = Dictionary(uniqueKeysWithValues: report.summaries.map { ($0.ruleID, $0) })
        // 签约项目, 实际到位资金, 招引项目, 签约金额, 工业项目签约, 签约金额(part), 开工项目, 省外到位资金: 8 chains × 2 steps
        #expect(rows["cumulative-never-falls"]!.checked == 16)
        #expect(rows["declared-order"]!.checked == 3 * 3)   // 签约 ≤ 招引 (two statements), 开工 ≤ 签约, per bulletin
        #expect(rows["share-over-100"]!.checked == 3)
        #expect(rows["growth-consistency"]!.notEvaluable == 3)  // no 2023 levels in the run
    }

    func errors(_ fault: String) throws -> [Finding] {
        Self.validator.findings(in: try Self.series(april: "series/faulty/" + fault)).filter { $0.severity >= .warning }
    }

    @Test("changed repeat: 签约项目 46个 on line 7 against 48个 on line 3")
    func changedRepeat() throws {
        let f = try errors("changed-repeat")
        #expect(f.map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
        #expect(f.map(\.lines) == [[3, 7], [7, 3]])
        #expect(f.last?.message == "累计签约项目 46个 here, 48个 at line 3")
    }

    @Test("part above whole: 其中工业项目签约 53个 (line 8) above 签约项目 48个 (line 7)")
    func partAboveWhole() throws {
        let f = try errors("part-above-whole")
        // At the part, and at the total on its own line (the total may be the one written too small).
        #expect(f.map(\.ruleID) == ["part-exceeds-total", "part-exceeds-total"])
        #expect(f.map(\.lines) == [[7, 8], [8, 7]])
        #expect(f.last?.locations.map(\.column) == [10, 25])
    }

    @Test("order broken: 开工项目 52个 (line 8) above 签约项目 48个")
    func orderBroken() throws {
        let f = try errors("order-broken")
        #expect(f.map(\.ruleID) == ["declared-order"])
        #expect(f.first?.lines == [8, 3])
    }

    @Test("cumulative fall: 1—4月 签约项目 32个 after 1—3月 35个, named in the 1—3月 bulletin")
    func cumulativeFall() throws {
        let f = try errors("cumulative-fall")
        // At the fallen figure, and at the earlier bulletin's (it may be the one written too large).
        #expect(f.map(\.ruleID) == ["cumulative-never-falls", "cumulative-never-falls"])
        #expect(f.first { $0.locations.first?.path.hasSuffix("cumulative-fall/yunxi-zhaoshang-2024-04.txt") == true }?
            .locations.map(\.description) == [
            "series/faulty/cumulative-fall/yunxi-zhaoshang-2024-04.txt:3:32",
            "series/yunxi-zhaoshang-2024-03.txt:3:32",
        ])
    }

    @Test("万/亿 slip: 签约金额 196.5万元 — scale-slip warning, the fall and the parts above it are errors")
    func scaleSlip() throws {
        let f = try errors("scale-slip")
        #expect(f.map(\.ruleID).sorted() == ["cumulative-never-falls", "cumulative-never-falls", "part-exceeds-total",
                                               "part-exceeds-total", "scale-slip"])
        let slip = f.first { $0.ruleID == "scale-slip" }!
        #expect(slip.severity == .warning)
        #expect(slip.lines == [7, 7])
        #expect(slip.locations.first?.path == "series/faulty/scale-slip/yunxi-zhaoshang-2024-04.txt")
        #expect(slip.locations.last?.path == "series/yunxi-zhaoshang-2024-03.txt")
    }

    @Test("share over 100%: 比重 171.8% on line 12")
    func shareOver100() throws {
        let f = try errors("share-over-100")
        #expect(f.map(\.ruleID) == ["share-over-100"])
        #expect(f.first?.lines == [12])
    }

    @Test("bulletins given out of order are ordered by the period in their file name")
    func order() throws {
        let docs = try Self.series(april: "series/faulty/cumulative-fall").reversed()
        #expect(Self.validator.findings(in: Array(docs)).filter { $0.severity == .error }.map(\.ruleID)
                == ["cumulative-never-falls", "cumulative-never-falls"])
    }

    @Test("a period from the extractor wins over the file name; none at all leaves a note, not an error")
    func periods() throws {
        var docs = try Self.series(april: "series/faulty/cumulative-fall")
        docs = docs.enumerated().map { i, d in
            DocumentResult(path: "\(["b", "c", "a"][i])/bulletin.txt", kind: d.kind, encoding: d.encoding,
                           metrics: d.metrics.map { var m = $0; m.scope = nil; return m }, period: nil)
        }
        let report = Self.validator.report(in: docs)
        #expect(report.findings.filter { $0.severity >= .warning }.isEmpty, "\(report.findings)")
        #expect(report.findings.contains { $0.ruleID == "cumulative-never-falls" && $0.severity == .note })
        docs[0].period = "2024年1—2月"; docs[1].period = "2024-03"; docs[2].period = "2024年4月份"
        #expect(Self.validator.findings(in: docs).filter { $0.severity == .error }.map(\.ruleID)
                == ["cumulative-never-falls", "cumulative-never-falls"])
    }
}
