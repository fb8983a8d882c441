import Testing
@testable import Gongbao

/// Subjects of figures whose clause names them only through the clause or sentence around: a ；-sentence opened by a
/// comparison (SubjectFinder / Extractor.previousTopic), a census base inside its frame (SubjectFinder.comparedOwner),
/// a part's amount in brackets (PartBrackets), a variant glyph of traditional script (TraditionalScript).
@Suite("Subjects from the clause around")
struct FigureSubjectClassesTests {
    static let extractor = try! Extractor()

    static func subject(_ text: String, _ surface: String) throws -> String {
        let m = try #require(extractor.metrics(inText: text, path: "t.txt").first { $0.surface == surface })
        return m.shownSubject
    }

    @Test("a ；-sentence that opens with a comparison is about the sentence before it")
    func semicolonComparison() throws {
        let text = "3月末，全省金融机构人民币各项存款余额20721.8亿元，同比增长29.5%；较年初增加1283.1亿元，同比多增594.6亿元。"
        #expect(try Self.subject(text, "1283.1亿元") == "金融机构人民币各项存款余额较年初增加")
        #expect(try Self.subject(text, "594.6亿元").hasPrefix("金融机构人民币各项存款余额"))
        let month = "7月份，全国规模以上工业增加值同比增长4.8%，增速与6月份持平；环比增长0.98%。"
        #expect(try Self.subject(month, "0.98%") == "规模以上工业增加值环比增长")
        // (After a full stop the topic is not carried.)
        let stop = "全省金融机构人民币各项存款余额20721.8亿元。较年初增加1283.1亿元。"
        #expect(try Self.subject(stop, "1283.1亿元") == "")
    }

    @Test("a census base whose frame opens after the words it compares takes those words, and so do the changes")
    func censusBase() throws {
        let text = "全区常住人口与2010年第六次全国人口普查的220554人相比，10年共增加329857人，增长1.5倍。"
        #expect(try Self.subject(text, "220554人") == "常住人口")
        // (The changes are shown with their words: ChangeWords.)
        #expect(try Self.subject(text, "329857人") == "常住人口增加")
        #expect(try Self.subject(text, "1.5倍") == "常住人口增长")
    }

    @Test("an amount in brackets after another, for a part, is that part's of the same measure")
    func partBrackets() throws {
        let text = "市本级政府性基金预算收入2.7亿元（不含辽滨经开区4.8亿元），同比下降38.7%。"
            + "市本级一般公共预算支出拟安排87.4亿元（不含辽滨经开区22.2亿元），比上年预算增长9.9%。"
        let water = "工业用水115亿立方米(含直流火核电冷却水48.4亿立方米)。"
        #expect(try Self.subject(water, "48.4亿立方米") == "直流火核电冷却水工业用水")
        // (An exclusion is left as it was — contexts.yaml part_bracket_openers — but the bracket is still an aside: the
        // change after it is the first amount's.)
        #expect(try Self.subject(text, "2.7亿元") == "市本级政府性基金预算收入")
        #expect(try Self.subject(text, "38.7%") == "市本级政府性基金预算收入下降")
        #expect(try !Self.subject(text, "9.9%").contains("辽滨"))
        #expect(try Self.subject(text, "9.9%").hasPrefix("市本级一般公共预算支出"))
        // (A part named with its own measure keeps its name.)
        let tax = "一般公共预算收入28.7亿元（含税收收入20.1亿元）。"
        #expect(try Self.subject(tax, "20.1亿元") == "税收收入")
        let kinds = "基层医疗卫生机构37家（含社区卫生服务中心10家）。"
        #expect(try Self.subject(kinds, "10家") == "社区卫生服务中心")
    }

    @Test("a variant glyph reads as its standard form and is shown in it")
    func variantForms() throws {
        let text = "這個國家經濟發展報告：國家毉保侷發佈統計公報。不同毉療機搆的支付比例分別爲83.5%、87.4%、89.4%。"
            + "城鄕居民基本毉療保險蓡保人數達96294萬人，儅期結存112.06億元。"
        let metrics = Self.extractor.metrics(inText: text, path: "t.txt")
        let rate = try #require(metrics.first { $0.surface == "83.5%" })
        #expect(rate.subject.contains("医疗机构"))
        #expect(rate.shownSubject.contains("醫療機構"))
        let balance = try #require(metrics.first { $0.surface == "112.06億元" })
        #expect(balance.shownSubject.hasPrefix("當期結存"))
        // (The standard forms the variants stand for are folded along with them.)
        let map = TraditionalScript.foldings(of: Array("毉縂".unicodeScalars.map(\.value)))
        #expect(map[0x6BC9] == 0x533B && map[0x7E02] == 0x603B)   // 毉 → 医, 縂 → 总
    }

    @Test("the bundled variant table parses, and a bad entry names its line")
    func variantTable() throws {
        #expect(TraditionalScript.variants[0x6BC9] == 0x91AB)   // 毉 → 醫
        #expect(throws: LexiconError.self) { try VariantForms.parse("variant_forms: [毉]\n") }
        #expect(try VariantForms.parse("variant_forms: [縂總]\n") == [0x7E02: 0x7E3D])
    }
}
