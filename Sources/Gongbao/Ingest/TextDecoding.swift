/// Decodes a document's bytes to UTF-8 (stub: UTF-8 only; the ingest work replaces it).
public enum TextDecoding {
    public static func decode(_ document: SourceDocument) throws(IngestError) -> SourceText {
        if document.bytes.isEmpty { throw .empty(path: document.path) }
        guard String(validating: document.bytes, as: UTF8.self) != nil else {
            throw .undecodable(path: document.path, tried: ["UTF-8"])
        }
        return SourceText(path: document.path, bytes: document.bytes, encoding: "UTF-8")
    }
}
