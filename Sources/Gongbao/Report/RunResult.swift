/// What one document yielded: its figures, and facts about it that cross-document rules need.
public struct DocumentResult: Sendable {
    public var path: String
    public var kind: DocumentKind
    public var encoding: String
    public var metrics: [Metric]
    /// The period the document reports on, if it states one (2024-04, 2023-Q1, 2025); orders a series.
    public var period: String?
    /// Things extraction skipped and wants a reader to know (a 400-digit "number" that is not a figure).
    public var notes: [ExtractionNote]
    /// What decoding noticed about the file as a whole ("declared gb2312 but the bytes are UTF-8").
    public var readingNotes: [String]

    public init(path: String, kind: DocumentKind, encoding: String, metrics: [Metric],
                period: String? = nil, notes: [ExtractionNote] = [], readingNotes: [String] = []) {
        self.path = path
        self.kind = kind
        self.encoding = encoding
        self.metrics = metrics
        self.period = period
        self.notes = notes
        self.readingNotes = readingNotes
    }
}

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
