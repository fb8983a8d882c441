import ArgumentParser
import Foundation
import Gongbao

/// `gongbao extract`: the figures of documents on standard output, for pipes and scorers.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the figures of documents on standard output."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, csv
    }

    @OptionGroup(title: "Input") var input: InputOptions

    @Option(help: "Output format: jsonl (one object per figure), json or csv.")
    var format: Format = .jsonl

    func run() throws {
        // No rules: extract prints figures only (its JSON empties the findings), so rules.yaml is not read.
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline.extracting()
        } catch let error as LexiconError {
            printError(String(describing: error))
            throw ExitCodes.inputFailure
        }
        if format == .json {
            var result = pipeline.run(paths: input.resolvedPaths, jobs: input.jobs)
            result.findings = []
            printOut(JSONReport.render(result))
            for failure in result.failures { printError(failure.description) }
            if !result.failures.isEmpty { throw ExitCodes.inputFailure }
            return
        }
        // JSON Lines and CSV stream: each document's rows are rendered on its worker and written in input
        // order as soon as it is done, so memory does not grow with the input.
        if format == .csv {
            FileHandle.standardOutput.write(Data(("\u{FEFF}" + CSVReport.header.joined(separator: ",") + "\r\n").utf8))
        }
        var failedFiles = 0
        let write = { (item: StreamedDocument, rendered: [UInt8]) in
            if case .failure(let error) = item.outcome {
                printError(error.description)
                failedFiles += 1
            }
            // Written from the rendered buffer itself (Data(rendered) copied every byte of the output once more).
            rendered.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, raw.count > 0 else { return }
                FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base),
                                                     count: raw.count, deallocator: .none))
            }
        }
        let summary: StreamSummary
        if format == .csv {
            summary = pipeline.stream(paths: input.resolvedPaths, jobs: input.jobs, rules: NoStreamingRules(),
                                      prepare: { item -> [UInt8] in
                // Only the format asked for: rendering all three was a sixth of the run.
                item.document.map(RenderedDocument.csvRows) ?? []
            }, write)
        } else {
            // JSON Lines straight from the figures: no metric is built (Pipeline.streamJSONLines).
            summary = pipeline.streamJSONLines(paths: input.resolvedPaths, jobs: input.jobs, write)
        }
        // Paths that named no file at all come first in the summary; files that failed were printed above.
        for failure in summary.failures.prefix(summary.failures.count - failedFiles) { printError(failure.description) }
        if !summary.failures.isEmpty { throw ExitCodes.inputFailure }
    }
}
