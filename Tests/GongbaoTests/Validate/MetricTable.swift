import Foundation
import Gongbao

/// Test support: metrics written by hand as TSV beside the text they come from (Fixtures/validate/),
/// because the validator is tested before the extractor can produce them.
///
/// Columns: [id] line column surface subject value unit kind qualifiers scope direction cumulative part_of
/// (surface with \n for line breaks; qualifiers comma-separated raw values; part_of = row index of the total).
enum MetricTable {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/validate")

    struct Row {
        var id: String
        var metric: Metric
    }

    /// Reads a table; every metric gets `path` as its location's path.
    static func rows(_ relativePath: String, path: String) throws -> [Row] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(relativePath), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = lines.removeFirst().components(separatedBy: "\t")
        return lines.enumerated().map { n, line in
            let cells = line.components(separatedBy: "\t")
            var f: [String: String] = [:]
            for (k, v) in zip(header, cells) { f[k] = v }
            let kind = MetricKind(rawValue: f["kind"]!)!
            let value = kind.isQuantity ? Decimal(string: f["value"]!)! : 0
            return Row(id: f["id"] ?? "r\(n)", metric: Metric(
                location: SourceLocation(path: path, line: Int(f["line"]!)!, column: Int(f["column"]!)!),
                sourceRange: 0..<0,
                surface: f["surface"]!.replacingOccurrences(of: "\\n", with: "\n"),
                subject: f["subject"]!,
                value: value,
                unit: f["unit"].flatMap { $0.isEmpty ? nil : $0 },
                kind: kind,
                qualifiers: (f["qualifiers"] ?? "").split(separator: ",").compactMap { Qualifier(rawValue: String($0)) },
                scope: f["scope"].flatMap { $0.isEmpty ? nil : $0 },
                direction: f["direction"].flatMap { Direction(rawValue: $0) },
                isCumulative: f["cumulative"] == "1",
                partOf: f["part_of"].flatMap { Int($0) },
                dateValue: kind.isQuantity ? nil : f["value"]))
        }
    }

    static func document(_ relativePath: String, path: String, period: String? = nil) throws -> DocumentResult {
        DocumentResult(path: path, kind: .plainText, encoding: "UTF-8",
                       metrics: try rows(relativePath, path: path).map(\.metric), period: period)
    }

    /// The bulletin fixture `name` (series/…/NAME.txt) with its metrics, located at `path`.
    static func bulletin(_ folder: String, _ name: String) throws -> DocumentResult {
        try document("\(folder)/\(name).metrics.tsv", path: "\(folder)/\(name).txt")
    }

    /// The text at line:column of a file (1-based, columns in Unicode scalars), `count` scalars long
    /// across line breaks.
    static func text(in file: URL, line: Int, column: Int, count: Int) throws -> String {
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let rest = ([String(lines[line - 1].unicodeScalars.dropFirst(column - 1))] + lines[line...]).joined(separator: "\n")
        return String(String.UnicodeScalarView(rest.unicodeScalars.prefix(count)))
    }
}

/// Short projections of findings for assertions: (rule, line of each location).
extension Finding {
    var lines: [Int] { locations.map(\.line) }
}
