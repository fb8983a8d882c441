import Foundation

/// One input as the stream hands it over, in input order: where it came from, how big it was, what it gave.
public struct StreamedDocument: Sendable {
    /// Position in the input order (0-based).
    public var index: Int
    /// How many files the stream reads in all (for a "done/total" line).
    public var total: Int
    public var path: String
    /// Bytes read from the file (0 if it could not be read); what MB/s counts.
    public var bytes: Int
    public var outcome: Result<DocumentResult, IngestError>
    /// Findings of the per-document rules, computed on the worker thread.
    public var findings: [Finding]

    public var document: DocumentResult? { try? outcome.get() }
}

/// What a whole stream amounted to once every document has been handed over.
public struct StreamSummary: Sendable {
    public var documents = 0
    public var bytes = 0
    public var metrics = 0
    /// Inputs that could not be read: paths that named nothing first, then failed files in input order.
    public var failures: [IngestError] = []
    /// Per-document findings (as delivered) followed by the cross-document findings.
    public var findings: [Finding] = []
    /// The per-rule table, when the rules keep one.
    public var ruleSummaries: [RuleSummary] = []
}

/// The rules of a streamed run, split the way streaming needs them.
///
/// Per-document rules run on the worker, next to the document; cross-document rules (this bulletin against
/// last month's) run once at the end over what the run kept of each document's `Digest`. The digests are
/// folded into an `Accumulated` state in input order as the documents are delivered, so a rule set can keep
/// less than one digest per document: a 1 GB run of copies of one bulletin keeps one copy of its figures.
/// Example: a digest of (period, 地区生产总值) per 公报 is enough to check that growth rates chain.
public protocol StreamingRules: Sendable {
    associatedtype Digest: Sendable
    /// What the run keeps across documents (by default every digest, in input order).
    associatedtype Accumulated = [Digest]
    /// Findings that one document yields on its own (a share over 100%, a 其中 above its total), and what
    /// the cross-document rules need to keep of it; one call, so a rule set runs once per document.
    func check(_ document: DocumentResult) -> (findings: [Finding], digest: Digest)
    /// The state before the first document.
    func start() -> Accumulated
    /// The state before the first document of a run over `inputs` (every file the run will read, in order): a rule
    /// set may note what it can know of them before reading any (`SeriesRules`: which file names stand alone).
    func start(inputs: [String]) -> Accumulated
    /// Folds one document's digest into the state; called in input order, on the delivering thread.
    func accumulate(_ digest: Digest, into state: inout Accumulated)
    /// Findings across documents, from what the run kept.
    func findings(across state: Accumulated) -> [Finding]
    /// The per-rule table (checked, passed, failed, not evaluable) of the whole run.
    func summaries(across state: Accumulated) -> [RuleSummary]
}

extension StreamingRules {
    public func summaries(across state: Accumulated) -> [RuleSummary] { [] }
    public func start(inputs: [String]) -> Accumulated { start() }
}

extension StreamingRules where Accumulated == [Digest] {
    public func start() -> [Digest] { [] }
    public func accumulate(_ digest: Digest, into state: inout [Digest]) { state.append(digest) }
}

/// No rules: what `extract` runs.
public struct NoStreamingRules: StreamingRules {
    public init() {}
    public func check(_ document: DocumentResult) -> (findings: [Finding], digest: Void) { ([], ()) }
    public func findings(across digests: [Void]) -> [Finding] { [] }
}

/// The whole-run `Validator` behind the streaming protocol: its digest is the full `DocumentResult`
/// (metrics, no text), so memory grows with the number of figures. The validation work replaces it with
/// real per-document rules and a compact digest.
public struct WholeRunRules: StreamingRules {
    public let validator: Validator
    public init(_ validator: Validator) { self.validator = validator }
    public func check(_ document: DocumentResult) -> (findings: [Finding], digest: DocumentResult) { ([], document) }
    public func findings(across digests: [DocumentResult]) -> [Finding] { validator.findings(in: digests) }
}

/// The `Validator` run on each document alone, on the worker: every rule sees one document's figures, so
/// the cost grows with the corpus linearly and nothing is kept between documents. Cross-document rules
/// (a series of monthly 公报) get no digest here: plug a real digest in when the validator offers one.
public struct PerDocumentRules: StreamingRules {
    public let validator: Validator
    public init(_ validator: Validator) { self.validator = validator }
    public func check(_ document: DocumentResult) -> (findings: [Finding], digest: Void) {
        (validator.findings(in: [document]), ())
    }
    public func findings(across digests: [Void]) -> [Finding] { [] }
}

