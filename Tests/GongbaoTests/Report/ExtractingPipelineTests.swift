import Foundation
import Testing
@testable import Gongbao

/// `Pipeline.extracting()` (what `gongbao extract` runs: no rules read) gives the rows of `Pipeline.standard()`.
@Suite("Extract-only pipeline")
struct ExtractingPipelineTests {
    @Test("the same JSON Lines and CSV rows as the standard pipeline, document by document")
    func sameRows() throws {
        let standard = try Pipeline.standard(), extracting = try Pipeline.extracting()
        #expect(extracting.validator.rules.relations.isEmpty)
        let files = Pipeline.inputs([IngestFixtureFolder.path]).files
        #expect(!files.isEmpty)
        for path in files {
            let a = standard.streamed(index: 0, of: 1, path: path), b = extracting.streamed(index: 0, of: 1, path: path)
            guard let da = a.document, let db = b.document else {
                #expect(a.document == nil && b.document == nil, "\(path)")
                continue
            }
            #expect(RenderedDocument.jsonLines(da) == RenderedDocument.jsonLines(db), "\(path)")
            #expect(RenderedDocument.csvRows(da) == RenderedDocument.csvRows(db), "\(path)")
        }
    }
}
