import Testing
@testable import Gongbao

/// A Latin unit is shown as written (58.2亿m3: unit m3) but is the unit its characters name (synonyms.yaml units):
/// a figure restated in characters pairs with it.
@Suite("Latin units, one family with their characters")
struct LatinUnitFamilyTests {
    static let lead = "全市水资源公报\n\n"
    static let first = "全年全市用水总量58.2亿m3，比上年减少1.2%。\n\n"

    @Test("m3 and 立方米 are one unit family; 微克/立方米 and μg/m3 too")
    func families() throws {
        let catalogue = try RuleSet.standard().catalogue
        #expect(catalogue.family(of: "m3").family == catalogue.family(of: "立方米").family)
        #expect(catalogue.family(of: "μg/m3").family == catalogue.family(of: "微克/立方米").family)
        #expect(catalogue.family(of: "mm").family != catalogue.family(of: "m3").family)
    }

    @Test("the same figure restated in characters agrees; changed, it is an error")
    func restated() throws {
        let same = try PipelineOnText.errors(Self.lead + Self.first + "用水总量58.2亿立方米，其中农业用水32.1亿立方米。\n")
        #expect(same.isEmpty, "\(same)")
        let changed = try PipelineOnText.errors(Self.lead + Self.first + "用水总量68.2亿立方米，其中农业用水32.1亿立方米。\n")
        #expect(changed.contains { $0.ruleID == "same-figure-agrees" }, "\(changed)")
    }
}
