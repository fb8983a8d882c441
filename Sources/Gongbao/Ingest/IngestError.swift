/// Why a document could not be read; every case names the file, so one line tells the user what to fix.
///
/// Inconsistent figures are never errors (they are `Finding`s); these mean the work itself could not be done.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case undecodable(path: String, tried: [String])
    case noDocuments(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)

    public var path: String {
        switch self {
        case .missing(let p), .unreadable(let p, _), .empty(let p), .binary(let p),
             .undecodable(let p, _), .noDocuments(let p), .tooLarge(let p, _, _):
            return p
        }
    }

    /// The message after `path: error: `.
    public var reason: String {
        switch self {
        case .missing: return "no such file or directory"
        case .unreadable(_, let why): return "cannot read file: \(why)"
        case .empty: return "empty document: no text to read"
        case .binary: return "binary file, not text or HTML"
        case .undecodable(_, let tried): return "cannot decode text (tried \(tried.joined(separator: ", ")))"
        case .noDocuments: return "no documents (.txt, .htm, .html) in this folder"
        case .tooLarge(_, let bytes, let limit): return "file is \(bytes) bytes, over the \(limit)-byte limit"
        }
    }

    public var description: String { "\(path): error: \(reason)" }
}
