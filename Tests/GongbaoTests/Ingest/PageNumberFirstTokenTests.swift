import Testing
@testable import Gongbao

/// `PageFurniture.pageNumber` answers a line whose first letter past the blanks is no token before it makes its
/// token list: the same answers as the walk alone (`pageNumberReference`, the function as first written).
@Suite("pageNumber's first-letter test")
struct PageNumberFirstTokenTests {
    static let pieces = ["第", "页", "共", "3", "12", "—", "-", "－", "·", "/", "／", "３", " ", "\t", "\u{0C}", "\r", "\n",
                         "支出", "人才", "a", "•", "・", "‑", "\u{3000}", "é", "\u{00A0}"]

    @Test("random short lines of tokens, blanks and text: same kind as the walk alone")
    func sameAsReference() {
        var mix = Mix(state: 0x0DDB_A11C_AFE5_EED5)
        func next(_ n: Int) -> Int { mix.next(n) }
        var found = 0
        for _ in 0..<20_000 {
            var s = ""
            for _ in 0..<(1 + next(7)) { s += Self.pieces[next(Self.pieces.count)] }
            let bytes = Array(s.utf8)
            bytes.withUnsafeBufferPointer { b in
                for lo in 0...min(2, b.count) {
                    let fast = PageFurniture.pageNumber(b, lo, b.count), slow = Self.pageNumberReference(b, lo, b.count)
                    #expect(fast?.dashed == slow?.dashed && fast?.hasFormFeed == slow?.hasFormFeed, "\(s.debugDescription) \(lo)")
                    if slow != nil { found += 1 }
                }
            }
        }
        #expect(found > 500)
    }

    /// `pageNumber` as first written: every letter walked into the token list.
    static func pageNumberReference(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> PageFurniture.Kind? {
        var tokens: [PageFurniture.Token] = []
        var formFeed = false
        var i = lo
        while i < hi {
            let c = b[i]
            if c == 0x0C { formFeed = true; i += 1; continue }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            guard let (token, length) = PageFurniture.token(b, i, hi) else { return nil }
            if token == .digit, tokens.last == .digit { } else { tokens.append(token) }
            i += length
        }
        guard let kind = PageFurniture.shape(tokens) else { return nil }
        return PageFurniture.Kind(dashed: kind, hasFormFeed: formFeed)
    }
}
