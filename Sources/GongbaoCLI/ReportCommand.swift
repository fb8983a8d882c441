import ArgumentParser
import Foundation
import Gongbao

/// `gongbao report`: metrics.csv, metrics.jsonl, metrics.json and summary.md for analysts.
///
/// Streams: documents run in parallel and their rows are written as they complete, so memory follows the
/// documents in flight plus the figures the series rules keep, not the size of the archive. Each file is
/// written under a temp name and renamed only when complete.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write metrics.csv, metrics.jsonl, metrics.json and summary.md for documents.",
        aliases: ["run"]
    )

    @OptionGroup(title: "Input") var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("Folder for the reports.", valueName: "dir"))
    var out: String = "Reports"

    @Option(name: .long, help: ArgumentHelp("Extra rule file (YAML), added to the bundled rules.", valueName: "file"))
    var rules: String?

    func run() throws {
        let pipeline = try makePipeline(rulesFile: rules)
        let base = out.hasSuffix("/") && out.count > 1 ? String(out.dropLast()) : out
        // The summary shows the first figures of each document; the files hold them all.
        var shown: [DocumentResult] = []
        var counts: [String: Int] = [:]
        let summary: StreamSummary
        do {
            summary = try pipeline.writeReports(
                paths: input.resolvedPaths, to: base, jobs: input.jobs, rules: SeriesRules(pipeline.validator),
                progress: ProgressLine(),
                observe: { doc in
                    var compact = doc
                    compact.text = nil
                    let figures = doc.metrics.filter { $0.kind.isQuantity }
                    counts[doc.path] = figures.count
                    compact.metrics = Array(figures.prefix(MarkdownReport.figuresPerDocument))
                    shown.append(compact)
                })
        } catch {
            printError(error.description)
            throw ExitCodes.inputFailure
        }
        let result = RunResult(documents: shown, findings: summary.findings, failures: summary.failures,
                               ruleSummaries: summary.ruleSummaries)
        FileHandle.standardError.write(Data(DiagnosticReport.render(result).utf8))
        do {
            try AtomicFile.write(MarkdownReport.render(result, figureCounts: counts), to: base + "/summary.md")
        } catch {
            printError(error.description)
            throw ExitCodes.inputFailure
        }
        printError("wrote \(base)/metrics.csv, metrics.jsonl, metrics.json, summary.md: \(summary.documents) documents, "
            + "\(summary.metrics) figures (\(counts.values.reduce(0, +)) quantities: summary.md lists those), "
            + "\(summary.findings.count) findings")
        if !summary.failures.isEmpty { throw ExitCodes.inputFailure }
    }
}
