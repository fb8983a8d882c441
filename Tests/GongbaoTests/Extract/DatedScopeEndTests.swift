import Foundation
import Testing
@testable import Gongbao

/// A 截至 scope ends with the date it names (`ScopeFinder.dateEnd`): a title has no comma, and the words after its date
/// (招商引资工作情况通报) are no time of the figures under it — carried down, they read as a place of theirs, and the
/// bulletin's running totals were never compared with the next bulletin's.
@Suite("Extraction: a 截至 scope ends at its date")
struct DatedScopeEndTests {
    static let extractor = try! Extractor()

    @Test("a title's 截至3月末 is the scope the figures under it carry, without the title's other words")
    func title() throws {
        let text = "云溪市2024年截至3月末招商引资工作情况通报\n\n一、项目招引情况\n截至3月末，全市累计签约项目35个。\n其中，工业项目签约23个。累计开工项目16个。\n"
        let m = Self.extractor.metrics(inText: text).filter(\.kind.isQuantity)
        let started = try #require(m.first { $0.subject.hasSuffix("开工项目") })
        #expect(started.scope == "截至3月末")
    }

    @Test("the date ends at 末, 底 or 日 after a digit or 月, 年, 度, 期", arguments: [
        ("截至3月末招商引资工作情况通报", "截至3月末"),
        ("截至2023年底全区共有", "截至2023年底"),
        ("截至12月31日全市", "截至12月31日"),
        ("截至一季度末", "截至一季度末"),
        ("截至十二月三十一日共", "截至十二月三十一日"),
        ("截至日前已有", "截至日前已有"),
        ("截至目前全区共有", "截至目前全区共有"),
    ])
    func dateEnd(_ clause: String, _ expected: String) {
        let t = clause.unicodeScalars.map(\.value)
        let e = ScopeFinder.dateEnd(t, from: 2, before: t.count)
        #expect(String(String.UnicodeScalarView(clause.unicodeScalars.prefix(e))) == expected)
    }
}
