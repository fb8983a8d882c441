import Testing
@testable import Gongbao

/// SubjectFinder+Chains and two neighbours: a run of counts closed by an outcome (…3省21市96个县(市、区)215.4万人受灾)
/// names each count by the outcome and its own noun; a subject closed by the nominal 的 before 由 (拥有大学文化程度的由
/// 8930人增加为…) is the words before 由; the count of a ranking's field is no topic for a change after the rank.
@Suite("Chain subjects")
struct ChainSubjectTests {
    static let extractor = try! Extractor()

    static func subjects(_ input: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in extractor.metrics(inText: input) where m.kind.isQuantity { out[m.surface] = m.subject }
        return out
    }

    @Test("each count of a run closed by an outcome is the outcome with its own noun", arguments: [
        ("暴雨已造成湖南、湖北3省21市96个县(市、区)215.4万人受灾，12人死亡。",
         [("3省", "受灾省"), ("21市", "受灾市"), ("96个", "受灾县(市、区)"), ("215.4万人", "受灾人"), ("12人", "死亡人")]),
        ("据省民政厅报告，岳阳、常德等4市(自治州)19个县(市、区)30.2万人受灾。",
         [("4市", "受灾市(自治州)"), ("19个", "受灾县(市、区)"), ("30.2万人", "受灾人")]),
        ("长沙、株洲2市5个区和3个县12万人受灾，3人失踪。",
         [("2市", "受灾市"), ("5个", "受灾区"), ("3个", "受灾县"), ("12万人", "受灾人")]),
    ])
    func runClosedByOutcome(_ input: String, _ expected: [(String, String)]) {
        let s = Self.subjects(input)
        for (surface, subject) in expected { #expect(s[surface] == subject, "\(surface)") }
    }

    @Test("a run that no outcome closes, or a count after a date, keeps its subjects")
    func noRunNoChange() {
        #expect(Self.subjects("全市12个乡镇3200人参加培训。")["12个"] == "乡镇")
        #expect(Self.subjects("全县共有学校120所教师8000人。")["120所"]?.hasPrefix("受灾") == false)
        #expect(Self.subjects("洪涝灾害波及15个县(市、区)，受灾人口4.2万人。")["15个"] == "县(市、区)")
    }

    @Test("the nominal 的 before 由 closes the subject: the words after the figure are the change")
    func deBeforeFrom() {
        let s = Self.subjects("与上次普查相比，每10万人中拥有大学文化程度的由8930人增加为15467人；拥有高中文化程度的由12000人减少为11000人。")
        #expect(s["8930人"] == "每10万人中拥有大学文化程度的")
        #expect(s["12000人"]?.hasSuffix("高中文化程度的") == true)
        #expect(s["15467人"]?.contains("大学文化程度") == true)
        // (吸引了来自省内外的近两百名客商代表: without 由 the noun after 的 still names the figure.)
        #expect(Self.subjects("展会吸引了来自省内外的近两百名客商代表。")["两百名"] == "客商代表")
    }

    @Test("a 的 alone after a date names no noun after the figure: the clause before 由 does")
    func dateDeNamesNothing() {
        let s = Self.subjects("城镇登记失业率继续降低，由2010年的4.1%降低至2016年的3.6%。")
        #expect(s["4.1%"] == "城镇登记失业率")
        #expect(s["3.6%"]?.contains("城镇登记失业率") == true)
        // (After an amount the 的 does open the noun after the figure: 投资9.5亿元的12个项目.)
        #expect(Self.subjects("协议总投资9.5亿元的12个项目集中签约。")["12个"]?.contains("项目") == true)
    }

    @Test("a change after a rank is the ranked topic's, not the field's count")
    func rankFieldIsNoTopic() {
        let s = Self.subjects("我县综合指数为4.18，全市20个区县排名第4，同比下降3.46%。")
        #expect(s["3.46%"]?.contains("综合指数") == true)
        #expect(s["20个"] == "区县")
    }
}

/// StandingFigures: a figure alone on its line, heading the paragraph that states it, takes the statement's subject.
@Suite("Standing figures")
struct StandingFigureTests {
    static let extractor = try! Extractor()

    @Test("a figure alone between blank lines takes the subject of its restatement below")
    func headingFigureTakesStatement() {
        let ms = Self.extractor.metrics(inText: "数说全民健身\n\n4.73万个\n\n统计显示，目前我国共有体育社会组织4.73万个，城市社区健身站点继续增加。\n")
            .filter { $0.surface == "4.73万个" }
        #expect(ms.count == 2)
        #expect(ms.first?.subject == ms.last?.subject)
        #expect(ms.first?.subject.contains("体育社会") == true)
    }

    @Test("a figure in a sentence, or one whose restatement has another unit, keeps its subject")
    func sentenceFigureStays() {
        let ms = Self.extractor.metrics(inText: "数说\n\n260万人\n\n社会体育指导员队伍达到260万个。\n")
        #expect(ms.first { $0.surface == "260万人" }?.subject.contains("社会体育指导员") == false)
    }
}
