import ArgumentParser
import Gongbao

@main
struct GongbaoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongbao",
        abstract: "Turn Chinese bulletins and reports into typed, traceable, validated figures.",
        version: "0.1.0",
        subcommands: [ExtractCommand.self]
    )
}
