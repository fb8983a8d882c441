import ArgumentParser
import Gongbao

@main
struct GongbaoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongbao",
        abstract: "Turn Chinese bulletins and reports into typed, traceable, validated figures.",
        version: "0.1.0"
    )

    func run() throws {
        let result = try Pipeline.standard().run(paths: ["Corpus"])
        print(result.documents.count)
    }
}
