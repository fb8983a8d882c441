import Testing
@testable import Gongbao

/// `TagNameClass` (one table lookup per tag name in the HTML pre-pass) against the compares it replaced: each list
/// searched word by word, a name matching a word of the same length whose every byte equals the name's `| 0x20`.
@Suite("Tag name classes")
struct TagNameClassTests {
    private static let voids = TagNameClass.voidNames.map { Array($0.utf8) }
    private static let heads = TagNameClass.headNames.map { Array($0.utf8) }
    private static let closers = TagNameClass.startClosers.map { Array($0.utf8) }

    private func reference(_ name: [UInt8]) -> TagNameClass {
        func matches(_ w: [UInt8]) -> Bool { w.count == name.count && zip(name, w).allSatisfy { $0 | 0x20 == $1 } }
        var c = TagNameClass()
        if Self.voids.contains(where: matches) { c.flags |= TagNameClass.void }
        if Self.heads.contains(where: matches) { c.flags |= TagNameClass.headName }
        if Self.closers.contains(where: matches) { c.flags |= TagNameClass.startCloser }
        if let k = CodeBodies.phantomNames.firstIndex(where: matches) { c.phantom = Int8(k) }
        return c
    }

    /// The class read from the middle of a page's bytes, as the pre-pass reads it.
    private func classified(_ name: [UInt8]) -> TagNameClass {
        var page: [UInt8] = [0x3C]
        page += name
        page += Array(" class=x>".utf8)
        return page.withUnsafeBufferPointer { TagNameClass.of($0, 1, 1 + name.count) }
    }

    @Test func listedNamesInAnyCaseAndNearMisses() {
        var listed = TagNameClass.voidNames + TagNameClass.headNames + TagNameClass.startClosers
        listed += CodeBodies.phantomNames.map { String(decoding: $0, as: UTF8.self) }
        var names: [[UInt8]] = []
        for word in listed {
            let w = Array(word.utf8)
            names.append(w)
            names.append(Array(word.uppercased().utf8))
            names.append(w + [0x73])
            names.append(Array(w.dropLast()))
            names.append([0x78] + w)
            // Each byte changed, and each byte replaced by the byte that folds onto it (h\u{11} reads as h1, IMG as img).
            for k in w.indices {
                var other = w
                other[k] = other[k] == 0x7A ? 0x61 : other[k] + 1
                names.append(other)
                var folded = w
                folded[k] &= ~0x20
                names.append(folded)
            }
        }
        for extra in ["", "blockquotes", "blockquotX", "BLOCKQUOTE", "abcdefghi", "basefonts", "o:p", "O:P", "名字", "div"] {
            names.append(Array(extra.utf8))
        }
        for name in names {
            #expect(classified(name) == reference(name), "\(String(decoding: name, as: UTF8.self))")
        }
        #expect(classified(Array("IMG".utf8)).isVoid && classified(Array("IMG".utf8)).phantom == 0)
        #expect(classified(Array("blockquote".utf8)).isStartCloser)
        #expect(classified(Array("meta".utf8)).isHeadName && classified(Array("meta".utf8)).isVoid)
        #expect(!classified(Array("span".utf8)).isStartCloser && classified(Array("span".utf8)).phantom >= 0)
        #expect(!classified(Array("section".utf8)).isStartCloser && classified(Array("section".utf8)).phantom < 0)
    }

    /// Every name of one to three bytes over letters, digits and the name punctuation.
    @Test func everyShortName() {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0126:-.APT".utf8)
        var wrong: [String] = []
        for a in alphabet {
            for b in [UInt8?.none] + alphabet.map(Optional.some) {
                for c in [UInt8?.none] + alphabet.map(Optional.some) {
                    let name = [a] + (b.map { [$0] } ?? []) + (c.map { [$0] } ?? [])
                    if classified(name) != reference(name) { wrong.append(String(decoding: name, as: UTF8.self)) }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    }
}
