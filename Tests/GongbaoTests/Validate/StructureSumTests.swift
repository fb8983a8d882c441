import Testing
@testable import Gongbao

/// structure-adds-to-100: the parts of a ratio structure (三次产业结构为11.1：30.1：58.8) must add up to 100.
@Suite("structure-adds-to-100")
struct StructureSumTests {
    static let extractor = try! Extractor()

    static func findings(_ text: String, rules: RuleSet? = nil) throws -> [Finding] {
        let path = "structure.txt"
        let source = SourceText(path: path, bytes: Array(text.utf8), encoding: "UTF-8")
        let doc = DocumentResult(path: path, kind: .plainText, encoding: "UTF-8",
                                 metrics: extractor.metrics(inText: text, path: path))
        let validator = try rules.map { Validator(rules: $0) } ?? Validator()
        return validator.report(in: [doc], texts: [path: source]).findings.filter { $0.ruleID == "structure-adds-to-100" }
    }

    @Test("structures adding up to 100 within their rounding pass; two-part ratios and runs far from 100 are no structure")
    func passing() throws {
        let text = "全年三次产业结构为11.1：30.1：58.8。去年同期为1.1:50.3:48.6。城乡居民收入比为2.08：1。配比为1：2：3。\n"
        #expect(try Self.findings(text).isEmpty)
    }

    @Test("a part changed by a digit is an error naming the sum", arguments: [
        ("11.1：30.1：58.8", "11.1：31.1：58.8", "101.0"),
        ("11.1：30.1：58.8", "11.1：30.1：68.8", "110.0"),
        ("11.1：30.1：58.8", "1.1：30.1：58.8", "90.0"),
    ])
    func notAddingUp(_ from: String, _ to: String, _ sum: String) throws {
        let text = "全年三次产业结构为\(from)，结构持续优化。\n".replacingOccurrences(of: from, with: to)
        let found = try Self.findings(text)
        let f = try #require(found.first)
        #expect(found.count == 1)
        #expect(f.severity == .error)
        #expect(f.message.contains("add up to \(sum)"))
        #expect(f.locations.count == 3)
    }

    @Test("without a structure word a run is checked only when its sum is near 100")
    func unnamed() throws {
        #expect(try Self.findings("去年同期为1.1:52.3:48.6。\n").count == 1)
        #expect(try Self.findings("去年同期为1.1:82.3:48.6。\n").isEmpty)
    }
}
