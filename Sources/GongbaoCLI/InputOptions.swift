import ArgumentParser
import Foundation
import Gongbao

/// The options every command that reads documents shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files, folders (searched for .txt, .htm, .html) or - for standard input.",
                                 discussion: "Default: the bundled Corpus folder."))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Documents processed at once (default: all cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Where the documents come from when no path is given.
    static let defaultCorpus = "Corpus"

    var resolvedPaths: [String] { paths.isEmpty ? [Self.defaultCorpus] : paths }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}

/// Writes a line to standard error (diagnostics, progress); data goes to standard output.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Builds the pipeline; a bad rule file or lexicon is one diagnostic line and exit 2, never a stack trace.
func makePipeline(rulesFile: String?) throws -> Pipeline {
    do {
        return try Pipeline.standard(rulesFile: rulesFile)
    } catch let error as RuleFileError {
        printError(error.description)
        throw ExitCodes.inputFailure
    } catch let error as LexiconError {
        printError(String(describing: error))
        throw ExitCodes.inputFailure
    }
}
