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
        let pipeline = try makePipeline(rulesFile: nil)
        var result = pipeline.run(paths: input.resolvedPaths, jobs: input.jobs)
        result.findings = []
        switch format {
        case .jsonl: printOut(JSONLinesReport.render(result.documents))
        case .json: printOut(JSONReport.render(result))
        case .csv: FileHandle.standardOutput.write(Data(CSVReport.render(result.documents)))
        }
        for failure in result.failures { printError(failure.description) }
        if !result.failures.isEmpty { throw ExitCodes.inputFailure }
    }
}
