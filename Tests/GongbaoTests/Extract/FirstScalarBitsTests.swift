import Testing
@testable import Gongbao

/// ContextReader asks the after-qualifier trie (以上, 左右, 多) only where the scalar after a figure has its low six
/// bits among the words' first scalars' (ScalarTrie.firstScalarBits, kept in a register): a clear bit must mean that
/// no word starts there, for every scalar, so the reader finds the same qualifiers as when it asked at every figure.
@Suite("first-scalar bits of a trie")
struct FirstScalarBitsTests {

    @Test("a clear bit: no word starts with the scalar (every BMP scalar and some beyond)")
    func clearBitMeansNoWord() throws {
        let book = PatternBook(try Lexicon.bundled())
        for trie in [book.after, book.before, book.targets] {
            let bits = trie.firstScalarBits()
            var scalars = Array(UInt32(0)..<0x10000)
            scalars += [0x10000, 0x1F600, 0x20000, 0x2A6D6, 0x10FFFF]
            for s in scalars where bits & (1 << UInt64(s & 63)) == 0 {
                #expect(!trie.startsWord(s), "U+\(String(s, radix: 16))")
                #expect(trie.longestMatch([s, 0x4E0A, 0x5DE6], at: 0) == nil, "U+\(String(s, radix: 16))")
            }
        }
    }

    @Test("a clear last-scalar bit: no word ends with the scalar (the reference labels and the directions)")
    func clearLastBitMeansNoWord() throws {
        let book = PatternBook(try Lexicon.bundled())
        for trie in [book.referenceLabels, book.up, book.before] {
            let bits = trie.lastScalarBits()
            var scalars = Array(UInt32(0)..<0x10000)
            scalars += [0x10000, 0x1F600, 0x20000, 0x2A6D6, 0x10FFFF]
            for s in scalars where bits & (1 << UInt64(s & 63)) == 0 {
                #expect(trie.matchEnding([s], at: 1) == nil, "U+\(String(s, radix: 16))")
                #expect(trie.matchEnding([0x9644, s], at: 2) == nil, "U+\(String(s, radix: 16))")
            }
        }
    }

    @Test("the bits kept as words are inserted = the bits written from the words")
    func keptBitsAsWritten() throws {
        let book = PatternBook(try Lexicon.bundled())
        for trie in [book.after, book.before, book.targets, book.referenceLabels, book.up, book.down, book.names] {
            #expect(trie.firstScalarBits() == trie.firstScalarBitsOfWords())
            #expect(trie.lastScalarBits() == trie.lastScalarBitsOfWords())
        }
    }

    @Test("a trie built by hand: its first scalars' bits and no others")
    func handBuilt() {
        var trie = ScalarTrie()
        for (k, w) in ["以上", "左右", "多", "余"].enumerated() { trie.insert(w, value: k) }
        trie.compile()
        let expected = [0x4EE5, 0x5DE6, 0x591A, 0x4F59].reduce(UInt64(0)) { $0 | 1 << UInt64($1 & 63) }
        #expect(trie.firstScalarBits() == expected)
        let lasts = [0x4E0A, 0x53F3, 0x591A, 0x4F59].reduce(UInt64(0)) { $0 | 1 << UInt64($1 & 63) }
        #expect(trie.lastScalarBits() == lasts)
        #expect(ScalarTrie().firstScalarBits() == 0)
        #expect(ScalarTrie().lastScalarBits() == 0)
    }
}
