import Testing
@testable import Gongbao

/// parts-add-up: the parts of a complete split (rules.yaml partitions) must add up to their total.
@Suite("parts-add-up")
struct PartitionSumTests {
    static let extractor = try! Extractor()

    static func findings(_ text: String, rules: RuleSet? = nil) throws -> [Finding] {
        let path = "parts.txt"
        let source = SourceText(path: path, bytes: Array(text.utf8), encoding: "UTF-8")
        let doc = DocumentResult(path: path, kind: .plainText, encoding: "UTF-8",
                                 metrics: extractor.metrics(inText: text, path: path))
        let validator = try rules.map { Validator(rules: $0) } ?? Validator()
        return validator.report(in: [doc], texts: [path: source]).findings.filter { $0.ruleID == "parts-add-up" }
    }

    static let industries = "全年全市地区生产总值3256.7亿元，比上年增长5.6%。其中，第一产业增加值123.4亿元，增长3.1%；"
        + "第二产业增加值1234.5亿元，增长6.2%；第三产业增加值1898.8亿元，增长5.3%。\n"
    static let population = "年末户籍人口356.78万人，其中男性180.2万人，女性176.58万人。\n"
    /// 进出口 names both sides of 进口/出口 (contexts.yaml contrast_joints): 进口 is a part, not the other account.
    static let trade = "全年货物进出口总额456.7亿元，其中出口312.3亿元，增长8.9%；进口144.4亿元，下降2.1%。\n"

    @Test("parts of the outcome stated after its budget add up to the outcome, not to the budget")
    func outcomeAfterBudget() throws {
        let text = "市本级2025年一般公共预算收入为14.63亿元，实际完成6.94亿元，为年初预算的47.4%，比上年减少7.82亿元，"
            + "其中：税收收入完成0.07亿元，比上年减少0.82亿元；非税收入完成6.87亿元，比上年减少7亿元。\n"
        #expect(try Self.findings(text).isEmpty)
        // (Parts adding up to neither are still an error.)
        #expect(try !Self.findings(text.replacingOccurrences(of: "6.87亿元", with: "9.87亿元")).isEmpty)
    }

    @Test("a split whose parts add up within their rounding passes")
    func addingUp() throws {
        #expect(try Self.findings(Self.industries + Self.population + Self.trade).isEmpty)
    }

    @Test("a part changed by a digit is an error on the total, naming the sum", arguments: [
        (industries, "1898.8亿元", "1998.8亿元", "3356.7亿元"),
        (industries, "123.4亿元", "23.4亿元", "3156.7亿元"),
        (population, "180.2万人", "190.2万人", "366.78万人"),
        (trade, "144.4亿元", "184.4亿元", "496.7亿元"),
    ])
    func notAddingUp(_ text: String, _ from: String, _ to: String, _ sum: String) throws {
        let found = try Self.findings(text.replacingOccurrences(of: from, with: to))
        let f = try #require(found.first)
        #expect(found.count == 1)
        #expect(f.severity == .error)
        #expect(f.message.contains("add up to \(sum)"))
        #expect(f.locations.first?.line == 1)
    }

    @Test("an incomplete split (two of three industries) and per-head figures are not summed")
    func notComplete() throws {
        let two = "全年地区生产总值3256.7亿元。其中，第一产业增加值123.4亿元；第二产业增加值1234.5亿元。\n"
        #expect(try Self.findings(two).isEmpty)
        let perHead = "全年居民人均可支配收入45678元，其中城镇居民人均可支配收入52345元，乡村居民人均可支配收入23456元。\n"
        #expect(try Self.findings(perHead).isEmpty)
    }

    /// A sentence opening with 其中 (the extractor links nothing) splits the total before it twice, the second time after ；.
    static let twoSplits = "年末户籍总人口577.2万人。其中城镇人口210.2万人，乡村人口367.0万人；男性人口293.0万人，女性人口284.2万人。\n"

    @Test("a total split twice by a sentence opening with 其中: each split must add up", arguments: [
        ("284.2万人", "384.2万人", "677.2万人"),
        ("210.2万人", "310.2万人", "677.2万人"),
    ])
    func secondSplit(_ from: String, _ to: String, _ sum: String) throws {
        #expect(try Self.findings(Self.twoSplits).isEmpty)
        let found = try Self.findings(Self.twoSplits.replacingOccurrences(of: from, with: to))
        #expect(found.count == 1 && found.first?.message.contains("add up to \(sum)") == true, "\(found)")
    }

    @Test("a part of a part (城镇男性人口) takes no place in a split")
    func partOfPart() throws {
        let text = "年末户籍总人口577.2万人。其中城镇人口210.2万人，乡村人口367.0万人；城镇男性人口103.0万人，城镇女性人口107.2万人。\n"
        #expect(try Self.findings(text).isEmpty)
    }

    @Test("an analyst's rule file adds a partition")
    func analystPartition() throws {
        var rules = try RuleSet.standard()
        rules.partitions.append(["内资", "外资"])
        let text = "全年工业投资100亿元，其中内资企业投资40亿元，外资企业投资50亿元。\n"
        #expect(try Self.findings(text).isEmpty)
        #expect(try Self.findings(text, rules: rules).count == 1)
    }

    static let balance = "全县政府性基金预算收支平衡情况：总收入58.4亿元，其中：政府性基金预算收入21.3亿元，上级补助收入6.2亿元，"
        + "债务转贷收入24.5亿元，上年结余6.4亿元。总支出58.4亿元，其中：政府性基金预算支出40.1亿元，调出资金3.6亿元，"
        + "债务还本支出9.8亿元，年终结余4.9亿元。\n"

    @Test("a side total of a balance statement (收支平衡情况：总收入…，其中：…) is the sum of its 其中 parts")
    func balanceStatement() throws {
        #expect(try Self.findings(Self.balance).isEmpty)
        let revenue = try Self.findings(Self.balance.replacingOccurrences(of: "上级补助收入6.2亿元", with: "上级补助收入8.2亿元"))
        #expect(revenue.count == 1 && revenue.first?.message.contains("总收入") == true, "\(revenue)")
        // 总支出 opens the sentence after 平衡情况's: the passage still states the balance.
        let spending = try Self.findings(Self.balance.replacingOccurrences(of: "调出资金3.6亿元", with: "调出资金36亿元"))
        #expect(spending.count == 1 && spending.first?.message.contains("总支出") == true, "\(spending)")
        // Outside a balance statement a 其中 list may name only some sources.
        #expect(try Self.findings("全年政府性基金总收入58.4亿元，其中：政府性基金预算收入21.3亿元，上级补助收入6.2亿元。\n").isEmpty)
    }
}
