/// The single input to every report writer: per-document results, findings, and inputs that failed.
public struct RunResult: Sendable {
    public var documents: [DocumentResult]
    public var findings: [Finding]
    public var failures: [IngestError]
    /// One row per rule that ran: checked, passed, failed, not evaluable.
    public var ruleSummaries: [RuleSummary]

    public init(documents: [DocumentResult], findings: [Finding] = [], failures: [IngestError] = [],
                ruleSummaries: [RuleSummary] = []) {
        self.documents = documents
        self.findings = findings
        self.failures = failures
        self.ruleSummaries = ruleSummaries
    }
}
