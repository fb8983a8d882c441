import Foundation

/// What kind of file a document is; decides whether libxml2 sees it.
public enum DocumentKind: String, Sendable, Codable {
    case plainText = "text"
    case html
}

/// One input file's raw bytes, read once, before any decoding.
public struct SourceDocument: Sendable {
    /// The path as the user gave it (diagnostics repeat it verbatim).
    public let path: String
    public let bytes: [UInt8]
    public let kind: DocumentKind

    public init(path: String, bytes: [UInt8], kind: DocumentKind) {
        self.path = path
        self.bytes = bytes
        self.kind = kind
    }
}
