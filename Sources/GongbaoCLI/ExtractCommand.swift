import ArgumentParser
import Foundation
import Gongbao

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the figures of documents on standard output."
    )

    @Argument(help: "Files or folders (default: Corpus).")
    var paths: [String] = []

    @Option(help: "Output format: jsonl.")
    var format: String = "jsonl"

    func run() throws {
        let pipeline = try Pipeline.standard()
        let result = pipeline.run(paths: paths.isEmpty ? ["Corpus"] : paths)
        FileHandle.standardOutput.write(Data(JSONLinesReport.render(result.documents).utf8))
        for failure in result.failures {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
        }
        if !result.failures.isEmpty { throw ExitCode(2) }
    }
}
