import Foundation
import Testing
@testable import Gongbao

/// ScopeFinder keeps the time and region scope as text ranges and builds the joined String only when a figure asks:
/// reading it at a few positions must give what reading it after every single scalar gives (the eager rebuild).
@Suite("ScopeFinder lazy scope")
struct ScopeFinderLazyScopeTests {

    @Test("scope read sparsely equals scope read after every scalar")
    func sparseEqualsEager() throws {
        let book = PatternBook(try Lexicon.bundled())
        let pieces = ["截至目前，", "截止2024年底，", "全区", "全市", "全年", "年内", "1—9月", "1-9月份", "自2020年以来，",
                      "\n", "2025年全市预算执行情况\n", "一、农业\n", "城镇新增就业", "6万人", "，", "。", "；", " ", "增长5%",
                      "一至三月", "3年来，", "两院院士4人", "其中"]
        var mix = Mix(state: 11)
        var texts = ["截至目前，全区共有人才7.8万人。其中，两院院士4人。\n全年新增就业1万人，",
                     "2026年市级收支预算\n全市收入100亿元。\n1—9月，全区增长5%。"]
        for _ in 0..<400 { texts.append((0..<(1 + mix.next(14))).map { _ in pieces[mix.next(pieces.count)] }.joined()) }
        for s in texts {
            let text = DocText(unnormalized: s)
            let n = text.t.count
            var eager = ScopeFinder(book: book, text: text)
            var seen: [Int: String?] = [:]
            for p in 0...n { eager.advance(to: p); seen[p] = eager.scope }
            var lazy = ScopeFinder(book: book, text: text)
            var p = 0
            while p <= n {
                lazy.advance(to: p)
                #expect(lazy.scope == seen[p]!, "\(s) at \(p)")
                p += 1 + mix.next(7)
            }
        }
    }

    @Test("clean through UTF-8 bytes equals the scalar-by-scalar reference")
    func cleanEqualsReference() {
        let alphabet: [UInt32] = [0x20, 0x0A, 0x09, 0x3000, 0x41, 0x31, 0x622A, 0x81F3, 0xFF0C, 0xD800, 0xDFFF, 0x1F600, 0x20000, 0xE9, 0x0D,
                                0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0xFFFFFFFF]
        var mix = Mix(state: 5)
        for _ in 0..<3000 {
            let t = (0..<mix.next(12)).map { _ in alphabet[mix.next(alphabet.count)] }
            let lo = mix.next(t.count + 1), hi = lo + mix.next(t.count + 3 - lo)
            let a = ScopeFinder.clean(t, lo..<hi), b = ScopeFinder.cleanReference(t, lo..<hi)
            #expect(Array(a.utf8) == Array(b.utf8), "\(t) \(lo)..<\(hi)")
        }
    }

    @Test("the scope join written as bytes equals the two appends")
    func joinedEqualsAppends() {
        let words = ["", "全年", "截至目前", "全区", "1—9月", "a", "é", "\u{1F600}全市", "2024年以来"]
        for a in words {
            for b in words {
                let joined = ScopeFinder.joined(time: a, region: b)
                #expect(joined.map { Array($0.utf8) } == Array((a + "；" + b).utf8), "\(a) \(b)")
                #expect(ScopeFinder.joinedBytes(a, b) == a + "；" + b)
            }
            #expect(ScopeFinder.joined(time: a, region: nil) == a)
            #expect(ScopeFinder.joined(time: nil, region: a) == a)
        }
        #expect(ScopeFinder.joined(time: nil, region: nil) == nil)
    }

    @Test("clean reusing the last String equals clean")
    func cleanReusingEqualsClean() {
        let alphabet: [UInt32] = [0x20, 0x0A, 0x5168, 0x5E74, 0x5E02, 0x31]
        var mix = Mix(state: 9)
        let t = (0..<400).map { _ in alphabet[mix.next(alphabet.count)] }
        var last: (range: Range<Int>, string: String)? = nil
        for _ in 0..<3000 {
            let lo = mix.next(t.count), hi = min(t.count, lo + mix.next(4))
            let a = ScopeFinder.clean(t, lo..<hi, reusing: &last)
            #expect(a == ScopeFinder.cleanReference(t, lo..<hi))
            #expect(last?.range == lo..<hi)
        }
    }
}
