import ArgumentParser
import Gongbao

@main
struct GongbaoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongbao",
        abstract: "Turn Chinese bulletins and reports into typed, traceable, validated figures.",
        discussion: "With no path, commands read the bundled Corpus folder.",
        version: "0.1.0",
        subcommands: [ReportCommand.self, CheckCommand.self, ExtractCommand.self, BenchCommand.self],
        defaultSubcommand: ReportCommand.self
    )
}
