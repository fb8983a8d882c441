/// One line a user reads, compiler style: `path:line:col: error: message [rule-id]`.
///
/// Editors and CI annotate the line from this shape; other places a finding involves are named in the
/// message, so the line stands alone.
public struct Diagnostic: Sendable, Hashable {
    public var location: SourceLocation?
    public var path: String
    public var severity: Severity
    public var message: String
    public var ruleID: String?

    public init(finding: Finding) {
        location = finding.locations.first
        path = finding.locations.first?.path ?? "<run>"
        severity = finding.severity
        message = finding.message
        ruleID = finding.ruleID
    }

    /// A figure-like text that extraction skipped, as a warning (it never fails CI).
    public init(note: ExtractionNote) {
        location = note.location
        path = note.location.path
        severity = .warning
        message = note.message
        ruleID = "not-a-figure"
    }

    /// Something decoding noticed about a whole file; a note, never a failure.
    public init(path: String, readingNote: String) {
        location = nil
        self.path = path
        severity = .note
        message = readingNote
        ruleID = "input"
    }

    public init(failure: IngestError) {
        location = nil
        path = failure.path
        severity = .error
        message = failure.reason
        ruleID = nil
    }

    public var line: String {
        let place = location.map(\.description) ?? path
        let label = severity == .note ? "note" : severity.rawValue
        return "\(place): \(label): \(message)" + (ruleID.map { " [\($0)]" } ?? "")
    }
}

/// The findings of a run as diagnostics, input failures first, then by location.
public enum DiagnosticReport {
    public static func diagnostics(_ result: RunResult) -> [Diagnostic] {
        let reading = result.documents.flatMap { doc in doc.readingNotes.map { Diagnostic(path: doc.path, readingNote: $0) } }
        let notes = result.documents.flatMap { $0.notes.map(Diagnostic.init(note:)) }
        let findings = result.findings.sorted(by: findingOrder).map(Diagnostic.init(finding:))
        return result.failures.map(Diagnostic.init(failure:)) + reading + (notes + findings).sorted(by: diagnosticOrder)
    }

    public static func render(_ result: RunResult) -> String {
        diagnostics(result).map { $0.line + "\n" }.joined()
    }

    /// As `render`, with the source line and a caret under the figure after each located diagnostic, as a
    /// compiler shows it on a terminal. Long lines (HTML pages often hold a whole article on one line) are
    /// cut to a window around the figure.
    public static func renderWithSource(_ result: RunResult) -> String {
        var texts: [String: SourceText] = [:]
        for doc in result.documents { if let t = doc.text { texts[doc.path] = t } }
        var out = ""
        for d in diagnostics(result) {
            out += d.line + "\n"
            guard let l = d.location, let text = texts[l.path] else { continue }
            out += caretLines(text.lineText(l.line), column: l.column)
        }
        return out
    }

    /// `    source line` and `    ^` under the column (columns count scalars; CJK take two cells).
    static func caretLines(_ line: String, column: Int, window: Int = 60) -> String {
        let scalars = Array(line.unicodeScalars)
        let at = max(0, min(column - 1, scalars.count))
        let lo = max(0, at - window / 2), hi = min(scalars.count, lo + window)
        var shown = String(String.UnicodeScalarView(scalars[lo..<hi]))
        var pad = ""
        for s in scalars[lo..<at] { pad += s == "\t" ? "\t" : String(repeating: " ", count: cellWidth(s)) }
        if lo > 0 { shown = "…" + shown; pad = " " + pad }
        if hi < scalars.count { shown += "…" }
        return "    " + shown + "\n    " + pad + "^\n"
    }

    /// Terminal cells of a scalar: two for East Asian wide characters (汉字, full-width forms), else one.
    static func cellWidth(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: return 2
        default: return 1
        }
    }

    static func diagnosticOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (a.ruleID ?? "", a.message) < (b.ruleID ?? "", b.message)
        }
    }

    static func findingOrder(_ a: Finding, _ b: Finding) -> Bool {
        let la = a.locations.first, lb = b.locations.first
        switch (la, lb) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return true
        case (_?, nil): return false
        default: return (a.ruleID, a.message) < (b.ruleID, b.message)
        }
    }
}
