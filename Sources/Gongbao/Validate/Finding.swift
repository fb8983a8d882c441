/// How much a finding matters; `error` fails CI.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// An inconsistency found in the figures; never thrown, always reported with every place it involves.
///
/// `locations[0]` is where the diagnostic points; the rest are the other statements involved
/// (both sides of a disagreement: line 198 and line 60).
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var locations: [SourceLocation]

    public init(ruleID: String, severity: Severity, message: String, locations: [SourceLocation]) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.locations = locations
    }
}
