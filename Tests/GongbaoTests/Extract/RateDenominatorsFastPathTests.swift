import Foundation
import Testing
@testable import Gongbao

/// RateDenominators looks in each figure's clause only where a 每 or a round numeral stands (found eight scalars at a
/// time); it must set the same scopes as the walk over every scalar of the clause it replaces.
@Suite("RateDenominators fast path")
struct RateDenominatorsFastPathTests {
    static let texts = [
        "每千人拥有3岁以下婴幼儿托位数4.6个，每十万人口拥有执业医师320人。就业人员十万人生产安全事故死亡人数4人",
        "国家“万人计划”1人，二十万人参加，每2万户3辆车；万人4个，百户5辆，千人\n6人，每百人7户每万辆8个",
        "每每十十万人口9人，1万人10人，十万11，每12人13个；每一千人14个（每千人）15人、万人计划16人，每",
        "",
        "十万人",
    ]


    @Test("looking only at 每 and round numerals: the same scopes as the clause walk")
    func sameAsWalk() throws {
        let book = PatternBook(try Lexicon.bundled())
        var scoped = 0
        for s in Self.texts {
            let text = DocText(unnormalized: s)
            // A figure at every scalar (some already scoped, some from tables or not quantities), in text order and not.
            var figures: [Figure] = []
            for i in 0..<text.count {
                var f = Figure(span: i..<min(i + 1, text.count), numberStart: i, value: 1, unit: "个",
                               kind: i % 5 == 4 ? .date : .count, unitEnd: min(i + 1, text.count))
                if i % 3 == 1 { f.scope = "截至目前" }
                if i % 7 == 6 { f.fromTable = true }
                figures.append(f)
            }
            for order in [figures, figures.reversed()] {
                for names in [book.names, nil] as [ScalarTrie?] {
                    var fast = order, slow = order
                    RateDenominators.apply(&fast, text: text, names: names)
                    RateDenominators.applyWalking(&slow, text: text, names: names)
                    #expect(fast.map(\.scope) == slow.map(\.scope))
                    scoped += fast.filter { $0.scope?.contains("人") == true }.count
                }
            }
        }
        #expect(scoped > 20)
    }

    @Test("nextStart: the first 每 or round numeral in the range, as one scalar at a time")
    func nextStart() {
        for s in Self.texts + ["一二三四五六七八九十一二三四五六七八九万", "每"] {
            let text = DocText(unnormalized: s)
            text.t.withUnsafeBufferPointer { u in
                for from in 0...text.count {
                    for end in from...text.count {
                        var slow = from
                        while slow < end, !(u[slow] == 0x6BCF || RateDenominators.isRound(u[slow])) { slow += 1 }
                        #expect(RateDenominators.nextStart(u, from: from, to: end) == slow)
                    }
                }
            }
        }
    }
}
