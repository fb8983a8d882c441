/// A rule or synonyms file that cannot be used; always names the file, and the line and column when known.
///
/// Rendered like a compiler diagnostic so an analyst's editor jumps to the mistake:
///   rules/zhaoshang.yaml:12:9: error: unknown severity 'fatal' (use error, warning, note or off)
public enum RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case syntax(path: String, line: Int, column: Int, message: String)
    case invalid(path: String, line: Int, column: Int, message: String)
    case includeCycle(path: String, line: Int, column: Int, included: String)

    public var path: String {
        switch self {
        case let .unreadable(path, _), let .syntax(path, _, _, _), let .invalid(path, _, _, _),
             let .includeCycle(path, _, _, _):
            return path
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): error: cannot read rule file: \(reason)"
        case let .syntax(path, line, column, message): return "\(path):\(line):\(column): error: YAML: \(message)"
        case let .invalid(path, line, column, message): return "\(path):\(line):\(column): error: \(message)"
        case let .includeCycle(path, line, column, included):
            return "\(path):\(line):\(column): error: '\(included)' includes itself (directly or through other files)"
        }
    }
}
