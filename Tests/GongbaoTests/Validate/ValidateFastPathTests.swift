import Foundation
import Testing
@testable import Gongbao

/// The validator's fast paths (text cleaned once, word lists indexed, byte-keyed memos) must answer exactly
/// what the plain code they replace answers.
@Suite("Validate fast paths")
struct ValidateFastPathTests {
    @Test("a slice of the text cleaned once is the slice cleaned on its own")
    func cleanedSlices() throws {
        let text = "<p>一、 总体情况</p>\n收 入&nbsp;完成<span class=\"x\">17.5</span>亿元，&#12288;增长\u{3000}5%。a < b &amp c\u{00A0}d😀"
        let bytes = Array(text.utf8)
        let clean = try #require(CleanedText(bytes))
        for a in 0...bytes.count {
            for b in a...bytes.count {
                let expected = SentenceReader.cleaned(UTF8Scan.string(bytes, a..<b))
                #expect(clean.string(a..<b) == expected, "\(a)..<\(b)")
                #expect(Array(clean.slice(a..<b)) == Array(expected.utf8), "\(a)..<\(b)")
            }
        }
        #expect(CleanedText([0xE4, 0xB8]) == nil)
    }

    @Test("an indexed word list finds and removes what one search per word does")
    func wordIndex() {
        let words = ["增加", "收入", "预算", "调整为", "为"]
        let index = WordIndex(words)
        for text in ["收增加入", "预算调整为100", "无关文字", "收入收入为", ""] {
            var plain = Array(text.utf8)
            var changed = false
            for w in words {
                if let r = ByteText.replacingAll(plain, Array(w.utf8), with: []) { plain = r; changed = true }
            }
            #expect(index.replacingAll(in: Array(text.utf8), with: []) == (changed ? plain : nil), "\(text)")
            #expect(index.occurring(in: Array(text.utf8)) == words.map { ByteText.contains(text, $0) }, "\(text)")
        }
    }

    @Test("folded periods: widths, dashes, month numerals, 六's compatibility twin")
    func folded() {
        #expect(Period.folded("２０２４年一至四月份") == "2024年1-4月")
        #expect(Period.folded("十二月") == "12月")
        #expect(Period.folded("二十月") == "二10月")   // 二十 is no month; 十月 is
        #expect(Period.folded("\u{F9D1}月") == "6月")
        #expect(Period.folded("第 二季度") == "2季度")
    }

    @Test("years read by hand match the year pattern")
    func years() {
        for s in ["2025年", "2000年以来", "3年来", "12019年", "2024年2025年", "1999年来", "2023年以", "２０２４年"] {
            let folded = Period.folded(s)
            let ns = folded as NSString
            let expected = StatementContext.yearPattern.regex.matches(in: folded, range: NSRange(location: 0, length: ns.length))
                .map { ns.substring(with: $0.range(at: 1)) }
            #expect(StatementContext.years(in: Array(folded.unicodeScalars)) == expected, "\(s)")
        }
    }

    @Test("text keys are equal and hash alike exactly when the strings are")
    func textKeys() {
        let composed = "café收入", decomposed = "cafe\u{301}收入"
        #expect(TextKey(composed) == TextKey(decomposed))
        #expect(Set([TextKey(composed), TextKey(decomposed)]).count == 1)
        #expect(Set([TextKey("收入"), TextKey("支出"), TextKey("收入")]).count == 2)
        // An inert key and a key that is canonically the same text but not inert (a compatibility ideograph, kana
        // with a combining voicing mark): equal, and one entry in a set — the digest is of the NFC form.
        for (inert, other) in [("\u{8C48}收入", "\u{F900}收入"), ("が", "か\u{3099}"), ("收入", "收入")] {
            #expect(TextKey(inert) == TextKey(other), "\(other)")
            #expect(TextKey(inert).hashValue == TextKey(other).hashValue, "\(other)")
        }
        // Equal exactly when the Strings are, over a mix of inert and other texts.
        let texts = ["收入", "收入 ", "收入\u{200D}", "ｶ", "ｶ\u{FF9E}", "·", "é", "e\u{301}", "", "一般公共预算收入总计完成",
                     "一般公共预算收入总计完成。", "abcdefgh", "abcdefgi"]
        for a in texts {
            for b in texts {
                #expect((TextKey(a) == TextKey(b)) == (a == b), "\(a) = \(b)")
                if a == b { #expect(TextKey(a).hashValue == TextKey(b).hashValue) }
            }
        }
    }

    @Test("the heading prefilter passes every line a heading pattern matches")
    func headingPrefilter() {
        let lines = ["一、总体情况", "第三部分", "（二）市本级", "(3)", "1．一般公共预算", "12、", "1.5亿元", "12.5", "123.",
                     "2024年", "1.", "3、4", "十二、", "第一章", "1．。", "七", "", "。", "01．x", "9．8"]
        for line in lines {
            let matched = SentenceReader.headingPatterns.contains {
                $0.regex.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) != nil
            }
            if matched { #expect(SentenceReader.mayOpenHeading(Array(line.utf8)[...]), "\(line)") }
        }
        #expect(!SentenceReader.mayOpenHeading(Array("12.5".utf8)[...]))
        #expect(!SentenceReader.mayOpenHeading(Array("2024年".utf8)[...]))
    }
}
