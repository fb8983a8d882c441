import Testing
@testable import Gongbao

/// StageVerbSubjects: a clause naming only a project's stage (竣工39万平方米) counts the noun the clause before named
/// with another stage. Invented examples.
@Suite("Stage verb subjects")
struct StageVerbSubjectsTests {
    static let extractor = try! Extractor()

    static func subjects(_ input: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in extractor.metrics(inText: input) where m.kind.isQuantity { out[m.surface] = m.subject }
        return out
    }

    @Test("a stage alone takes the noun of the stage before it, for every figure of its clause")
    func stageTakesNoun() {
        let s = Self.subjects("其中，廉租住房开工12万平方米2418套，竣工8.5万平方米1200套；公共租赁住房开工7万平方米，竣工3万平方米。")
        #expect(s["12万平方米"] == "廉租住房开工")
        #expect(s["8.5万平方米"] == "廉租住房竣工")
        #expect(s["1200套"] == "廉租住房竣工")
        #expect(s["3万平方米"] == "公共租赁住房竣工")
    }

    @Test("a stage with a noun of its own, or with no stage before it, stays")
    func othersStay() {
        #expect(Self.subjects("全县竣工项目18个，完成投资6.2亿元。")["18个"] == "竣工项目")
        #expect(Self.subjects("道路改造投资2.1亿元，竣工5个。")["5个"] == "竣工")
    }
}
