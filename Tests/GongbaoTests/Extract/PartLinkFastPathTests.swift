import Foundation
import Testing
@testable import Gongbao

/// The exact-integer sums of `linkParts` and the byte path of `completePartSubjects` must answer as the Decimal and
/// Character code they replace.
@Suite("Part-link fast paths")
struct PartLinkFastPathTests {
    /// Values of every shape: integers, fractions, large, tiny, trailing zeros, negative, NaN.
    static let values: [Decimal] = {
        var v: [Decimal] = [0, 1, 7, 70000, Decimal.nan, -2, Decimal(string: "-0.5")!]
        for s in ["2680.0", "2680.50", "116.0", "12.9", "2.8", "131.6", "0.995", "1e-6", "1e-7", "0.0000015",
                  "9223372036854.775807", "4611686018427.387903", "4611686018427.387904", "123456789012345678901234",
                  "1e12", "1.5e3", "99999999999", "0.1", "100", "3.14159265"] {
            v.append(Decimal(string: s)!)
        }
        var g = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let m = Int64.random(in: 0...2_000_000, using: &g)
            let e = Int.random(in: -8...4, using: &g)
            v.append(Decimal(sign: .plus, exponent: e, significand: Decimal(m)))
        }
        return v
    }()

    @Test("micros: nil, or the same value in 10⁻⁶")
    func micros() {
        #expect(ExtractorSupport.decimalLayoutReadable)
        for d in Self.values {
            guard let m = ExtractorSupport.micros(d) else {
                // nil only where the value is not a small non-negative multiple of 10⁻⁶.
                let scaled = d * 1_000_000
                if !d.isNaN, d >= 0, d < 1_000_000, scaled == scaled.rounded0 {
                    Issue.record("micros gave nil for \(d)")
                }
                continue
            }
            #expect(Decimal(sign: .plus, exponent: -6, significand: Decimal(m)) == d, "\(d) → \(m)")
        }
    }

    @Test("PartSum: complete and sums as Decimal + and >= of total × 0.995")
    func partSums() {
        var g = SystemRandomNumberGenerator()
        let positive = Self.values.filter { !$0.isNaN && $0 > 0 }
        let nonNegative = Self.values.filter { !$0.isNaN && $0 >= 0 }
        for _ in 0..<400 {
            let total = positive.randomElement(using: &g)!
            var fast = ExtractorSupport.PartSum(total: total)
            var sum: Decimal = 0
            let limit = total * ExtractorSupport.completeShare
            for _ in 0..<Int.random(in: 1...8, using: &g) {
                // Parts near a share of the total, so that completion is often reached exactly at the edge.
                let part = Bool.random(using: &g) ? nonNegative.randomElement(using: &g)!
                    : total * Decimal(string: ["0.995", "0.5", "0.25", "0.005", "0.245"].randomElement(using: &g)!)!
                #expect(fast.isComplete() == (sum >= limit), "total \(total) sum \(sum)")
                #expect(fast.decimalSum == sum)
                if sum >= limit { break }
                fast.add(part)
                sum += part
            }
        }
    }

    static let subjects = [
        "", "出口", "进口", "进出口总额", "全市进出口总额", "全省全市出口总额", "全年收入", "收入", "支出", "其中出口",
        "出口总额", "全国", "全国一般公共预算收入", "e\u{301}出口", "出口\u{301}", "全市进出口总额\r\n", "👍出口总额",
        "か\u{3099}出口", "全市ｅ出口", "总额", "进出口", "全市一般公共预算收入总额合计数值", "出口出口", "全市口出",
    ]

    @Test("completedPartSubject: as the Character and Foundation reference")
    func completed() {
        for part in Self.subjects {
            for total in Self.subjects {
                #expect(ExtractorSupport.completedPartSubject(part, total: total)
                        == ExtractorSupport.completedPartSubjectReference(part, total: total), "\(part) of \(total)")
            }
        }
    }

    @Test("wordMask and contrasting on masks: as LiteralSearch word by word and contrasting on Strings")
    func contrastMasks() {
        let pairLists: [[(String, String)]] = [
            [("收入", "支出"), ("进口", "出口"), ("存款", "贷款"), ("流入", "流出"), ("招生", "毕业生")],
            [("é", "e\u{301}"), ("", "支出"), ("a", "ab"), ("👍", "出口"), ("か\u{3099}", "が")],
        ]
        let subjects = Self.subjects + ["一般公共预算收入", "一般公共预算支出", "收入支出", "进出口", "毕业生招生",
                                        "e\u{301}支出", "é收入", "ab", "a", "が出口", "か\u{3099}", "流出资金\r\n", "存款余额"]
        for pairs in pairLists {
            let words = LiteralSearch.WordList(pairs.flatMap { [$0.0, $0.1] })
            let prepared = pairs.map { (LiteralSearch.Prepared($0.0), LiteralSearch.Prepared($0.1)) }
            for part in subjects {
                let pm = ExtractorSupport.wordMask(words, in: part)
                #expect(pm == ExtractorSupport.wordMaskReference(words, in: part), "\(part)")
                #expect((pm != 0) == words.anyContained(in: part))
                for total in subjects {
                    let tm = ExtractorSupport.wordMask(words, in: total)
                    #expect((pm != 0 && ExtractorSupport.contrasting(pm, tm, pairs: pairs.count))
                            == (words.anyContained(in: part) && ExtractorSupport.contrasting(part, total, pairs: prepared)),
                            "\(part) / \(total)")
                }
            }
        }
    }
}

private extension Decimal {
    var rounded0: Decimal { var x = self, r = Decimal(); NSDecimalRound(&r, &x, 0, .plain); return r }
}
