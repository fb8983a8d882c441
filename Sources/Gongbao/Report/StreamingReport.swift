/// One document's share of each streamed report, rendered on the worker thread from the same row and field
/// functions the in-memory writers use, so the streamed files are byte-for-byte theirs.
///
/// Example: a 公报 with 120 figures becomes 120 CSV rows, 120 JSON lines and one `documents[]` entry of
/// metrics.json; the writing thread only appends bytes.
public struct RenderedDocument: Sendable {
    public var csv: [UInt8]
    public var jsonLines: [UInt8]
    /// The document's object in metrics.json's `documents` array; nil for an input that failed.
    public var jsonDocument: [UInt8]?

    public init(_ document: DocumentResult?) {
        guard let doc = document else {
            csv = []
            jsonLines = []
            jsonDocument = nil
            return
        }
        var csvText = "", lines = ""
        var objects: [String] = []
        objects.reserveCapacity(doc.metrics.count)
        for m in doc.metrics {
            csvText += CSVReport.row(m, document: doc.path).joined(separator: ",")
            csvText += "\r\n"
            let object = JSONText.object(m.jsonFields(document: doc.path))
            lines += object
            lines += "\n"
            objects.append(object)
        }
        csv = Array(csvText.utf8)
        jsonLines = Array(lines.utf8)
        jsonDocument = Array(JSONText.object([
            "path": .string(doc.path),
            "kind": .string(doc.kind.rawValue),
            "encoding": .string(doc.encoding),
            "period": doc.period.map { .string($0) } ?? .null,
            "metrics": .raw("[" + objects.joined(separator: ",\n") + "]"),
        ]).utf8)
    }
}

/// metrics.csv, metrics.jsonl and metrics.json appended document by document, under temp names in the
/// output folder, renamed into place only by `finish` — so a crash or a thrown error never leaves half a
/// report, and memory holds one document's rows at a time, not the run's.
///
/// The files are exactly `CSVReport.render`, `JSONLinesReport.render` and `JSONReport.render` of the same
/// run (metrics.json's `documents` array streams; its findings and failures are written at the end).
public final class StreamingReportWriter {
    public static let files = ["metrics.csv", "metrics.jsonl", "metrics.json"]

    private let csv: StagedFile
    private let jsonLines: StagedFile
    private let json: StagedFile
    private var documentsWritten = 0
    private var done = false

    public init(folder: String) throws(ReportError) {
        let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        csv = try StagedFile(path: base + "/metrics.csv")
        do {
            jsonLines = try StagedFile(path: base + "/metrics.jsonl")
            json = try StagedFile(path: base + "/metrics.json")
        } catch {
            csv.discard()
            throw error
        }
        do {
            try csv.append(Array(("\u{FEFF}" + CSVReport.header.joined(separator: ",") + "\r\n").utf8))
            try json.append(Array("{\"documents\":[\n".utf8))
        } catch {
            discard()
            throw error
        }
    }

    deinit { if !done { discard() } }

    /// Appends one document's rows; a failed input (no `jsonDocument`) adds nothing.
    public func append(_ rendered: RenderedDocument) throws(ReportError) {
        try csv.append(rendered.csv)
        try jsonLines.append(rendered.jsonLines)
        if let object = rendered.jsonDocument {
            if documentsWritten > 0 { try json.append([0x2C, 0x0A]) }  // ",\n"
            try json.append(object)
            documentsWritten += 1
        }
    }

    /// Ends metrics.json with the run's findings and failures, then renames the three files into place.
    public func finish(findings: [Finding], failures: [IngestError]) throws(ReportError) {
        let sorted = findings.sorted(by: DiagnosticReport.findingOrder).map(JSONReport.findingObject)
        let failed = failures.map { JSONText.object(["path": .string($0.path), "error": .string($0.reason)]) }
        let tail = "\n],\"failures\":[" + failed.joined(separator: ",\n") + "],\"findings\":["
            + sorted.joined(separator: ",\n") + "]}\n"
        do {
            try json.append(Array(tail.utf8))
            try csv.close()
            try jsonLines.close()
            try json.close()
            try csv.commit()
            try jsonLines.commit()
            try json.commit()
            done = true
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the temp files; nothing of this run is left in the folder.
    public func discard() {
        done = true
        csv.discard()
        jsonLines.discard()
        json.discard()
    }
}
