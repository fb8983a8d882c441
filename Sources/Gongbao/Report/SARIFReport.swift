/// Findings as SARIF 2.1.0, the format code-scanning services read; one result per finding.
///
/// The first location is the result's location; the others become `relatedLocations`, so both statements
/// of a disagreement show up in the viewer.
public enum SARIFReport {
    public static func render(_ result: RunResult, toolVersion: String) -> String {
        let ruleIDs = Set(result.findings.map(\.ruleID)).sorted()
        let rules = ruleIDs.map { JSONText.object(["id": .string($0)]) }
        var results = result.findings.sorted(by: DiagnosticReport.findingOrder).map { f -> String in
            var fields: [String: JSONText.Value] = [
                "ruleId": .string(f.ruleID),
                "level": .string(level(f.severity)),
                "message": .raw(JSONText.object(["text": .string(f.message)])),
            ]
            if let first = f.locations.first { fields["locations"] = .raw("[" + location(first) + "]") }
            if f.locations.count > 1 {
                fields["relatedLocations"] = .raw("[" + f.locations.dropFirst().map(location).joined(separator: ",") + "]")
            }
            return JSONText.object(fields)
        }
        results += result.failures.map { failure in
            JSONText.object([
                "ruleId": .string("input-error"),
                "level": .string("error"),
                "message": .raw(JSONText.object(["text": .string(failure.reason)])),
                "locations": .raw("[" + JSONText.object(["physicalLocation": .raw(JSONText.object([
                    "artifactLocation": .raw(JSONText.object(["uri": .string(failure.path)])),
                ]))]) + "]"),
            ])
        }
        let driver = JSONText.object([
            "name": .string("gongbao"),
            "version": .string(toolVersion),
            "informationUri": .string("https://example.invalid/gongbao"),
            "rules": .raw("[" + rules.joined(separator: ",") + "]"),
        ])
        let run = JSONText.object([
            "tool": .raw(JSONText.object(["driver": .raw(driver)])),
            "results": .raw("[\n" + results.joined(separator: ",\n") + "\n]"),
        ])
        return JSONText.object([
            "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"),
            "version": .string("2.1.0"),
            "runs": .raw("[" + run + "]"),
        ]) + "\n"
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    static func location(_ l: SourceLocation) -> String {
        JSONText.object(["physicalLocation": .raw(JSONText.object([
            "artifactLocation": .raw(JSONText.object(["uri": .string(l.path)])),
            "region": .raw(JSONText.object(["startLine": .int(l.line), "startColumn": .int(l.column)])),
        ]))])
    }
}

/// Findings as GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
public enum GitHubAnnotations {
    public static func render(_ result: RunResult) -> String {
        DiagnosticReport.diagnostics(result).map { d in
            let command = d.severity == .note ? "notice" : d.severity.rawValue
            var props = "file=\(escapeProperty(d.path))"
            if let l = d.location { props += ",line=\(l.line),col=\(l.column)" }
            if let rule = d.ruleID { props += ",title=\(escapeProperty(rule))" }
            return "::\(command) \(props)::\(escapeData(d.message))\n"
        }.joined()
    }

    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
