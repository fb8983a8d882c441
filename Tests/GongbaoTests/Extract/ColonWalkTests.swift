import Foundation
import Testing
@testable import Gongbao

/// The remembered colon walk of ContextReader must find the colon the whole walk back finds, whatever order the
/// sentences are asked in, across sentence ends, line breaks and the 600-scalar reach.
@Suite("Colon walk")
struct ColonWalkTests {
    @Test("colonBefore: as colonBeforeReference, in order, backwards and skipping")
    func colonWalk() throws {
        let book = PatternBook(try Lexicon.bundled())
        let item = "城镇新增就业6万人以上；"
        let texts = [
            "主要预期目标是：地区生产总值增长5%左右；城镇新增就业6万人以上；居民收入增长；其中2个。下一句：3个；4个",
            "目标：" + String(repeating: item, count: 80) + "完成。\n计划:" + String(repeating: item, count: 3)
                + "！" + String(repeating: "长", count: 700) + "：" + String(repeating: item, count: 70),
            "：；：；？:\n；", "", "没有冒号；也没有；",
        ]
        for s in texts {
            let text = DocText(unnormalized: s)
            let n = text.count
            let all = Array(0...n)
            var g = SystemRandomNumberGenerator()
            let orders = [all, all.reversed(), all.filter { $0 % 7 == 3 }, all.filter { $0 % 97 == 5 },
                          (0..<300).map { _ in Int.random(in: 0...n, using: &g) },
                          all.flatMap { [$0, max(0, $0 - 11)] }]
            for order in orders {
                var reader = ContextReader(book: book, text: text, blocked: [])
                var wrong: [Int] = []
                for k in order where reader.colonBefore(k) != reader.colonBeforeReference(k) { wrong.append(k) }
                #expect(wrong.isEmpty, "of \(n)")
            }
        }
    }
}
