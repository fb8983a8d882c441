import Foundation
import Testing

/// The user-facing contract for bad input: one line naming the file, the exit code, never a crash or a
/// half-written report.
@Suite("CLI: bad input")
struct BadInputTests {
    /// Runs `check` on one path and returns its output; the error must be one line that names the path.
    private func checkOne(_ path: String, mentions reason: String) throws {
        let out = try CLIRunner.run(["check", path])
        #expect(out.status == 2, "exit status for \(path)")
        let errors = out.stderrLines.filter { $0.contains(": error:") }
        #expect(errors.count == 1, "one error line: \(out.stderr)")
        #expect(errors.first?.hasPrefix(path + ": error: ") == true, "names the file: \(out.stderr)")
        #expect(errors.first?.dropFirst(path.count).contains(reason) == true, "says why: \(out.stderr)")
    }

    @Test("a missing path") func missing() throws {
        try checkOne("/nonexistent/bulletin.txt", mentions: "no such file")
    }

    @Test("a folder with no documents") func emptyFolder() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try checkOne(dir.path, mentions: "no documents")
    }

    @Test("an empty file") func empty() throws {
        try checkOne(CLIRunner.fixture("ingest/empty.txt"), mentions: "empty")
    }

    @Test("a binary file") func binary() throws {
        try checkOne(CLIRunner.fixture("ingest/binary.bin"), mentions: "binary")
    }

    @Test("bytes that are neither UTF-8 nor GB18030") func invalid() throws {
        try checkOne(CLIRunner.fixture("ingest/invalid.txt"), mentions: "decode")
    }

    @Test("broken HTML is read with recovery, its figures still found") func brokenHTML() throws {
        let out = try CLIRunner.run(["extract", CLIRunner.fixture("ingest/broken.html")])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("\"surface\":\"33个\""))
        #expect(out.stdout.contains("\"value\":17565000000"))
    }

    @Test("a number with 400 digits is not a figure, and nothing crashes") func hugeNumber() throws {
        let out = try CLIRunner.run(["extract", CLIRunner.fixture("cli/huge-number.txt")])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("\"value\":63"))
        #expect(!out.stdout.contains("9999999999999999999999999999999999999999"))
    }

    @Test("the other documents are still processed when one fails") func mixed() throws {
        let out = try CLIRunner.run(["extract", CLIRunner.fixture("ingest/empty.txt"), CLIRunner.fixture("ingest/broken.html")])
        #expect(out.status == 2)
        #expect(out.stdout.contains("\"surface\":\"33个\""))
    }

    @Test("report writes nothing when no document can be read") func noPartialReport() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLIRunner.run(["report", CLIRunner.fixture("ingest/empty.txt"), "--out", dir.path + "/r"])
        #expect(out.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/r"))
    }

    @Test("a usage error exits 64") func usage() throws {
        let out = try CLIRunner.run(["check", "--jobs", "0"])
        #expect(out.status == 64)
    }
}
