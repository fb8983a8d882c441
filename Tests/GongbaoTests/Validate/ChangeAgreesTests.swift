import Testing
@testable import Gongbao

/// change-agrees: a change stated beside its two levels (由A增加到B，增长X%) must be their difference.
@Suite("change-agrees")
struct ChangeAgreesTests {
    static let extractor = try! Extractor()

    static func findings(_ text: String) throws -> [Finding] {
        let path = "change.txt"
        let source = SourceText(path: path, bytes: Array(text.utf8), encoding: "UTF-8")
        let doc = DocumentResult(path: path, kind: .plainText, encoding: "UTF-8",
                                 metrics: extractor.metrics(inText: text, path: path))
        return Validator().report(in: [doc], texts: [path: source]).findings.filter { $0.ruleID == "change-agrees" }
    }

    @Test("changes that fit their levels pass: a rate, an amount, percentage points, 倍, a fall", arguments: [
        "城镇居民人均可支配收入由25000元增加到30000元，增长20%。",
        "农村居民收入由7703元增加到13786元，增加6083元。",
        "占比由35.2%提高到37.5%，提高2.3个百分点。",
        "财政收入由100.0亿元增加到150.0亿元，增长0.5倍。",
        "人口由120万人下降到100万人，下降16.7%。",
    ])
    func fitting(_ text: String) throws {
        #expect(try Self.findings(text + "\n").isEmpty)
    }

    @Test("a change that does not fit is an error on the change, naming the levels", arguments: [
        ("城镇居民人均可支配收入由25000元增加到30000元，增长25%。", "25%", "about 20%"),
        ("农村居民收入由7703元增加到13786元，增加6183元。", "6183元", "about 6083元"),
        ("占比由35.2%提高到37.5%，提高3.3个百分点。", "3.3个百分点", "about 2.3个百分点"),
        ("人口由120万人下降到100万人，增长16.7%。", "16.7%", "about 16.66"),
    ])
    func notFitting(_ text: String, _ change: String, _ about: String) throws {
        let found = try Self.findings(text + "\n")
        let f = try #require(found.first)
        #expect(found.count == 1)
        #expect(f.severity == .error)
        #expect(f.message.contains(change) && f.message.contains(about))
        #expect(f.locations.count == 3)
    }

    @Test("average, real and comparable-price rates and rounded levels prove nothing; two figures without 由…到 are no levels")
    func notJudged() throws {
        #expect(try Self.findings("研发经费从1288亿元增加到3664亿元，年均增长33%。\n").isEmpty)
        #expect(try Self.findings("地区生产总值由1000亿元增加到1200亿元，按可比价格计算，增长8%。\n").isEmpty)
        #expect(try Self.findings("收入由2.5万元增加到3.0万元，增长24%。\n").isEmpty)
        #expect(try Self.findings("20.3亿元以旧换新补贴拉动消费215亿元，高原康养成为消费新动能，社会消费品零售总额增长2%。\n").isEmpty)
    }

    @Test("an estimate's 由A增加到B whose figures go the other way is an error too; one that agrees passes")
    func estimatedFromTo() throws {
        let text = "2021年全市经济运行情况\n预计营业收入超5亿元的企业由9家增加到4家，产业集聚度进一步提高。\n"
        let f = try Self.findings(text)
        #expect(f.count == 1 && f.first?.severity == .error, "\(f)")
        #expect(f.first?.message.contains("增加") == true, "\(f)")
        #expect(try Self.findings(text.replacingOccurrences(of: "由9家增加到4家", with: "由4家增加到9家")).isEmpty)
    }

    @Test("a rank rises to a smaller number: 由第3位上升至第4位 is an error, 由第4位跃升至第3位 and 由第一位下滑到第六位 pass")
    func rankFromTo() throws {
        let text = "过去五年，预计2021年全市地区生产总值突破3000亿元、年均增长8.1%，总量由全省第4位跃升至第3位；"
            + "一般公共预算收入年均增长14.9%，总量由全省第3位上升至第2位。\n"
        let clean = try Self.findings(text)
        #expect(clean.filter { $0.severity == .error }.isEmpty, "\(clean)")
        let reversed = try Self.findings(text.replacingOccurrences(of: "由全省第3位上升至第2位", with: "由全省第2位上升至第3位"))
        #expect(reversed.count == 1 && reversed.first?.severity == .error && reversed.first?.locations.first?.line == 1, "\(reversed)")
        #expect(reversed.first?.message.contains("上升") == true, "\(reversed)")
        // Falling goes to a larger number.
        let falling = "上半年，规上工业增加值增长9%，位次由第一位下滑到第六位。\n"
        #expect(try Self.findings(falling).filter { $0.severity == .error }.isEmpty)
        #expect(try Self.findings(falling.replacingOccurrences(of: "由第一位下滑到第六位", with: "由第六位下滑到第一位"))
            .contains { $0.severity == .error })
    }
}
