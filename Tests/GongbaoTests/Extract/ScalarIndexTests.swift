import Foundation
import Testing
@testable import Gongbao

/// The layout of the tries (ScalarIndex: first and last scalars numbered as their root records, offset masks
/// per scalar of a numbering shared by the tries) answers as a plain word list searched naively on random texts.
@Suite("ScalarIndex")
struct ScalarIndexTests {

    @Test("ScalarIndex ids are the positions in the sorted list of members")
    func idsAreRanks() {
        var mix = Mix(state: 5)
        for _ in 0..<20 {
            let scalars = (0..<mix.next(300)).map { _ in
                UInt32([0x30 + mix.next(80), 0x4E00 + mix.next(0x5200), 0xFF00 + mix.next(0x100), 0x20000 + mix.next(9)][mix.next(4)])
            }
            let index = ScalarIndex(scalars)
            let sorted = Array(Set(scalars.filter { $0 < 0x10000 })).sorted()
            #expect(index.count == sorted.count)
            for s in sorted + (0..<200).map({ _ in UInt32(mix.next(0x10000)) }) + [0x1F600, 0, 0xFFFF] {
                #expect(index.id(s) == (sorted.firstIndex(of: s) ?? -1))
            }
            // Built by inserts and a recount: the same numbering.
            var grown = ScalarIndex.empty
            for s in scalars { grown.insert(s) }
            for s in sorted { #expect(grown.contains(s)) }
            grown.recount()
            #expect(grown.count == sorted.count)
            for (k, s) in sorted.enumerated() { #expect(grown.id(ofMember: s) == k && grown.id(s) == k) }
            #expect(!grown.contains(0x1F600) && !index.contains(0x1F600))
        }
    }

    /// The longest word of `words` at i (first listed among equals), the longest ending at i, and whether a word
    /// covers p..<p+length, by comparing every word at every place. (Words starting outside the BMP are never
    /// found forwards, nor words ending outside it backwards: the tries never supported them.)
    struct Naive {
        let words: [[UInt32]]
        func longest(_ t: [UInt32], _ i: Int) -> (Int, Int)? {
            var best: (Int, Int)? = nil
            for (k, w) in words.enumerated() where w[0] < 0x10000 && i >= 0 && i + w.count <= t.count && t[i..<(i + w.count)].elementsEqual(w) {
                if best == nil || w.count > best!.1 { best = (k, w.count) }
            }
            return best
        }
        func ending(_ t: [UInt32], _ i: Int) -> (Int, Int)? {
            var best: (Int, Int)? = nil
            for (k, w) in words.enumerated() where w.last! < 0x10000 && i >= w.count && i <= t.count && t[(i - w.count)..<i].elementsEqual(w) {
                if best == nil || w.count > best!.1 { best = (k, w.count) }
            }
            return best
        }
        func covers(_ t: [UInt32], _ p: Int, _ length: Int) -> Bool {
            words.contains { w in
                w[0] < 0x10000 && w.count >= length && (max(0, p + length - w.count)...max(0, p)).contains { s in
                    s + w.count <= t.count && s + w.count >= p + length && s <= p && t[s..<(s + w.count)].elementsEqual(w)
                }
            }
        }
    }

    /// Checks `trie` (built from `words`) against the naive search on random texts of the words and `extra`.
    func check(_ trie: ScalarTrie, _ words: [String], extra: [UInt32], seed: UInt64, texts: Int, covers: Bool) -> Int {
        let lists = words.map { $0.unicodeScalars.map(\.value) }
        let naive = Naive(words: lists)
        let pool = Array(Set(lists.joined())).sorted() + extra
        var mix = Mix(state: seed)
        var hits = 0
        for _ in 0..<texts {
            var t: [UInt32] = []
            while t.count < 30 {
                if mix.next(3) == 0 { t += lists[mix.next(lists.count)] } else { t.append(pool[mix.next(pool.count)]) }
            }
            for i in -1...(t.count + 1) {
                let m = trie.longestMatch(t, at: i), n = naive.longest(t, i)
                #expect(m?.value == n?.0 && m?.length == n?.1, "\(words.prefix(3)) at \(i)")
                let e = trie.matchEnding(t, at: i), ne = naive.ending(t, i)
                #expect(e?.value == ne?.0 && e?.length == ne?.1)
                if i >= 0, i < t.count {
                    #expect(trie.startsWord(t[i]) == lists.contains { $0.first == t[i] && $0.first! < 0x10000 })
                }
                if m != nil { hits += 1 }
            }
            if covers {
                for p in 0..<t.count {
                    for length in 1...3 { #expect(trie.covers(t, p, length: length) == naive.covers(t, p, length)) }
                }
            }
        }
        return hits
    }

    @Test("Tries sharing a numbering answer as their word lists, with a wider numbering and with one lacking scalars")
    func sharedTriesMatchLists() throws {
        let lex = try Lexicon.bundled()
        let lists: [[String]] = [lex.units.map(\.surface) + ["个", "个"], lex.names, lex.notQualifiers,
                                 lex.directionUp + lex.directionDown, lex.stripTrailing,
                                 ["增长", "增", "长", "增", "𠀀甲", "甲𠀀", "乙丙丁", "乙丙", "丙丁"]]
        let wide = ScalarIndex(lists.joined().flatMap { $0.unicodeScalars.map(\.value) } + [0x3002, 0x31])
        // Lacks the names' scalars: their tries number their own.
        let narrow = ScalarIndex(lists[0].flatMap { $0.unicodeScalars.map(\.value) })
        var hits = 0
        for (k, words) in lists.enumerated() {
            for shared in [wide, narrow, nil] {
                var trie = ScalarTrie()
                for (v, w) in words.enumerated() { trie.insert(w, value: v) }
                trie.compile(sharing: shared)
                let indexed = words.allSatisfy { $0.unicodeScalars.count <= 16 }
                if indexed { trie.indexOffsets() }
                hits += check(trie, words, extra: [0x3002, 0x31, 0x1F600, 0x4E00], seed: UInt64(k * 7 + 1),
                              texts: 6, covers: indexed)
            }
        }
        #expect(hits > 150)
        // Indexed before compiling (the masks are renumbered by the compile).
        var trie = ScalarTrie()
        for (v, w) in lex.names.enumerated() { trie.insert(w, value: v) }
        trie.indexOffsets()
        trie.compile(sharing: wide)
        _ = check(trie, lex.names, extra: [0x3002], seed: 99, texts: 4, covers: true)
    }

    @Test("Every PatternBook trie answers as its word list")
    func bookTriesMatchLists() throws {
        let lex = try Lexicon.bundled()
        let book = PatternBook(lex)
        let pairs: [(ScalarTrie, [String], Bool)] = [
            (book.units, lex.units.map(\.surface), false), (book.names, lex.names, true),
            (book.notQualifiers, lex.notQualifiers, true), (book.notDirections, lex.notDirections, true),
            (book.before, lex.qualifierBefore.map(\.word), false), (book.after, lex.qualifierAfter.map(\.word), false),
            (book.glue, lex.glueBefore, false), (book.scopeRegion, lex.scopeRegion, false),
            (book.prepositions, lex.beneficiaryPrepositions + lex.notPrepositions, false),
        ]
        var hits = 0
        for (k, (trie, words, covers)) in pairs.enumerated() {
            hits += check(trie, words, extra: [0x3002, 0x31, 0x1F600], seed: UInt64(k + 40), texts: 6, covers: covers)
        }
        #expect(hits > 200)
    }
}
