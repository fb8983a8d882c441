import Foundation
@testable import Gongbao
import Testing

/// The streamed run's cross-document state (`SeriesRules`, `SeriesDigest`): what it keeps, and that it finds
/// what the whole-run validator finds across documents.
@Suite("Series digest")
struct SeriesDigestTests {
    typealias R = RuleUnitTests
    static let folder = "series"

    static func bulletins(april: String = "yunxi-zhaoshang-2024-04") throws -> [DocumentResult] {
        [try MetricTable.bulletin(folder, "yunxi-zhaoshang-2024-02"), try MetricTable.bulletin(folder, "yunxi-zhaoshang-2024-03"),
         try MetricTable.bulletin(folder, april)]
    }

    /// The documents through `SeriesRules` as a stream delivers them: checked one by one, folded in order.
    static func streamed(_ docs: [DocumentResult]) -> (findings: [Finding], state: SeriesDigest) {
        let rules = SeriesRules(R.validator)
        var state = rules.start()
        for d in docs { rules.accumulate(rules.check(d).digest, into: &state) }
        return (rules.findings(across: state), state)
    }

    static func crossDocument(_ findings: [Finding]) -> [Finding] {
        findings.filter { Set($0.locations.map(\.path)).count > 1 }
    }

    @Test("copies of one bulletin keep the figures of one copy")
    func copiesCollapse() throws {
        let one = Self.streamed(try Self.bulletins()).state.count
        var copies: [DocumentResult] = []
        for k in 0..<20 {
            for var d in try Self.bulletins() {
                d.path = "copy\(k)/" + d.path
                d.metrics = d.metrics.map { var m = $0; m.location.path = d.path; return m }
                copies.append(d)
            }
        }
        let run = Self.streamed(copies)
        #expect(one > 0)
        #expect(run.state.count == one)
        #expect(run.state.documents == 60)
        #expect(run.findings.isEmpty, "\(run.findings)")
    }

    @Test("the digest keeps levels, rates and targets with a period, never a sentence")
    func keepsOnlyComparable() throws {
        let d = R.doc("x-2024-04.txt", [
            R.metric("签约项目", 48, "个", "48个", line: 3, scope: "1—4月", cumulative: true),
            R.metric("签约项目同比增长", 20, "%", "20%", line: 3, kind: .percent, scope: "1—4月", direction: .up),
            R.metric("签约项目", 0, nil, "2024年", line: 1, kind: .date),
        ])
        let (_, statements) = R.validator.reportAndStatements(in: d)
        let kept = SeriesDigest.comparable(statements)
        #expect(kept.count == 2)
        #expect(kept.allSatisfy { $0.masked.isEmpty && $0.headings.isEmpty })
    }

    @Test("each faulty 1—4月 bulletin: the digest finds what the whole run finds across documents",
          arguments: ["changed-repeat", "cumulative-fall", "scale-slip", "part-above-whole", "order-broken", "share-over-100"])
    func sameAsWholeRun(_ fault: String) throws {
        let docs = try Self.bulletins(april: "faulty/\(fault)/yunxi-zhaoshang-2024-04")
        let whole = Self.crossDocument(R.validator.findings(in: docs))
        let streamed = Self.streamed(docs).findings
        #expect(streamed.map(\.message) == whole.map(\.message))
        #expect(streamed.map(\.locations) == whole.map(\.locations))
    }

    @Test("a subject a bulletin states with two values is compared with no other bulletin: 毕业生 5399人 and 9586人")
    func severalValuesNotCompared() {
        let metrics = [R.metric("毕业生", 5399, "人", "5399人", line: 161), R.metric("毕业生", 9586, "人", "9586人", line: 161)]
        let a = R.doc("a/yingkou-2025.txt", metrics, period: "2025"), b = R.doc("b/yingkou-2025.txt", metrics, period: "2025")
        #expect(R.validator.findings(in: [a, b]).isEmpty)
        // One value each: a changed figure in the other copy is still an error.
        let c = R.doc("a/yingkou-2025.txt", [metrics[0]], period: "2025")
        let d = R.doc("b/yingkou-2025.txt", [R.metric("毕业生", 5499, "人", "5499人", line: 161)], period: "2025")
        #expect(R.validator.findings(in: [c, d]).map(\.ruleID) == ["same-figure-agrees", "same-figure-agrees"])
    }

