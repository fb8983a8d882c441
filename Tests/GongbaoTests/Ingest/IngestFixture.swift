import Foundation
@testable import Gongbao

/// Locates files under Tests/GongbaoTests/Fixtures/ingest and the repository's Corpus via `#filePath`.
enum IngestFixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let folder = testsFolder.appendingPathComponent("Fixtures/ingest")
    static let corpus = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func document(_ name: String) throws -> SourceDocument {
        try DocumentReader.read(path: path(name))
    }

    static func source(_ name: String) throws -> SourceText {
        try TextDecoding.decode(document(name))
    }

    /// An in-memory HTML document, decoded.
    static func html(_ text: String, path: String = "inline.html") throws -> SourceText {
        try TextDecoding.decode(SourceDocument(path: path, bytes: Array(text.utf8), kind: .html))
    }

    /// Every .html/.htm page in Corpus/, sorted.
    static func corpusPages() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
            .map { corpus.appendingPathComponent($0).path }
    }
}
