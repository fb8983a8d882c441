import Foundation
@testable import Gongbao
import Testing

/// ratio-agrees: figures defined as one figure over another (rules.yaml definitions).
@Suite("Defined ratios")
struct RatioRuleTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2025年云溪市国民经济和社会发展统计公报\n\n"

    @Test("城镇化率 is 城镇常住人口 over 常住人口")
    func urbanization() throws {
        let text = "年末全市常住人口2153.5万人，比上年末增加6.1万人，其中城镇常住人口1754.2万人，常住人口城镇化率X%。\n"
        let f = try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "91.46"))
        #expect(f.map(\.ruleID) == ["ratio-agrees"], "\(f)")
        #expect(f.first?.locations.count == 3)
        #expect(try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "81.46")).isEmpty)
        // Another whole named by the ratio itself.
        #expect(try Self.errors(Self.lead + "年末全市常住人口2153.5万人，城镇常住人口1754.2万人，户籍人口城镇化率65.2%。\n").isEmpty)
        // From one rate to another: which level each goes with is not read.
        #expect(try Self.errors(Self.lead + "年末全市常住人口2153.5万人，城镇常住人口1754.2万人，常住人口城镇化率由75.0%提高到81.5%。\n").isEmpty)
    }

    @Test("an urban population stated as a part of the registered population is no part of the resident one")
    func partOfAnotherBase() throws {
        let text = "年末全县户籍人口为112635人。其中，城镇人口54715人，乡村人口57920人。年末全县常住人口12.74万人，城镇化率为X%。\n"
        #expect(try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "74.02")).isEmpty)
        // Its own base's part is still judged.
        let resident = "年末全县常住人口12.74万人。其中，城镇人口9.43万人，城镇化率为X%。\n"
        #expect(try Self.errors(Self.lead + resident.replacingOccurrences(of: "X", with: "74.02")).isEmpty)
        #expect(try Self.errors(Self.lead + resident.replacingOccurrences(of: "X", with: "64.02")).map(\.ruleID) == ["ratio-agrees"])
    }

    @Test("the whole place's 地区生产总值(GDP) stated before the per-head figure is its part, not a district's after it")
    func perHeadOfTheWholePlace() throws {
        let text = "全年全市地区生产总值(GDP)2456.8亿元，增长5.6%。人均地区生产总值59776元。\n分区域看，青岚区实现地区生产总值712.4亿元，"
            + "东湖区538.6亿元，临川县286.1亿元，其余各县（市）合计919.7亿元。\n\n年末全市常住人口412.6万人。\n"
        #expect(try Self.errors(Self.lead + text).isEmpty)
    }

    @Test("人均地区生产总值 is 地区生产总值 over 常住人口, within 3% (an average population)")
    func perHead() throws {
        let text = "全年地区生产总值24763.6亿元，比上年增长5.8%。人均地区生产总值X元，增长5.5%。\n\n年末全市常住人口2153.5万人。\n"
        #expect(try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "215155")).map(\.ruleID) == ["ratio-agrees"])
        #expect(try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "115155")).isEmpty)
        #expect(try Self.errors(Self.lead + text.replacingOccurrences(of: "X", with: "117155")).isEmpty)
    }

    @Test("rule files add definitions; a definition names its ratio, part and whole")
    func ruleFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ratio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.yaml").path
        try "definitions:\n  - {ratio: 税收占比, part: [税收收入], whole: [一般公共预算收入], tolerance: 0.1}\n".write(toFile: good, atomically: true, encoding: .utf8)
        let set = try RuleSet.load(path: good, base: RuleSet.standard())
        #expect(set.definitions.contains { $0.ratio == "税收占比" && !$0.per })
        let bad = dir.appendingPathComponent("bad.yaml").path
        try "definitions:\n  - {ratio: 税收占比}\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(throws: RuleFileError.self) { try RuleSet.load(path: bad, base: nil) }
    }
}
