/// One metric as a JSON object: the record of `gongbao extract --format jsonl` and of metrics.json.
///
/// `value` is a JSON number written from the exact decimal (4414000000, never 4.414e9).
extension Metric {
    func jsonFields(document: String) -> [String: JSONText.Value] {
        [
            "document": .string(document),
            "line": .int(location.line),
            "column": .int(location.column),
            "surface": .string(surface),
            "subject": .string(shownSubject),
            "value": .number(value.plainString),
            "value_max": valueMax.map { .number($0.plainString) } ?? .null,
            "unit": unit.map { .string($0) } ?? .null,
            "kind": .string(kind.rawValue),
            "qualifiers": .strings(qualifiers.map(\.rawValue)),
            "scope": scope.map { .string($0) } ?? .null,
            "direction": direction.map { .string($0.rawValue) } ?? .null,
            "cumulative": .bool(isCumulative),
            "date": dateValue.map { .string($0) } ?? .null,
        ]
    }
}

/// JSON Lines: one metric per line, in document order.
public enum JSONLinesReport {
    public static func render(_ documents: [DocumentResult]) -> String {
        var out = ReportBytes()
        for doc in documents {
            for m in doc.metrics {
                m.appendJSON(document: doc.path, to: &out)
                out.bytes.append(0x0A)
            }
        }
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
