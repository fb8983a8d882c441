import ArgumentParser
import Foundation
import Gongbao

/// `gongbao check`: findings as diagnostics and an exit code for CI; writes no files.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the figures of documents agree; exit 1 on an error-level finding.",
        discussion: "Exit codes: 0 no error, 1 error-level findings, 2 an input could not be read, 64 usage error."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
    }

    @OptionGroup(title: "Input") var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("Extra rule file (YAML), added to the bundled rules.", valueName: "file"))
    var rules: String?

    @Option(help: "Findings format: text (file:line:col: error: …), json, sarif (SARIF 2.1.0) or github.")
    var format: Format = .text

    func run() throws {
        // On a terminal, a compiler-style caret under each figure (the texts are kept for it); in a pipe or a log, one
        // line each. Only the JSON report lists the figures: the other formats keep no document's figures.
        let carets = format == .text && isatty(2) != 0
        let keeping: CheckedDocuments = format == .json ? .everything : .notes(text: carets)
        let result = try makePipeline(rulesFile: rules).check(paths: input.resolvedPaths, jobs: input.jobs, keeping: keeping)
        switch format {
        case .text:
            let text = carets ? DiagnosticReport.renderWithSource(result) : DiagnosticReport.render(result)
            FileHandle.standardError.write(Data(text.utf8))
        case .json: printOut(JSONReport.render(result))
        case .sarif: printOut(SARIFReport.render(result, toolVersion: GongbaoCommand.configuration.version))
        case .github: printOut(GitHubAnnotations.render(result))
        }
        throw runExitCode(for: result)
    }
}

/// 2 when an input failed (it matters more than a finding), else 1 on an error finding, else 0.
func runExitCode(for result: RunResult) -> ExitCode {
    if !result.failures.isEmpty { return ExitCodes.inputFailure }
    if result.findings.contains(where: { $0.severity == .error }) { return ExitCodes.findings }
    return ExitCodes.success
}
