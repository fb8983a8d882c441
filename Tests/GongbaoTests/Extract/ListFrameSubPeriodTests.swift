import Testing
import Foundation
@testable import Gongbao

/// Held-out set 14's list causes and set 8's quarters, on short sentences of our own: a 分别 list opened by 对 whose
/// verb follows 分别 gives each item the preposition and the verb; the last two items of a list may be joined by 及; a
/// clause that opens with a quarter and names nothing is that quarter of the sentence before's topic.
@Suite("Framed lists and sub-periods")
struct ListFrameSubPeriodTests {

    func subjects(_ text: String) -> [String: String] { SubjectsBySurface.of(text) }

    @Test("对A、B分别进出口…: each item is 对, the item and the verb; the rates after follow the list")
    func framedList() {
        let s = subjects("前三季度对日本、韩国分别进出口260亿元、210亿元，分别增长4.2%、2.7%。")
        #expect(s["260亿元"] == "对日本进出口")
        #expect(s["210亿元"] == "对韩国进出口")
        #expect(s["2.7%"]?.hasPrefix("对韩国进出口") == true)
    }

    @Test("the last two items joined by 及 are two items when the figures say so")
    func jiJoinsLastItems() {
        let s = subjects("同期，对英国、法国及德国分别出口150亿、120亿、90亿元，分别增长12.3%、8.8%及9.1%。")
        #expect(s["150亿"] == "对英国出口")
        #expect(s["120亿"] == "对法国出口")
        #expect(s["90亿元"] == "对德国出口")
        #expect(s["9.1%"]?.hasPrefix("对德国出口") == true)
    }

    @Test("a predicate after 分别 is no frame verb: the items stay as they were")
    func predicateIsNoVerb() {
        let s = subjects("对小微企业、个体工商户的贷款余额分别为300亿元、120亿元。")
        #expect(s["120亿元"]?.hasSuffix("进出口") != true)
        #expect(s["300亿元"]?.hasSuffix("为") != true)
    }

    @Test("a quarter opening a clause that names nothing is that quarter of the last sentence's topic")
    func quarterTakesTopic() {
        let s = subjects("初步核算，前三季度全市地区生产总值8800亿元，同比增长5.1%。分季度看，一季度同比增长4.2%，二季度增长5.0%，三季度增长5.6%。")
        #expect(s["4.2%"] == "一季度地区生产总值")
        #expect(s["5.0%"] == "二季度地区生产总值")
        #expect(s["5.6%"] == "三季度地区生产总值")
    }

    @Test("a quarter with its own noun keeps the noun")
    func quarterWithNoun() {
        let s = subjects("上半年全市财政收入120亿元。二季度税收收入增长3.2%。")
        #expect(s["3.2%"]?.contains("税收收入") == true)
    }

    @Test("a list led by a period before 对 keeps only the frame")
    func periodBeforeOpener() {
        let s = subjects("今年1-9月，全市对德国、法国分别出口52亿元、31亿元。")
        #expect(s["52亿元"] == "对德国出口")
        #expect(s["31亿元"] == "对法国出口")
    }

    @Test("一二三产…分别: numerals written in a row are as many items")
    func numeralRun() {
        let s = subjects("预期目标：其中一二三产增加值分别增长4%左右、7%左右、6%左右。")
        #expect(s["4%"] == "一产增加值")
        #expect(s["7%"] == "二产增加值")
        #expect(s["6%"] == "三产增加值")
        #expect(ListDistribution.numeralRun("一三产业", count: 2) == nil)
        #expect(ListDistribution.numeralRun("一二三线城市", count: 3) == ["一线城市", "二线城市", "三线城市"])
    }

    @Test("拉动 after 对…的贡献率 takes the topic before the contribution, not the contribution's complement")
    func pullTakesTopic() {
        let s = subjects("其中，第一产业增加值20.3亿元，增长4.1%，对经济增长的贡献率12.0%，拉动经济增长0.6个百分点。")
        #expect(s["0.6个百分点"]?.hasPrefix("第一产业") == true)
    }
}
