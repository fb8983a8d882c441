import Foundation

/// What `gongbao extract` runs: each document read, extracted and written as JSON Lines on a worker, straight from
/// its figures (`Extractor.jsonLines`), with no metric built. The bytes are those of `RenderedDocument.jsonLines`
/// of `process(_:)`'s result (pinned by tests); a run that needs the metrics themselves uses `stream`.
extension Pipeline {
    /// One document's JSON Lines and how many records they hold, with a `DocumentResult` that describes the
    /// document (path, kind, encoding, period, notes) but holds no metrics and no text: the lines carry them.
    public func jsonLines(_ document: SourceDocument) throws(IngestError)
        -> (lines: [UInt8], metrics: Int, result: DocumentResult) {
        let (source, content, normalized) = try Pipeline.normalizedText(of: document)
        let r = extractor.jsonLines(source: source, content: content, normalized: normalized, path: document.path)
        let result = DocumentResult(path: document.path, kind: document.kind, encoding: source.encoding, metrics: [],
                                    period: r.period, notes: r.notes, readingNotes: source.notes)
        return (r.lines, r.count, result)
    }

    /// Every document under `paths` on `jobs` threads, its JSON Lines handed to `body` in input order (as
    /// `stream` hands over documents; the item's document holds no metrics, see `jsonLines(_:)`). The summary
    /// counts the records written as its metrics.
    @discardableResult
    public func streamJSONLines(
        paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil,
        _ body: (StreamedDocument, [UInt8]) throws -> Void
    ) rethrows -> StreamSummary {
        _ = MemoryTuning.applied
        let (files, notFound) = Pipeline.inputs(paths)
        var summary = StreamSummary(failures: notFound)
        let pipeline = self
        try OrderedStream.run(
            count: files.count, jobs: jobs, window: window ?? Pipeline.defaultWindow(jobs: jobs),
            work: { i -> (StreamedDocument, [UInt8], Int) in
                var bytes = 0
                do throws(IngestError) {
                    let document = try Pipeline.read(path: files[i])
                    bytes = document.bytes.count
                    let (lines, metrics, result) = try pipeline.jsonLines(document)
                    return (StreamedDocument(index: i, total: files.count, path: files[i], bytes: bytes,
                                             outcome: .success(result), findings: []), lines, metrics)
                } catch {
                    return (StreamedDocument(index: i, total: files.count, path: files[i], bytes: bytes,
                                             outcome: .failure(error), findings: []), [], 0)
                }
            },
            deliver: { _, r in
                let (item, lines, metrics) = r
                switch item.outcome {
                case .success:
                    summary.documents += 1
                    summary.metrics += metrics
                case .failure(let error):
                    summary.failures.append(error)
                }
                summary.bytes += item.bytes
                try body(item, lines)
            })
        return summary
    }

    /// A file, or standard input for `-`.
    static func read(path: String) throws(IngestError) -> SourceDocument {
        path == StandardInput.path ? try StandardInput.read() : try DocumentReader.read(path: path)
    }
}
