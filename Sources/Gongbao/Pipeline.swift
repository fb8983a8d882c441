/// The only file that names every stage: Ingest → Normalize → Extract → Metric → Validate.
///
/// Each document is processed on its own (so the CLI may run documents in parallel); rules then run over
/// the whole set, because a bulletin is checked against last month's.
public struct Pipeline: Sendable {
    public let extractor: Extractor
    public let validator: Validator

    public init(extractor: Extractor, validator: Validator) {
        self.extractor = extractor
        self.validator = validator
    }

    /// The bundled lexicon and the default rules.
    public static func standard() throws -> Pipeline {
        Pipeline(extractor: try Extractor(), validator: Validator())
    }

    /// One file, read and extracted.
    public func process(path: String) throws(IngestError) -> DocumentResult {
        try process(DocumentReader.read(path: path))
    }

    /// One document already in memory.
    public func process(_ document: SourceDocument) throws(IngestError) -> DocumentResult {
        let source = try TextDecoding.decode(document)
        let content = document.kind == .html ? HTMLText.content(of: source) : ContentText(identityOf: source)
        let normalized = Normalizer.normalized(content)
        let extraction = extractor.extract(source: source, content: content, normalized: normalized)
        return DocumentResult(path: document.path, kind: document.kind, encoding: source.encoding,
                              metrics: extraction.metrics, period: extraction.period)
    }

    /// Every document under `paths`, then the rules over all of them together.
    public func run(paths: [String]) -> RunResult {
        let (files, notFound) = DocumentFinder.files(at: paths)
        var failures = notFound
        var documents: [DocumentResult] = []
        for file in files {
            do throws(IngestError) {
                documents.append(try process(path: file))
            } catch {
                failures.append(error)
            }
        }
        return RunResult(documents: documents, findings: validator.findings(in: documents), failures: failures)
    }
}
