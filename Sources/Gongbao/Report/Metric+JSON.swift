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
            "subject": .string(subject),
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

extension Metric {
    /// The same object as `jsonFields`, written straight into one string in sorted key order: no
    /// dictionary and no sort per record, because `extract` writes one of these per figure.
    func jsonObject(document: String) -> String {
        var out = "{\"column\":"
        out.reserveCapacity(256 + surface.utf8.count + subject.utf8.count + document.utf8.count)
        out += String(location.column)
        out += isCumulative ? ",\"cumulative\":true" : ",\"cumulative\":false"
        out += ",\"date\":" + (dateValue.map(JSONText.quoted) ?? "null")
        out += ",\"direction\":" + (direction.map { "\"" + $0.rawValue + "\"" } ?? "null")
        out += ",\"document\":" + JSONText.quoted(document)
        out += ",\"kind\":\"" + kind.rawValue + "\""
        out += ",\"line\":" + String(location.line)
        out += ",\"qualifiers\":[" + qualifiers.map { "\"" + $0.rawValue + "\"" }.joined(separator: ",") + "]"
        out += ",\"scope\":" + (scope.map(JSONText.quoted) ?? "null")
        out += ",\"subject\":" + JSONText.quoted(subject)
        out += ",\"surface\":" + JSONText.quoted(surface)
        out += ",\"unit\":" + (unit.map(JSONText.quoted) ?? "null")
        out += ",\"value\":" + value.plainString
        out += ",\"value_max\":" + (valueMax?.plainString ?? "null")
        out += "}"
        return out
    }
}

/// JSON Lines: one metric per line, in document order.
public enum JSONLinesReport {
    public static func render(_ documents: [DocumentResult]) -> String {
        var out = ""
        for doc in documents {
            for m in doc.metrics {
                out += m.jsonObject(document: doc.path)
                out += "\n"
            }
        }
        return out
    }
}
