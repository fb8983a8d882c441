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
