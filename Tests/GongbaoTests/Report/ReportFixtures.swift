import Foundation
import Gongbao

/// A small fixed run: two figures of the bundled article (one with a comma and a line break in its cells)
/// and one finding, so every writer's exact output can be pinned.
enum ReportFixtures {
    static let path = "Corpus/a,b.txt"

    static var result: RunResult {
        let m1 = Metric(location: SourceLocation(path: path, line: 60, column: 4), sourceRange: 10..<20,
                        surface: "7.8万人", subject: "人才资源", value: Decimal(string: "78000")!, unit: "人",
                        kind: .count, scope: "截至目前；全区")
        let m2 = Metric(location: SourceLocation(path: path, line: 198, column: 1), sourceRange: 30..<40,
                        surface: "44.14 亿\n元", subject: "=签约|意向\"金额\"", value: Decimal(string: "4414000000")!,
                        unit: "元", kind: .money, qualifiers: [.about, .target], direction: .up)
        let doc = DocumentResult(path: path, kind: .plainText, encoding: "UTF-8", metrics: [m1, m2], period: "2023-Q1")
        let finding = Finding(ruleID: "same-figure-agrees", severity: .error, message: "7.8万人 here, 8.7万人 at line 60",
                              locations: [SourceLocation(path: path, line: 198, column: 1),
                                          SourceLocation(path: path, line: 60, column: 4)])
        return RunResult(documents: [doc], findings: [finding])
    }
}
