/// metrics.csv for analysts: opens in Excel with the Chinese intact and nothing executable.
///
/// UTF-8 with a BOM (Excel's cue for UTF-8), CRLF line ends, RFC 4180 quoting (a cell with a comma, quote,
/// CR or LF is quoted, quotes doubled). Text cells that begin with = + - @ (or a tab/CR) get a leading
/// apostrophe so a spreadsheet shows them instead of running them; `value` stays a plain number.
public enum CSVReport {
    public static let header = ["document", "line", "column", "subject", "value", "value_max", "unit", "kind",
                                "qualifiers", "scope", "direction", "cumulative", "surface"]

    public static func render(_ documents: [DocumentResult]) -> [UInt8] {
        var out = "\u{FEFF}" + header.joined(separator: ",") + "\r\n"
        for doc in documents {
            for m in doc.metrics {
                out += row(m, document: doc.path).joined(separator: ",") + "\r\n"
            }
        }
        return Array(out.utf8)
    }

    static func row(_ m: Metric, document: String) -> [String] {
        [
            text(document), String(m.location.line), String(m.location.column), text(m.shownSubject),
            m.kind == .date ? text(m.dateValue ?? m.value.plainString) : m.value.plainString,
            m.valueMax?.plainString ?? "", text(m.unit ?? ""), m.kind.rawValue,
            text(m.qualifiers.map(\.rawValue).joined(separator: ";")), text(m.scope ?? ""),
            m.direction?.rawValue ?? "", m.isCumulative ? "true" : "false", text(m.surface),
        ]
    }

    /// A text cell: formula-guarded, then quoted if needed.
    static func text(_ s: String) -> String {
        var cell = s
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            cell = "'" + cell
        }
        return quoted(cell)
    }

    static func quoted(_ s: String) -> String {
        let needs = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
