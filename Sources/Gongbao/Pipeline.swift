import Foundation

/// The only file that names every stage: Ingest → Normalize → Extract → Metric → Validate.
///
/// Each document is processed on its own (so documents run in parallel, share nothing, and a bad file
/// never stops the others); rules then run over the whole set, because a bulletin is checked against
/// last month's.
public struct Pipeline: Sendable {
    public let extractor: Extractor
    public let validator: Validator

    public init(extractor: Extractor, validator: Validator) {
        self.extractor = extractor
        self.validator = validator
    }

    /// The bundled lexicon and rules, plus an analyst's rule file when one is given.
    public static func standard(rulesFile: String? = nil) throws -> Pipeline {
        var rules = try RuleSet.standard()
        if let rulesFile { rules = try RuleSet.load(path: rulesFile, base: rules) }
        return Pipeline(extractor: try Extractor(), validator: Validator(rules: rules))
    }

    /// The bundled lexicon and no rules: for runs that only extract (`gongbao extract`), whose output holds no
    /// finding. Reading and compiling rules.yaml was more than half of the start-up of such a run; a document's
    /// figures do not depend on the rules, so its rows are the same as `standard()`'s.
    public static func extracting() throws -> Pipeline {
        Pipeline(extractor: try Extractor(), validator: Validator(rules: RuleSet()))
    }

    /// One file (or `-` for standard input), read and extracted.
    public func process(path: String) throws(IngestError) -> DocumentResult {
        try process(Pipeline.read(path: path))
    }

    /// One document already in memory.
    public func process(_ document: SourceDocument) throws(IngestError) -> DocumentResult {
        let (source, content, normalized) = try Pipeline.normalizedText(of: document)
        let extraction = extractor.extract(source: source, content: content, normalized: normalized)
        return DocumentResult(path: document.path, kind: document.kind, encoding: source.encoding,
                              metrics: extraction.metrics, period: extraction.period, notes: extraction.notes,
                              readingNotes: source.notes, text: source)
    }

    /// A document decoded, its content text and that normalized. Plain text is first taken as UTF-8 and checked by the
    /// normalizer's pass (one read of the bytes, not a UTF-8 scan and then the normalizer); bytes that are not UTF-8
    /// are decoded and normalized again the full way, so the texts are those of `TextDecoding.decode` either way.
    static func normalizedText(of document: SourceDocument) throws(IngestError)
        -> (SourceText, ContentText, NormalizedText) {
        if document.kind == .plainText {
            let (source, unchecked) = try TextDecoding.decode(document, assumingUTF8: true)
            let content = ContentText(plainText: source)
            if !unchecked { return (source, content, Normalizer.normalized(content)) }
            let lineStarts = content.isIdentity ? source.lineStartOffsets : nil
            if let normalized = Normalizer.normalizedIfValidUTF8(content, lineStarts: lineStarts) {
                return (source, content, normalized)
            }
        }
        let source = try TextDecoding.decode(document)
        let content = document.kind == .html ? try HTMLText.nonEmptyContent(of: source) : ContentText(plainText: source)
        return (source, content, Normalizer.normalized(content))
    }

    /// The files a list of paths names (folders searched), and the paths that named nothing.
    public static func inputs(_ paths: [String]) -> (files: [String], errors: [IngestError]) {
        let stdin = paths.filter { $0 == StandardInput.path }
        var found = DocumentFinder.files(at: paths.filter { $0 != StandardInput.path })
        found.files += stdin.prefix(1)
        return found
    }

    /// Every document under `paths` on `jobs` threads (the streaming executor, results in input order), then
    /// the rules over all of them together, each document with its text.
    public func run(paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) -> RunResult {
        var documents: [DocumentResult] = []
        let summary = stream(paths: paths, jobs: jobs, rules: NoStreamingRules()) { item in
            if let doc = item.document { documents.append(doc) }
        }
        let validation = validator.report(in: documents)
        return RunResult(documents: documents, findings: validation.findings, failures: summary.failures,
                         ruleSummaries: validation.summaries)
    }
}