/// What `report` runs: every rule on each document with its text (on the worker), then the cross-document
/// rules (a figure against the same figure of another bulletin of its series: repeats, 万/亿 slips, running
/// totals, growth against last year's level, targets against outcomes) over a compact digest of the run,
/// keeping only findings that span two documents. The per-rule table sums the per-document tables.
///
/// Memory: the digest keeps only statements those rules can compare (figures with a period: levels, rates,
/// targets), without their sentences, and each distinct one once (`SeriesDigest`): many copies of one
/// bulletin cost one copy, so the state grows with the distinct series × figures, not with the documents.
public struct SeriesRules: StreamingRules {
    public struct Digest: Sendable {
        /// The document's statements the cross-document rules can use, read with its text.
        var statements: [Statement]
        public var summaries: [RuleSummary]
        var path: String
        /// Its series (SeriesKey.key(of:): read from its title while its text is at hand).
        var series: String
        /// Its first running total without a period (a note if its series has several documents).
        var unplaced: Statement?
    }

    public let validator: Validator
    public init(_ validator: Validator) { self.validator = validator }

    public func check(_ document: DocumentResult) -> (findings: [Finding], digest: Digest) {
        let (report, statements) = validator.reportAndStatements(in: document)
        return (report.findings, Digest(statements: SeriesDigest.comparable(statements), summaries: report.summaries,
                                        path: document.path, series: SeriesKey.key(of: document),
                                        unplaced: CumulativeRule.firstUnplaced(statements)))
    }

    public func start() -> SeriesDigest { SeriesDigest() }

    public func start(inputs: [String]) -> SeriesDigest { SeriesDigest(inputs: inputs) }

    public func accumulate(_ digest: Digest, into state: inout SeriesDigest) {
        // A document whose series is its file name's, a name no other input shares, stands alone in the run: no
        // cross-document rule can pair its figures, so none is kept (an archive of distinct reports keeps nothing).
        state.add(state.standsAlone(path: digest.path, series: digest.series) ? [] : digest.statements)
        state.addDocument(path: digest.path, series: digest.series, unplaced: digest.unplaced)
        state.addSummaries(digest.summaries)
    }

    public func findings(across state: SeriesDigest) -> [Finding] {
        guard state.documents > 1 else { return [] }
        let notes = validator.rules.severity(of: "cumulative-never-falls", default: .error) == nil ? [] : state.unplacedNotes
        return notes + validator.report(statements: state.sharedSeriesStatements).findings.filter { finding in
            Set(finding.locations.map(\.path)).count > 1
        }
    }

    public func summaries(across state: SeriesDigest) -> [RuleSummary] { state.summaryTable }
}

/// What `Pipeline.check` keeps of each document for the caller.
public enum CheckedDocuments: Sendable {
    /// Everything: figures, notes and text.
    case everything
    /// Its notes (what diagnostics print besides findings); with its text when `text` (source lines under findings).
    case notes(text: Bool)

    func kept(of doc: DocumentResult) -> DocumentResult {
        guard case .notes(let text) = self else { return doc }
        return DocumentResult(path: doc.path, kind: doc.kind, encoding: doc.encoding, metrics: [], period: doc.period,
                              notes: doc.notes, readingNotes: doc.readingNotes, text: text ? doc.text : nil)
    }
}

extension Pipeline {
    /// What `check` runs: each document with every rule on a worker (with its text), then the cross-document
    /// rules over the run's `SeriesDigest`; findings in report order (`Validator.ordered`). The findings of
    /// `run` across documents too, but a thousand copies of one bulletin are compared once, not pairwise.
    ///
    /// `keeping` says what of each document the result holds once its rules have run: all of it for a report that
    /// lists the figures (`check --format json`), else only what diagnostics print — its notes, and its text when a
    /// terminal shows the source line under each finding. A run over an archive then holds no document's figures
    /// or bytes after they are checked.
    public func check(paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                      keeping: CheckedDocuments = .everything) -> RunResult {
        var documents: [DocumentResult] = []
        let summary = stream(paths: paths, jobs: jobs, rules: SeriesRules(validator)) { item in
            if let doc = item.document { documents.append(keeping.kept(of: doc)) }
        }
        return RunResult(documents: documents, findings: Validator.ordered(summary.findings), failures: summary.failures,
                         ruleSummaries: summary.ruleSummaries)
    }

    /// Documents in flight by default: enough to keep every worker busy while the caller writes.
    public static func defaultWindow(jobs: Int) -> Int { max(4, 4 * jobs) }

