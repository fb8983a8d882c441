/// summary.md for leaders: what each document says in a few lines, then what does not add up.
///
/// Deterministic (document order, then line), `|` escaped in cells, every figure with its source line so a
/// reader can check it. Long documents show their first figures and point to metrics.csv for the rest.
public enum MarkdownReport {
    /// Key figures shown per document before "… N more in metrics.csv".
    public static let figuresPerDocument = 30

    /// `figureCounts` gives each document's number of figures when `result` holds only the first ones
    /// (a streamed run keeps `figuresPerDocument` per document for this summary, not all of them).
    public static func render(_ result: RunResult, figureCounts: [String: Int] = [:]) -> String {
        func count(_ doc: DocumentResult) -> Int {
            figureCounts[doc.path] ?? doc.metrics.filter { $0.kind.isQuantity }.count
        }
        var out = "# Gongbao summary\n\n"
        let quantities = result.documents.reduce(0) { $0 + count($1) }
        let errors = result.findings.filter { $0.severity == .error }.count
        let warnings = result.findings.filter { $0.severity == .warning }.count
        out += "\(result.documents.count) documents, \(quantities) figures, "
        out += "\(errors) errors, \(warnings) warnings"
        out += result.failures.isEmpty ? ".\n\n" : ", \(result.failures.count) inputs not read.\n\n"

        out += "## Documents\n\n| Document | Period | Encoding | Figures |\n|---|---|---|---:|\n"
        for doc in result.documents {
            out += "| \(cell(doc.path)) | \(cell(doc.period ?? "—")) | \(cell(doc.encoding)) | "
            out += "\(count(doc)) |\n"
        }
        out += "\n"

        for doc in result.documents {
            out += "## \(cell(doc.path))\n\n"
            let figures = doc.metrics.filter { $0.kind.isQuantity }
            if figures.isEmpty {
                out += "No figures found.\n\n"
                continue
            }
            out += "| Line | Subject | Value | Unit | Qualifiers | Scope |\n|---:|---|---:|---|---|---|\n"
            for m in figures.prefix(figuresPerDocument) {
                var value = m.value.plainString
                if let max = m.valueMax { value += "–" + max.plainString }
                if let d = m.direction { value = (d == .up ? "+" : "−") + value }
                out += "| \(m.location.line) | \(cell(m.shownSubject)) | \(value) | \(cell(m.unit ?? "")) | "
                out += "\(cell(m.qualifiers.map(\.rawValue).joined(separator: ", "))) | \(cell(m.scope ?? "")) |\n"
            }
            if count(doc) > figuresPerDocument {
                out += "\n… \(count(doc) - figuresPerDocument) more in metrics.csv.\n"
            }
            out += "\n"
        }

        if !result.ruleSummaries.isEmpty {
            out += "## Rules\n\n| Rule | Severity | Checked | Passed | Failed | Not evaluable |\n|---|---|---:|---:|---:|---:|\n"
            for r in result.ruleSummaries {
                out += "| \(cell(r.ruleID)) | \(r.severity.rawValue) | \(r.checked) | \(r.passed) | \(r.failed) | \(r.notEvaluable) |\n"
            }
            out += "\n"
        }

        out += "## Findings\n\n"
        let diagnostics = DiagnosticReport.diagnostics(result)
        if diagnostics.isEmpty {
            out += "No inconsistencies found.\n"
        } else {
            out += "| Severity | Where | Finding | Rule |\n|---|---|---|---|\n"
            for d in diagnostics {
                out += "| \(d.severity.rawValue) | \(cell(d.location?.description ?? d.path)) | "
                out += "\(cell(d.message)) | \(cell(d.ruleID ?? "input")) |\n"
            }
        }
        return out
    }

    /// A table cell: pipes escaped, line breaks shown as spaces.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }
}
