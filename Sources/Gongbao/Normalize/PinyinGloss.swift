/// Pinyin glosses printed after characters: 湖南省統(tǒng)計(jì)局, 124.0 萬(wàn)立方米. Some reposting sites convert a
/// page to traditional script and put each converted character's reading after it; the gloss is no part of the text.
/// Left in, it splits a scale from its unit (萬(wàn)立方米 read as a bare 萬) and a subject into pieces (產(chǎn)水模數(shù)).
/// The normalizer drops it as it drops an invisible character: the offsets of what follows still trace to the file,
/// and a figure's surface, cut from the source, keeps it as written.
///
/// A gloss is dropped only right after an ideograph, and only when it is one syllable in ( ) or （ ）: one to six Latin
/// small letters, at least one a tone-marked vowel (ā á ǎ à …). Without a tone mark a bracket may be an abbreviation or
/// a unit — 面积(km), 编号(a) — so it stays.
enum PinyinGloss {
    /// The end (exclusive) of the gloss whose opening bracket starts at `i` in `p[0..<n]`, or nil when none starts
    /// there. `last` is the scalar written before it: a gloss follows an ideograph.
    @inline(__always)
    static func end(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, after last: UInt32?) -> Int? {
        guard let last, isIdeograph(last) else { return nil }
        return glossEnd(p, i, n)
    }

    /// The last scalar of `out` when it is a three-byte character (the general path's output; an ideograph is one).
    static func lastScalar(of out: [UInt8]) -> UInt32? {
        let c = out.count
        guard c >= 3, out[c - 3] & 0xF0 == 0xE0, out[c - 2] & 0xC0 == 0x80, out[c - 1] & 0xC0 == 0x80 else { return nil }
        return UInt32(out[c - 3] & 0x0F) << 12 | UInt32(out[c - 2] & 0x3F) << 6 | UInt32(out[c - 1] & 0x3F)
    }

    static func isIdeograph(_ s: UInt32) -> Bool { (s >= 0x4E00 && s <= 0x9FFF) || (s >= 0x3400 && s <= 0x4DBF) }

    /// The bracketed syllable at `i` (see the type's doc), any scalar before it.
    static func glossEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int? {
        var k: Int
        let fullWidth: Bool
        if p[i] == 0x28 {
            k = i &+ 1; fullWidth = false
        } else if p[i] == 0xEF, i &+ 2 < n, p[i &+ 1] == 0xBC, p[i &+ 2] == 0x88 {
            k = i &+ 3; fullWidth = true
        } else {
            return nil
        }
        var letters = 0, toned = false
        while k < n, letters <= 6 {
            let b = p[k]
            if b >= 0x61 && b <= 0x7A {
                k &+= 1
            } else if b >= 0xC3 && b <= 0xC7, k &+ 1 < n, let tone = toneVowel(b, p[k &+ 1]) {
                if tone { toned = true }
                k &+= 2
            } else {
                break
            }
            letters &+= 1
        }
        guard letters >= 1, letters <= 6, toned, k < n else { return nil }
        if !fullWidth, p[k] == 0x29 { return k &+ 1 }
        if fullWidth, k &+ 2 < n, p[k] == 0xEF, p[k &+ 1] == 0xBC, p[k &+ 2] == 0x89 { return k &+ 3 }
        return nil
    }

    /// For the two bytes of a Latin letter of pinyin: true for a tone-marked vowel (ā á ǎ à ē é ě è ī í ǐ ì ō ó ǒ ò ū ú
    /// ǔ ù ǖ ǘ ǚ ǜ), false for ü (a letter, no tone), nil for any other character.
    static func toneVowel(_ b0: UInt8, _ b1: UInt8) -> Bool? {
        switch (b0, b1) {
        case (0xC3, 0xA0), (0xC3, 0xA1), (0xC3, 0xA8), (0xC3, 0xA9), (0xC3, 0xAC), (0xC3, 0xAD), (0xC3, 0xB2),
             (0xC3, 0xB3), (0xC3, 0xB9), (0xC3, 0xBA):
            return true
        case (0xC3, 0xBC): return false
        case (0xC4, 0x81), (0xC4, 0x93), (0xC4, 0x9B), (0xC4, 0xAB), (0xC5, 0x8D), (0xC5, 0xAB):
            return true
        case (0xC7, 0x8E), (0xC7, 0x90), (0xC7, 0x92), (0xC7, 0x94), (0xC7, 0x96), (0xC7, 0x98), (0xC7, 0x9A),
             (0xC7, 0x9C):
            return true
        default: return nil
        }
    }
}
