import Testing
@testable import Gongbao

/// SubjectFinder+CountedNoun: a count with its classifier counts the noun after it where the words before name
/// something else, and the noun read after one count stops where the next count's phrase begins.
@Suite("Counted noun subjects")
struct CountedNounSubjectTests {
    static let extractor = try! Extractor()

    static func subjects(_ input: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in extractor.metrics(inText: input) where m.kind.isQuantity { out[m.surface] = m.subject }
        return out
    }

    @Test("a preposition opening a phrase with the next count is no part of the noun before it; the count after it counts its own noun (a set closed by 中 cut there)",
          arguments: [
        ("共有15家合作社在6个乡镇开展试点。", "15家", "合作社"),
        ("共有15家合作社在6个乡镇开展试点。", "6个", "乡镇开展试点"),
        ("2个街道和14家物业企业在31个小区中违规收取停车费。", "14家", "物业企业"),
        ("2个街道和14家物业企业在31个小区中违规收取停车费。", "31个", "小区"),
        ("已有8家外资企业自2023年起扩大投资。", "8家", "外资企业"),
    ])
    func prepositionBeforeNextCount(_ input: String, _ surface: String, _ subject: String) {
        #expect(Self.subjects(input)[surface] == subject)
    }

    @Test("a conjunction and a modifier after one count belong to the next count's noun; not before a year",
          arguments: [
        ("检查了16个乡镇及下属53个行政村的账目。", "16个", "乡镇"),
        ("检查了16个乡镇及下属53个行政村的账目。", "53个", "下属行政村"),
        ("走访了12个社区和乡镇2024年新设的服务站。", "12个", "社区和乡镇"),
    ])
    func conjunctionBeforeNextCount(_ input: String, _ surface: String, _ subject: String) {
        #expect(Self.subjects(input)[surface] == subject)
    }

    @Test("a clause of only a count and a change verb counts members of the set a count with its classifier named before")
    func changeCountsOfASet() {
        let s = Self.subjects("监测的40种蔬菜，25种上涨，15种下降。")
        #expect(s["40种"] == "蔬菜")
        #expect(s["25种"] == "蔬菜上涨")
        #expect(s["15种"] == "蔬菜下降")
    }

    @Test("a verb that makes its object act, or an adverb of focus, before a count hands the naming to the noun after",
          arguments: [
        ("责令6家企业限期整改。", "6家", "企业限期整改"),
        ("主要是4家医院存在超标采购。", "4家", "医院存在超标采购"),
    ])
    func verbOrAdverbBeforeCount(_ input: String, _ surface: String, _ subject: String) {
        #expect(Self.subjects(input)[surface] == subject)
    }

    @Test("a clause after a count is no first item of an example list: the noun after 等 is the object's, not what is counted")
    func clauseBeforeExampleList() {
        let s = Self.subjects("向参评的12家企业颁发“绿色工厂”、“节水标杆”等称号。")
        #expect(s["12家"] != "称号")
        #expect(s["12家"]?.hasPrefix("企业") == true)
        #expect(Self.subjects("年产2万余台闸阀、截止阀和隔膜阀等核级阀门。")["2万余台"] == "年产核级阀门")
    }

    @Test("a noun before its count keeps naming it; a bare attribute after an institution's count is the institution's")
    func nounBeforeCount() {
        let s = Self.subjects("全市有医院56家，床位1.2万张。")
        #expect(s["56家"] == "医院")
        // (contexts.yaml institution_attributes: the beds are the hospitals', 医院床位, as the golds write 社会福利机构床位.)
        #expect(s["1.2万张"] == "医院床位")
    }
}
