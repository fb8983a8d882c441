/// What Extract and Metric yield for one document.
public struct Extraction: Sendable {
    public var metrics: [Metric]
    /// The period the document reports on (2024-04, 2023-Q1, 2025), if stated.
    public var period: String?

    public init(metrics: [Metric], period: String? = nil) {
        self.metrics = metrics
        self.period = period
    }
}

/// Finds numeric statements and resolves them to metrics (stub; the extraction work replaces it).
public struct Extractor: Sendable {
    public init() throws {}

    public func extract(source: SourceText, content: ContentText, normalized: NormalizedText) -> Extraction {
        Extraction(metrics: [])
    }
}
