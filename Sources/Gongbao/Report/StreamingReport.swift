/// One document's share of each streamed report, rendered on the worker thread straight into bytes
/// (`ReportBytes`), byte-for-byte what the in-memory writers produce (pinned by tests).
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
        var quoted = ReportBytes()
        quoted.appendJSONString(doc.path)
        var csvOut = ReportBytes(capacity: doc.metrics.count * (220 + doc.path.utf8.count))
        var lines = ReportBytes(capacity: doc.metrics.count * (320 + quoted.bytes.count))
        var object = ReportBytes(capacity: doc.metrics.count * (320 + quoted.bytes.count) + 200)
        object.append("{\"encoding\":" as StaticString)
        object.appendJSONString(doc.encoding)
        object.append(",\"kind\":" as StaticString)
        object.appendJSONString(doc.kind.rawValue)
        object.append(",\"metrics\":[" as StaticString)
        for (i, m) in doc.metrics.enumerated() {
            let value = DecimalBytes.plainString(m.value), valueMax = m.valueMax.map(DecimalBytes.plainString)
            m.appendCSV(document: doc.path, value: value, valueMax: valueMax, to: &csvOut)
            let start = lines.bytes.count
            m.appendJSON(documentJSON: quoted.bytes, value: value, valueMax: valueMax, to: &lines)
            if i > 0 { object.append(",\n" as StaticString) }
            object.bytes.append(contentsOf: lines.bytes[start...])
            lines.bytes.append(0x0A)
        }
        object.append("],\"path\":" as StaticString)
        object.appendJSONString(doc.path)
        object.append(",\"period\":" as StaticString)
        object.appendJSONOptional(doc.period)
        object.bytes.append(0x7D)
        csv = csvOut.bytes
        jsonLines = lines.bytes
        jsonDocument = object.bytes
    }
}

/// metrics.csv, metrics.jsonl and metrics.json appended document by document, under temp names in the
/// output folder, renamed into place only by `finish` — so a crash or a thrown error never leaves half a
/// report, and memory holds one document's rows at a time, not the run's.
///
/// The files are exactly `CSVReport.render`, `JSONLinesReport.render` and `JSONReport.render` of the same
/// run (metrics.json's `documents` array streams; its findings and failures are written at the end).
extension RenderedDocument {
    /// Only the JSON Lines of a document (what `gongbao extract` prints): `JSONLinesReport.render([doc])`.
    public static func jsonLines(_ doc: DocumentResult) -> [UInt8] {
        var quoted = ReportBytes()
        quoted.appendJSONString(doc.path)
        // One buffer for the whole document, sized by the records' bounds, written in place: no temporary
        // record and no copy of it (the bound is a few times the bytes written; untouched capacity stays cheap).
        return quoted.bytes.withUnsafeBufferPointer { path in
            doc.metrics.withUnsafeBufferPointer { readOnly -> [UInt8] in
                // Each metric is read in place through an inout access (and never written): a method called on
                // `readOnly[k]` copied the whole Metric first, retaining and releasing each of its Strings, three
                // times per record.
                let metrics = UnsafeMutableBufferPointer(mutating: readOnly)
                var total = 0
                for k in metrics.indices {
                    total += Metric.jsonBound(reading: &metrics[k], documentJSON: path.count) + 1
                }
                guard total > 0 else { return [] }
                return [UInt8](unsafeUninitializedCapacity: total) { buf, count in
                    var w = RawWriter(base: buf.baseAddress!)
                    for k in metrics.indices {
                        Metric.writeJSON(reading: &metrics[k], documentJSON: path, to: &w)
                        w.byte(0x0A)
                    }
                    precondition(w.n <= total, "JSON Lines outgrew their bound")
                    count = w.n
                }
            }
        }
    }

    /// Only the metrics.csv rows of a document, without the header (what `gongbao extract --format csv` prints).
    public static func csvRows(_ doc: DocumentResult) -> [UInt8] {
        var rows = ReportBytes(capacity: doc.metrics.count * 200)
        for m in doc.metrics {
            m.appendCSV(document: doc.path, value: DecimalBytes.plainString(m.value),
                        valueMax: m.valueMax.map(DecimalBytes.plainString), to: &rows)
        }
        return rows.bytes
    }
}

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
