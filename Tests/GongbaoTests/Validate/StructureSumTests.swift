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

    @Test("a structure's change from one ratio to another is two runs, each checked on its own")
    func fromTo() throws {
        let text = "民营经济三次产业结构由上年的13.9:52.7:33.4调整为13.3:54.0:32.7。\n"
        #expect(try Self.findings(text).isEmpty)
        let slipped = try Self.findings(text.replacingOccurrences(of: "54.0", with: "64.0"))
        #expect(slipped.count == 1)
        #expect(slipped.first?.locations.count == 3)
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

    @Test("产值比 of the three industries names a structure: a part moved by ten is caught however far the sum goes")
    func outputRatio() throws {
        let text = "全县林业总产值9.1亿元，一、二、三产业产值比为43.5:18.7:37.8，结构持续优化。\n"
        #expect(try Self.findings(text).isEmpty)
        #expect(try Self.findings(text.replacingOccurrences(of: "18.7", with: "38.7")).count == 1)
    }

    @Test("without a structure word a run is checked only when its sum is near 100")
    func unnamed() throws {
        #expect(try Self.findings("去年同期为1.1:52.3:48.6。\n").count == 1)
        #expect(try Self.findings("去年同期为1.1:82.3:48.6。\n").isEmpty)
    }

    static let shares = "第一产业增加值占地区生产总值的比重为8.5%，第二产业增加值比重为35.2%，第三产业增加值比重为56.3%。\n"

    @Test("the shares of a complete split in one sentence make 100%; one changed is an error naming the sum")
    func splitShares() throws {
        #expect(try Self.findings(Self.shares).isEmpty)
        #expect(try Self.findings("全年第一、二、三产业增加值比重分别为8.5%、35.2%、56.3%。\n").isEmpty)
        let found = try Self.findings(Self.shares.replacingOccurrences(of: "56.3%", with: "66.3%"))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("add up to 110.0") == true)
        #expect(try Self.findings("全年第一、二、三产业增加值比重分别为8.5%、45.2%、56.3%。\n").count == 1)
    }

    @Test("shares of two wholes (出口占全省的12.1%，进口占全省的8.4%) or beside another share are not summed")
    func notOneWhole() throws {
        #expect(try Self.findings("出口占全省比重12.1%，进口占全省比重8.4%。\n").isEmpty)
        #expect(try Self.findings("第一产业比重为8.5%，第二产业比重为45.2%，第三产业比重为56.3%，工业比重为30.1%。\n").isEmpty)
    }
}
