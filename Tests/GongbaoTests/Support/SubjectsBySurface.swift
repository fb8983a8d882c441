@testable import Gongbao

/// The subject of each quantity the extractor reads in a short text, by its surface (dates, ordinals and durations
/// left out): what the subject tests of held-out causes compare, written once for their suites.
enum SubjectsBySurface {
    static let extractor = try! Extractor()

    static func of(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in extractor.metrics(inText: text) where m.kind != .date && m.kind != .ordinal && m.kind != .duration {
            out[m.surface] = m.subject
        }
        return out
    }
}
