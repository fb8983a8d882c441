import ArgumentParser
import Foundation
import Gongbao

/// `gongbao report`: metrics.csv, summary.md and metrics.json for analysts, written atomically.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write metrics.csv, summary.md and metrics.json for documents.",
        aliases: ["run"]
    )

    @OptionGroup(title: "Input") var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("Folder for the reports.", valueName: "dir"))
    var out: String = "Reports"

    @Option(name: .long, help: ArgumentHelp("Extra rule file (YAML), added to the bundled rules.", valueName: "file"))
    var rules: String?

    func run() throws {
        let result = try makePipeline(rulesFile: rules).run(paths: input.resolvedPaths, jobs: input.jobs)
        FileHandle.standardError.write(Data(DiagnosticReport.render(result).utf8))
        if result.documents.isEmpty {
            printError("\(out): error: no document could be read; no report written")
            throw ExitCodes.inputFailure
        }
        let base = out.hasSuffix("/") ? String(out.dropLast()) : out
        do {
            try AtomicFile.write([
                (base + "/metrics.csv", CSVReport.render(result.documents)),
                (base + "/summary.md", Array(MarkdownReport.render(result).utf8)),
                (base + "/metrics.json", Array(JSONReport.render(result).utf8)),
            ])
        } catch {
            printError(error.description)
            throw ExitCodes.inputFailure
        }
        let figures = result.documents.reduce(0) { $0 + $1.metrics.count }
        printError("wrote \(base)/metrics.csv, summary.md, metrics.json: \(result.documents.count) documents, "
            + "\(figures) figures, \(result.findings.count) findings")
        if !result.failures.isEmpty { throw ExitCodes.inputFailure }
    }
}
