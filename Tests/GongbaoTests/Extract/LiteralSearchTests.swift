import Foundation
import Testing
@testable import Gongbao

@Suite("LiteralSearch")
struct LiteralSearchTests {
    @Test("the byte search answers as Foundation's contains does")
    func agreesWithFoundation() {
        let haystacks = ["一般公共预算收入", "一般公共预算支出", "", "收入", "GDP增长5.1%", "“十四五”规划", "ＧＤＰ总量",
                         "café", "cafe\u{301}", "한국어", "豈", "\r\n收入", "收入\u{2028}支出", "がんばる", "か\u{3099}んばる"]
        let needles = ["收入", "支出", "", "一般", "GDP", "十四五", "Ｐ", "é", "e\u{301}", "국", "\u{F900}", "\n", "入\u{2028}", "が", "か\u{3099}"]
        for h in haystacks {
            for n in needles {
                #expect(LiteralSearch.contains(h, n) == h.contains(n), "\(h) ⊇ \(n)")
            }
        }
    }

    @Test("byte equality answers as == does")
    func equalsAgreesWithSwift() {
        let words = ["城市", "农村", "城镇", "", "GDP", "ＧＤＰ", "café", "cafe\u{301}", "한", "\u{1100}\u{1161}", "豈", "豈", "が", "か\u{3099}", "〪"]
        for a in words {
            for b in words {
                #expect(LiteralSearch.equals(a, b) == (a == b), "\(a) = \(b)")
            }
        }
    }
}
