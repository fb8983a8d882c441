import Dispatch
import Foundation

/// CPU seconds spent in each stage of the pipeline, summed over documents; what `gongbao bench` prints so the
/// owner of the slow stage knows it is theirs.
///
/// Example: 200 MB of 公报 → read 0.2 s, decode 0.3 s, html 2.9 s, normalize 0.4 s, extract 1.8 s, render 0.3 s.
public struct StageTimes: Sendable {
    public var read = 0.0
    public var decode = 0.0
    public var html = 0.0
    public var normalize = 0.0
    public var extract = 0.0
    /// Writing the JSON Lines of the figures (what `extract` prints, without the disk).
    public var render = 0.0
    public var documents = 0
    public var bytes = 0
    public var metrics = 0

    public init() {}

    public static let names = ["read", "decode", "html", "normalize", "extract", "render"]

    public var seconds: [Double] { [read, decode, html, normalize, extract, render] }

    public mutating func add(_ other: StageTimes) {
        read += other.read; decode += other.decode; html += other.html
        normalize += other.normalize; extract += other.extract; render += other.render
        documents += other.documents; bytes += other.bytes; metrics += other.metrics
    }
}

extension Pipeline {
    /// One file through every stage on this thread, each stage timed on its own; nil if it cannot be read.
    ///
    /// The stages are the calls `extract` makes (`jsonLines(_:)`), in the same order.
    public func timedStages(path: String) -> StageTimes? {
        // The allocator as `stream` sets it up: without it every stage would pay page faults a real run does not.
        _ = MemoryTuning.applied
        var t = StageTimes()
        // CPU time of this thread, not wall time: on a shared machine a stage is not charged for the others.
        func cpuNow() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        var clock = cpuNow()
        func lap() -> Double {
            let now = cpuNow()
            defer { clock = now }
            return now - clock
        }
        do throws(IngestError) {
            let document = try DocumentReader.read(path: path)
            t.read = lap()
            // As `Pipeline.normalizedText` reads a document: plain text first taken as UTF-8 unread, and checked by the
            // normalizer's own pass (decode is then little more than finding the line starts); text that is not such
            // UTF-8, and HTML, decoded the full way (sniffed, scanned, repaired or GB18030) and normalized after.
            var texts: (SourceText, ContentText, NormalizedText)?
            if document.kind == .plainText {
                let (source, unchecked) = try TextDecoding.decode(document, assumingUTF8: true)
                t.decode = lap()
                let content = ContentText(plainText: source)
                t.html = lap()
                let normalized = unchecked
                    ? Normalizer.normalizedIfValidUTF8(content, lineStarts: content.isIdentity ? source.lineStartOffsets : nil)
                    : Normalizer.normalized(content)
                t.normalize = lap()
                texts = normalized.map { (source, content, $0) }
            }
            if texts == nil {
                let source = try TextDecoding.decode(document)
                t.decode += lap()
                let content = document.kind == .html ? HTMLText.content(of: source) : ContentText(plainText: source)
                t.html += lap()
                texts = (source, content, Normalizer.normalized(content))
                t.normalize += lap()
            }
            let (source, content, normalized) = texts!
            // As `extract` runs: the figures, then their JSON Lines written from them (no metrics built).
            var done = extractor.finished(source: source, content: content, normalized: normalized)
            t.extract = lap()
            let rendered = Extractor.jsonLines(&done, source: source, content: content, path: document.path,
                                               contentIsValidUTF8: normalized.scalars?.bytesAreValidUTF8 ?? false)
            t.render = lap()
            t.documents = 1
            t.bytes = document.bytes.count
            t.metrics = done.figures.count
            withExtendedLifetime(rendered) {}
            return t
        } catch {
            return nil
        }
    }

    /// The baseline the bench compares against: every file read and decoded to UTF-8 (nothing else), on
    /// `jobs` threads through the same ordered stream. Returns the documents decoded and the bytes read.
    public static func readAndDecode(paths: [String], jobs: Int, window: Int? = nil) -> (documents: Int, bytes: Int) {
        let files = Pipeline.inputs(paths).files
        var documents = 0, bytes = 0
        OrderedStream.run(count: files.count, jobs: jobs, window: window ?? defaultWindow(jobs: jobs), work: { i in
            do throws(IngestError) {
                let document = try DocumentReader.read(path: files[i])
                let source = try TextDecoding.decode(document)
                return (document.bytes.count, source.bytes.count > 0 ? 1 : 0)
            } catch {
                return (0, 0)
            }
        }, deliver: { _, r in
            bytes += r.0
            documents += r.1
        })
        return (documents, bytes)
    }
}
