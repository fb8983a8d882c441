import Foundation
import Testing
@testable import Gongbao

/// PlanSections reads a sentence's facts by vector searches (截, 年) and its end from DocText's sentence-end bits:
/// as the walks over every scalar they replace.
@Suite("Plan sentence fast paths")
struct PlanSentenceFastPathTests {

    static func texts() -> [String] {
        let pieces = ["截至", "截止", "截", "至", "止", "2024年", "2026年", "1999年", "12345年", "x2020年", "年", "2023",
                      "。", "！", "？", "；", "\n", "，", "由", "从", "7个", "增至", "到", "9个", "计划", "新增就业6万人",
                      "\u{1F600}", " "]
        var mix = Mix(state: 61)
        var out = ContextFastPathTests.corpusTexts().map { String($0.prefix(3000)) }
        for _ in 0..<400 { out.append((0..<(1 + mix.next(40))).map { _ in pieces[mix.next(pieces.count)] }.joined()) }
        return out
    }

    @Test("sentence ends from the bits, years and statesPosition: as the plain walks")
    func sentenceFacts() {
        for s in Self.texts() {
            let text = DocText(unnormalized: s)
            for i in 0...(text.count + 1) {
                #expect(PlanSections.sentenceEnd(after: i, text: text) == text.sentenceEnd(after: i), "\(s) \(i)")
            }
            for period in [nil, 2025, 2026] as [Int?] {
                for lo in stride(from: 0, through: text.count, by: 3) {
                    for hi in [lo, lo + 5, lo + 17, text.count] where hi <= text.count {
                        #expect(PlanSections.earlierYear(in: lo..<hi, text: text, periodYear: period)
                                == PlanSections.earlierYearReference(in: lo..<hi, text: text, periodYear: period))
                    }
                }
                var facts = PlanSections.SentenceFacts()
                for i in 0..<text.count where text.isDigit(i) && !text.isDigit(i - 1) {
                    var e = i
                    while text.isDigit(e) { e += 1 }
                    let fig = Figure(span: i..<min(e + 1, text.count), numberStart: i, value: 0, unit: nil, kind: .count,
                                     unitEnd: min(e + 1, text.count))
                    #expect(PlanSections.statesPosition(fig, text: text, periodYear: period, sentence: &facts)
                            == PlanSections.statesPosition(fig, text: text, periodYear: period), "\(s) \(i)")
                }
            }
        }
    }
}

extension PlanSentenceFastPathTests {
    @Test("ContextReader.noClauseEnd from the clause table: as the walk over the scalars")
    func noClauseEnd() {
        let pieces = ["累计", "，", "、", "：", "(", ")", "【", "】", "<", ">", "。", "；", "\n", "完成", "5", "\u{1F600}", " "]
        var mix = Mix(state: 73)
        for _ in 0..<800 {
            let s = (0..<(1 + mix.next(20))).map { _ in pieces[mix.next(pieces.count)] }.joined()
            let text = DocText(unnormalized: s)
            for from in 0...text.count {
                for to in from...text.count {
                    #expect(ContextReader.noClauseEnd(text, from: from, to: to)
                            == ContextReader.noClauseEndReference(text, from: from, to: to), "\(s) \(from) \(to)")
                }
            }
        }
    }
}
