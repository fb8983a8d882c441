import Testing
@testable import Gongbao

/// isGenuineOne finds the sentence's digits through the book's class table (numeralDigit) where it tested every
/// scalar: it must answer as the plain walk (isGenuineOneSlow) at every position of random sentences.
@Suite("isGenuineOne fast path")
struct GenuineOneFastPathTests {

    @Test("the numeralDigit flag is exactly 0-9 and ChineseNumeral's digits")
    func flagMatchesDigits() throws {
        let book = PatternBook(try Lexicon.bundled())
        for s in UInt32(0)..<0x11000 {
            let digit = (s >= 0x30 && s <= 0x39) || ChineseNumeral.digit(s) != nil
            #expect(book.classes.contains(s, .numeralDigit) == digit, "U+\(String(s, radix: 16))")
        }
    }

    @Test("the table walk answers as the scalar walk at every position")
    func sameAnswers() throws {
        let book = PatternBook(try Lexicon.bundled())
        let pieces = ["一个", "一项", "一", "一是", "进一步", "是一个", "为一个", "实施", "落实八项服务举措", "人才工程", "，", "。",
                      "；", "\n", " ", "  ", "3个", "12项", "两个", "〇", "零", "十一", "贰", "三", "万人", "平台", "时期",
                      "今后", "打造", "5%", "\u{1F600}", "\u{20000}一", "个", "项", "七", "7", "0", "也不是一个口号",
                      "不是一个问题", "第一", "一一", "九个方面", "12345"]
        var mix = Mix(state: 41)
        var texts = ["实施一项人才工程，落实八项服务举措。", "一项人才工程。", "今后一个时期，打造一个平台。",
                     "不是一个问题，也不是一个口号。", " 一项工程\n"]
        for _ in 0..<600 { texts.append((0..<(1 + mix.next(30))).map { _ in pieces[mix.next(pieces.count)] }.joined()) }
        for s in texts {
            let text = DocText(unnormalized: s)
            let scanner = FigureScanner(book: book, text: text)
            for i in 0..<text.count {
                #expect(scanner.isGenuineOne(at: i) == scanner.isGenuineOneSlow(at: i), "\(s) at \(i)")
            }
        }
    }
}
