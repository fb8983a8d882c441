/// A document in traditional script is read folded to simplified (TraditionalScript), so the units the scanner
/// reads are simplified (26.8 萬戶 → 户). The annotation convention is the unit as written (Corpus/gold README:
/// "classifier/unit as written"; held-out set 9 p4: 戶), and a unit written 個 or 戶 that comes out 个 or 户 matches
/// no statement of such a document. Once the figures are final, each unit that its surface does not hold as read is
/// looked for in the surface folded the same way, and the written characters at that place replace it. Units taken
/// from elsewhere (a table header's 万元 for a cell) are not in the surface and stay as read.
enum WrittenUnits {
    /// Restores the written form of each figure's unit from its surface (`ranges[k].content` in `content`). Asked
    /// only for a document folded from traditional script.
    static func restore(_ figures: inout [Figure], ranges: [(content: Range<Int>, source: Range<Int>)],
                        content: ContentText) {
        var surfaces: [Int: [UInt32]] = [:]
        var all: [UInt32] = []
        for k in figures.indices {
            guard let unit = figures[k].unit, !unit.isEmpty, k < ranges.count else { continue }
            // (Whitespace in the surface is a line break or a space the normalizer joined across, 0.7個百分⏎點: the
            // unit's written characters stand on both sides of it, and are read without it.)
            let written = content.slice(ranges[k].content).unicodeScalars.map(\.value).filter { !isWhitespace($0) }
            let u = unit.unicodeScalars.map(\.value)
            guard lastIndex(of: u, in: written) == nil else { continue }
            surfaces[k] = written
            all += written
        }
        guard !surfaces.isEmpty else { return }
        // (One transform for the characters of every surface that needs one.)
        let map = TraditionalScript.foldings(of: all)
        for (k, written) in surfaces {
            guard let unit = figures[k].unit else { continue }
            let u = unit.unicodeScalars.map(\.value)
            let folded = written.map { map[$0] ?? $0 }
            guard let i = lastIndex(of: u, in: folded) else { continue }
            var s = String.UnicodeScalarView()
            for x in written[i..<(i + u.count)] {
                guard let scalar = Unicode.Scalar(x) else { return }
                s.append(scalar)
            }
            figures[k].unit = String(s)
        }
    }

    /// A space, tab, line feed, carriage return or ideographic space.
    static func isWhitespace(_ s: UInt32) -> Bool { s == 0x20 || s == 0x0A || s == 0x0D || s == 0x09 || s == 0x3000 }

    /// Where `word` last starts in `scalars`, or nil.
    static func lastIndex(of word: [UInt32], in scalars: [UInt32]) -> Int? {
        guard !word.isEmpty, word.count <= scalars.count else { return nil }
        var i = scalars.count - word.count
        while i >= 0 {
            if scalars[i] == word[0], scalars[i..<(i + word.count)].elementsEqual(word) { return i }
            i -= 1
        }
        return nil
    }
}
