/// metrics.json for machines: documents with their metrics, findings and input failures; keys sorted.
public enum JSONReport {
    public static func render(_ result: RunResult) -> String {
        let documents = result.documents.map { doc in
            JSONText.object([
                "path": .string(doc.path),
                "kind": .string(doc.kind.rawValue),
                "encoding": .string(doc.encoding),
                "period": doc.period.map { .string($0) } ?? .null,
                "metrics": .raw("[" + doc.metrics.map { m -> String in
                    var out = ReportBytes()
                    m.appendJSON(document: doc.path, to: &out)
                    return String(decoding: out.bytes, as: UTF8.self)
                }
                    .joined(separator: ",\n") + "]"),
            ])
        }
        let findings = result.findings.sorted(by: DiagnosticReport.findingOrder).map(findingObject)
        let failures = result.failures.map {
            JSONText.object(["path": .string($0.path), "error": .string($0.reason)])
        }
        return JSONText.object([
            "documents": .raw("[\n" + documents.joined(separator: ",\n") + "\n]"),
            "findings": .raw("[" + findings.joined(separator: ",\n") + "]"),
            "failures": .raw("[" + failures.joined(separator: ",\n") + "]"),
        ]) + "\n"
    }

    static func findingObject(_ f: Finding) -> String {
        JSONText.object([
            "rule": .string(f.ruleID),
            "severity": .string(f.severity.rawValue),
            "message": .string(f.message),
            "locations": .raw("[" + f.locations.map(locationObject).joined(separator: ",") + "]"),
        ])
    }

    static func locationObject(_ l: SourceLocation) -> String {
        JSONText.object(["path": .string(l.path), "line": .int(l.line), "column": .int(l.column)])
    }
}
