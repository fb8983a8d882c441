import Foundation
import Testing

/// The command-line contract other tools depend on, end to end on the bundled article.
@Suite("CLI: commands")
struct CommandTests {
    static let article = "Corpus/000-dongsheng-talent-2023.txt"

    @Test("extract prints JSON Lines with the contract's fields; lines and columns point into the file")
    func extract() throws {
        let out = try CLIRunner.run(["extract", Self.article, "--format", "jsonl"])
        #expect(out.status == 0, "\(out.stderr)")
        let records = try out.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let seven = try #require(records.first { ($0["surface"] as? String) == "7.8万人" })
        #expect(seven["document"] as? String == Self.article)
        #expect(seven["line"] as? Int == 60)
        #expect(seven["unit"] as? String == "人")
        #expect(seven["kind"] as? String == "count")
        #expect((seven["value"] as? NSNumber)?.intValue == 78000)
        for key in ["column", "subject", "qualifiers", "scope", "direction"] {
            #expect(seven.keys.contains(key), "field \(key)")
        }
    }

    @Test("standard input is read as the path -")
    func stdin() throws {
        let out = try CLIRunner.run(["extract", "-"], stdin: Data("引进人才 63人团队 12支。\n".utf8))
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("\"document\":\"-\""))
        #expect(out.stdout.contains("\"value\":12"))
    }

    @Test("check passes the sound article and fails when the pull quote says 8.7万 instead of 7.8万")
    func plantedRepeat() throws {
        let clean = try CLIRunner.run(["check", Self.article])
        #expect(clean.status == 0, "\(clean.stderr)")

        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var lines = try String(contentsOfFile: CLIRunner.packageRoot.appendingPathComponent(Self.article).path, encoding: .utf8)
            .components(separatedBy: "\n")
        #expect(lines[197].contains("7.8 万"))
        lines[197] = lines[197].replacingOccurrences(of: "7.8 万", with: "8.7 万")
        let faulty = dir.appendingPathComponent("faulty.txt").path
        try lines.joined(separator: "\n").write(toFile: faulty, atomically: true, encoding: .utf8)

        let out = try CLIRunner.run(["check", faulty])
        #expect(out.status == 1, "\(out.stderr)")
        let errors = out.stderrLines.filter { $0.contains(": error:") }
        #expect(errors.contains { $0.hasPrefix(faulty + ":198:") && $0.contains("60") } ||
                errors.contains { $0.hasPrefix(faulty + ":60:") && $0.contains("198") }, "\(out.stderr)")
    }

    @Test("report writes the four reports")
    func report() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLIRunner.run(["report", Self.article, "--out", dir.path])
        #expect(out.status == 0, "\(out.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["metrics.csv", "metrics.json", "metrics.jsonl", "summary.md"])
        let csv = try Data(contentsOf: dir.appendingPathComponent("metrics.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
    }
}
