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
    /// The decoded text, kept for rules that read a figure's sentence (a repeat must say the same thing in the
    /// same context); nil when a caller builds results by hand.
    public var text: SourceText?
    /// What decoding noticed about the file as a whole ("declared gb2312 but the bytes are UTF-8").
    public var readingNotes: [String]

    public init(path: String, kind: DocumentKind, encoding: String, metrics: [Metric],
                period: String? = nil, notes: [ExtractionNote] = [], readingNotes: [String] = [], text: SourceText? = nil) {
        self.path = path
        self.kind = kind
        self.encoding = encoding
        self.metrics = metrics
        self.period = period
        self.notes = notes
        self.readingNotes = readingNotes
        self.text = text
    }
}
