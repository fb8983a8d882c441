import Dispatch
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

    /// One file (or `-` for standard input), read and extracted.
    public func process(path: String) throws(IngestError) -> DocumentResult {
        try process(path == StandardInput.path ? StandardInput.read() : DocumentReader.read(path: path))
    }

    /// One document already in memory.
    public func process(_ document: SourceDocument) throws(IngestError) -> DocumentResult {
        let source = try TextDecoding.decode(document)
        let content = document.kind == .html ? try HTMLText.nonEmptyContent(of: source) : ContentText(identityOf: source)
        let normalized = Normalizer.normalized(content)
        let extraction = extractor.extract(source: source, content: content, normalized: normalized)
        return DocumentResult(path: document.path, kind: document.kind, encoding: source.encoding,
                              metrics: extraction.metrics, period: extraction.period, notes: extraction.notes,
                              readingNotes: source.notes, text: source)
    }

    /// The files a list of paths names (folders searched), and the paths that named nothing.
    public static func inputs(_ paths: [String]) -> (files: [String], errors: [IngestError]) {
        let stdin = paths.filter { $0 == StandardInput.path }
        var found = DocumentFinder.files(at: paths.filter { $0 != StandardInput.path })
        found.files += stdin.prefix(1)
        return found
    }

    /// Every document under `paths` on `jobs` threads, results in input order, then the rules over all.
    public func run(paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) -> RunResult {
        let (files, notFound) = Pipeline.inputs(paths)
        let outcomes = ParallelMap.map(files, jobs: jobs) { file -> Result<DocumentResult, IngestError> in
            do throws(IngestError) { return .success(try process(path: file)) } catch { return .failure(error) }
        }
        var documents: [DocumentResult] = []
        var failures = notFound
        for outcome in outcomes {
            switch outcome {
            case .success(let doc): documents.append(doc)
            case .failure(let error): failures.append(error)
            }
        }
        let validation = validator.report(in: documents)
        return RunResult(documents: documents, findings: validation.findings, failures: failures,
                         ruleSummaries: validation.summaries)
    }
}

/// Maps over items on several threads, keeping input order; each item is claimed by exactly one worker.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 { return items.map(transform) }
        let box = Box<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = box.claim() {
                box.store(transform(items[i]), at: i)
            }
        }
        return box.results.map { $0! }
    }

    private final class Box<R>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let count: Int
        var results: [R?]

        init(count: Int) {
            self.count = count
            results = Array(repeating: nil, count: count)
        }

        func claim() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ r: R, at i: Int) {
            lock.lock(); defer { lock.unlock() }
            results[i] = r
        }
    }
}
