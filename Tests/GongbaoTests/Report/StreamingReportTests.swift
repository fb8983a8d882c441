import Foundation
import Testing
@testable import Gongbao

@Suite("Streaming report writers")
struct StreamingReportTests {
    private func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-stream-\(UUID().uuidString)").path
    }

    /// Two documents (the second without figures) plus a failure, and the fixture's finding.
    private var run: RunResult {
        var result = ReportFixtures.result
        var second = result.documents[0]
        second.path = "Corpus/b.html"
        second.kind = .html
        second.period = nil
        var third = second
        third.path = "Corpus/c.txt"
        third.metrics = []
        result.documents += [second, third]
        result.failures = [.missing(path: "nope.txt"), .binary(path: "x.bin")]
        return result
    }

    @Test("streamed metrics.csv, metrics.jsonl and metrics.json are the in-memory writers' bytes")
    func sameBytes() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = run
        let writer = try StreamingReportWriter(folder: folder)
        for doc in result.documents { try writer.append(RenderedDocument(doc)) }
        try writer.append(RenderedDocument(nil))  // a failed input adds nothing
        try writer.finish(findings: result.findings, failures: result.failures)

        let csv = try Data(contentsOf: URL(fileURLWithPath: folder + "/metrics.csv"))
        #expect(Array(csv) == CSVReport.render(result.documents))
        let lines = try String(contentsOfFile: folder + "/metrics.jsonl", encoding: .utf8)
        #expect(lines == JSONLinesReport.render(result.documents))
        let json = try String(contentsOfFile: folder + "/metrics.json", encoding: .utf8)
        #expect(json == JSONReport.render(result))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            == ["metrics.csv", "metrics.json", "metrics.jsonl"])
    }

    @Test("an empty run writes the same bytes as the in-memory writers")
    func emptyRun() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = try StreamingReportWriter(folder: folder)
        try writer.finish(findings: [], failures: [])
        let json = try String(contentsOfFile: folder + "/metrics.json", encoding: .utf8)
        #expect(json == JSONReport.render(RunResult(documents: [])))
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/metrics.csv"))) == CSVReport.render([]))
    }

    @Test("a run abandoned half way leaves the old reports untouched and no temp file")
    func abandoned() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/metrics.csv"))
        struct Crash: Error {}
        func failingRun() throws {
            let writer = try StreamingReportWriter(folder: folder)
            try writer.append(RenderedDocument(run.documents[0]))
            throw Crash()  // the writer goes out of scope unfinished
        }
        #expect(throws: Crash.self) { try failingRun() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["metrics.csv"])
        #expect(try String(contentsOfFile: folder + "/metrics.csv", encoding: .utf8) == "old")

        let writer = try StreamingReportWriter(folder: folder)
        try writer.append(RenderedDocument(run.documents[0]))
        writer.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["metrics.csv"])
    }

    @Test("a report folder that cannot be created is an error naming it, and nothing is written")
    func unwritable() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/file", contents: Data())
        #expect(throws: ReportError.self) {
            _ = try Pipeline.standard().writeReports(paths: [IngestFixtureFolder.path], to: folder + "/file/out",
                                                     jobs: 2, rules: NoStreamingRules())
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
    }

    @Test("Pipeline.writeReports streams what Pipeline.run renders")
    func pipelineReports() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pipeline = try Pipeline.standard()
        let summary = try pipeline.writeReports(paths: [IngestFixtureFolder.path], to: folder, jobs: 2, window: 3,
                                                rules: WholeRunRules(pipeline.validator))
        let result = pipeline.run(paths: [IngestFixtureFolder.path], jobs: 1)
        #expect(summary.documents == result.documents.count)
        #expect(summary.failures == result.failures)
        let json = try String(contentsOfFile: folder + "/metrics.json", encoding: .utf8)
        #expect(json == JSONReport.render(result))
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/metrics.csv")))
            == CSVReport.render(result.documents))
    }

    @Test("the progress line reads done/total, MB/s and findings; off when not a terminal")
    func progress() throws {
        #expect(ProgressLine.text(done: 12, total: 50, bytes: 25_000_000, findings: 3, seconds: 2)
            == "12/50 documents · 12.5 MB/s · 3 findings")
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let line = ProgressLine(fd: fds[1], delay: 0, interval: 0)
        line.update(done: 1, of: 2, bytes: 10, findings: 0)
        line.finish()
        close(fds[1])
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(read(fds[0], &buffer, 16) == 0)  // a pipe is not a terminal: nothing drawn
    }
}