    /// Every document under `paths` on `jobs` threads, handed to `body` in input order as soon as it and
    /// every earlier one are done; at most `window` documents in flight, so memory does not grow with the
    /// corpus. `prepare` runs on the worker (render report rows there, not on the writing thread).
    @discardableResult
    public func stream<Rules: StreamingRules, Prepared: Sendable>(
        paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil,
        rules: Rules, prepare: @escaping @Sendable (StreamedDocument) -> Prepared,
        _ body: (StreamedDocument, Prepared) throws -> Void
    ) rethrows -> StreamSummary {
        _ = MemoryTuning.applied
        let (files, notFound) = Pipeline.inputs(paths)
        var summary = StreamSummary(failures: notFound)
        var kept = rules.start(inputs: files)
        let pipeline = self
        try OrderedStream.run(
            count: files.count, jobs: jobs, window: window ?? Pipeline.defaultWindow(jobs: jobs),
            work: { i -> (StreamedDocument, Rules.Digest?, Prepared) in
                var item = pipeline.streamed(index: i, of: files.count, path: files[i])
                var digest: Rules.Digest?
                if case .success(let doc) = item.outcome {
                    (item.findings, digest) = rules.check(doc)
                }
                return (item, digest, prepare(item))
            },
            deliver: { _, r in
                let (item, digest, prepared) = r
                switch item.outcome {
                case .success(let doc):
                    summary.documents += 1
                    summary.metrics += doc.metrics.count
                case .failure(let error):
                    summary.failures.append(error)
                }
                summary.bytes += item.bytes
                summary.findings += item.findings
                if let digest { rules.accumulate(digest, into: &kept) }
                try body(item, prepared)
            })
        summary.findings += rules.findings(across: kept)
        summary.ruleSummaries = rules.summaries(across: kept)
        return summary
    }

    /// `stream` without a worker-side preparation.
    @discardableResult
    public func stream<Rules: StreamingRules>(
        paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil,
        rules: Rules, _ body: (StreamedDocument) throws -> Void
    ) rethrows -> StreamSummary {
        try stream(paths: paths, jobs: jobs, window: window, rules: rules, prepare: { _ in () }) { item, _ in
            try body(item)
        }
    }

    /// One file read and processed, with its size; a failure is kept as the outcome, never thrown.
    func streamed(index: Int, of total: Int, path: String) -> StreamedDocument {
        var bytes = 0
        let outcome: Result<DocumentResult, IngestError>
        do throws(IngestError) {
            let document = try Pipeline.read(path: path)
            bytes = document.bytes.count
            outcome = .success(try process(document))
        } catch {
            outcome = .failure(error)
        }
        return StreamedDocument(index: index, total: total, path: path, bytes: bytes, outcome: outcome, findings: [])
    }

    /// metrics.csv, metrics.jsonl and metrics.json under `folder`, written as the documents complete
    /// (each under a temp name, all renamed at the end), with a progress line if `progress` is given.
    ///
    /// Memory stays bounded by the window plus the rules' digests; a thrown error leaves no report file
    /// behind, complete or partial. The bytes are those of `CSVReport`, `JSONLinesReport` and `JSONReport`.
    public func writeReports<Rules: StreamingRules>(
        paths: [String], to folder: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        window: Int? = nil, rules: Rules, progress: ProgressLine? = nil,
        observe: ((DocumentResult) -> Void)? = nil
    ) throws(ReportError) -> StreamSummary {
        let existed = FileManager.default.fileExists(atPath: folder)
        // A folder this run made is removed again when the run writes nothing into it.
        func discard(_ writer: StreamingReportWriter) {
            writer.discard()
            if !existed { try? FileManager.default.removeItem(atPath: folder) }
        }
        let writer = try StreamingReportWriter(folder: folder)
        var findings = 0
        var bytes = 0
        do {
            let summary = try stream(paths: paths, jobs: jobs, window: window, rules: rules,
                                     prepare: { RenderedDocument($0.document) }) { item, rendered in
                try writer.append(rendered)
                if let observe, let document = item.document { observe(document) }
                findings += item.findings.count
                bytes += item.bytes
                progress?.update(done: item.index + 1, of: item.total, bytes: bytes, findings: findings)
            }
            progress?.finish()
            guard summary.documents > 0 || summary.failures.isEmpty else {
                discard(writer)
                throw ReportError.nothingToReport(path: folder)
            }
            try writer.finish(findings: summary.findings, failures: summary.failures)
            return summary
        } catch let error as ReportError {
            progress?.finish()
            discard(writer)
            throw error
        } catch {
            progress?.finish()
            discard(writer)
            throw .cannotWrite(path: folder, reason: "\(error)")
        }
    }
}