    @Test("Pipeline.check (what `check` runs) gives Pipeline.run's findings on each faulty series, from the texts",
          arguments: ["changed-repeat", "cumulative-fall", "scale-slip"])
    func checkLikeRun(_ fault: String) throws {
        let dir = MetricTable.fixtures.appendingPathComponent("series")
        let paths = ["yunxi-zhaoshang-2024-02.txt", "yunxi-zhaoshang-2024-03.txt", "faulty/\(fault)/yunxi-zhaoshang-2024-04.txt"]
            .map { dir.appendingPathComponent($0).path }
        let pipeline = try Pipeline.standard()
        let streamed = pipeline.check(paths: paths, jobs: 1).findings, whole = pipeline.run(paths: paths, jobs: 1).findings
        #expect(!streamed.isEmpty)
        #expect(streamed.map(\.message) == whole.map(\.message))
        #expect(streamed.map(\.locations) == whole.map(\.locations))
    }

    @Test("check keeping only notes finds what check keeping everything finds, and holds no figures or texts",
          arguments: ["changed-repeat", "cumulative-fall"])
    func checkKeepingNotes(_ fault: String) throws {
        let dir = MetricTable.fixtures.appendingPathComponent("series")
        let paths = ["yunxi-zhaoshang-2024-02.txt", "yunxi-zhaoshang-2024-03.txt", "faulty/\(fault)/yunxi-zhaoshang-2024-04.txt"]
            .map { dir.appendingPathComponent($0).path }
        let pipeline = try Pipeline.standard()
        let all = pipeline.check(paths: paths, jobs: 1), slim = pipeline.check(paths: paths, jobs: 1, keeping: .notes(text: false))
        #expect(!slim.findings.isEmpty)
        #expect(slim.findings.map(\.message) == all.findings.map(\.message))
        #expect(slim.documents.map(\.path) == all.documents.map(\.path))
        #expect(slim.documents.allSatisfy { $0.metrics.isEmpty && $0.text == nil })
        #expect(pipeline.check(paths: paths, jobs: 1, keeping: .notes(text: true)).documents.allSatisfy { $0.text != nil })
    }

    @Test("a document whose file name no other input shares stands alone: the digest keeps none of its figures")
    func standingAlone() {
        let inputs = ["a/yunxi-zhaoshang-2024-03.txt", "a/yunxi-zhaoshang-2024-04.txt", "b/linchuan-budget-report.html"]
        let digest = SeriesDigest(inputs: inputs)
        let key = { (p: String) in SeriesKey.key(ofPath: p) }
        #expect(digest.standsAlone(path: inputs[2], series: key(inputs[2])))
        #expect(!digest.standsAlone(path: inputs[0], series: key(inputs[0])))
        // A plain text titled as a bulletin is of its title's series, which another input may share.
        #expect(!digest.standsAlone(path: inputs[2], series: "title:临川市经济运行情况"))
        // Without the run's inputs nothing is known to stand alone.
        #expect(!SeriesDigest().standsAlone(path: inputs[2], series: key(inputs[2])))
    }

    @Test("a series document with no period gets the whole run's note: its running totals cannot be placed")
    func unplacedNote() {
        let a = R.doc("zhaoshang-2024-03.txt", [R.metric("累计签约项目", 35, "个", "35个", line: 3, scope: "1—3月", cumulative: true)])
        let b = R.doc("zhaoshang.txt", [R.metric("累计签约项目", 48, "个", "48个", line: 3, cumulative: true)])
        let whole = R.validator.findings(in: [a, b]).filter { $0.severity == .note }
        #expect(whole.count == 1)
        #expect(Self.streamed([a, b]).findings.map(\.message) == whole.map(\.message))
        // Annual reports (a year in each file name) are no series to order: no note either way.
        let c = R.doc("report-1998.txt", [R.metric("累计签约项目", 35, "个", "35个", line: 3, cumulative: true)])
        let d = R.doc("report-2008.txt", [R.metric("累计签约项目", 48, "个", "48个", line: 3, cumulative: true)])
        #expect(R.validator.findings(in: [c, d]).filter { $0.severity == .note }.isEmpty)
        #expect(Self.streamed([c, d]).findings.isEmpty)
    }
}
