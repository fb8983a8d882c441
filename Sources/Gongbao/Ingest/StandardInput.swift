import Foundation

/// Reads a document piped on standard input (the path `-`), so Gongbao fits in shell pipelines.
public enum StandardInput {
    public static let path = "-"

    public static func read() throws(IngestError) -> SourceDocument {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let bytes = [UInt8](data)
        if bytes.count > DocumentReader.maximumBytes {
            throw .tooLarge(path: path, bytes: bytes.count, limit: DocumentReader.maximumBytes)
        }
        return SourceDocument(path: path, bytes: bytes, kind: DocumentReader.kind(of: path, bytes: bytes))
    }
}
