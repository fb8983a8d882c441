/// Reads one character of content text at a time, already folded: full-width ASCII to ASCII (１２３，％ → 123,%),
/// NBSP and the ideographic space to spaces, soft hyphens and zero-width characters to nothing.
///
/// Scraped gov.cn pages sometimes carry the literal text "<U+00A0>" for a no-break space; it reads as a space.
struct ScalarReader {
    enum Kind { case text, whitespace, ignorable }
    struct Unit { var scalar: UInt32; var length: Int; var kind: Kind }

    let bytes: UnsafeBufferPointer<UInt8>

    /// The raw scalar at `i` and its UTF-8 length (invalid bytes read as U+FFFD, length 1).
    @inline(__always)
    func decode(at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 >= 0xC2, b0 < 0xE0, i + 1 < n { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
        if b0 >= 0xE0, b0 < 0xF0, i + 2 < n {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        if b0 >= 0xF0, i + 3 < n {
            return (((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12)
                    | ((UInt32(bytes[i + 2]) & 0x3F) << 6) | (UInt32(bytes[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// One folded unit at `i`.
    func unit(at i: Int) -> Unit {
        let (s, len) = decode(at: i)
        switch s {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0x2000...0x200A, 0x202F, 0x205F:
            return Unit(scalar: s, length: len, kind: .whitespace)
        case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
            return Unit(scalar: s, length: len, kind: .ignorable)
        case 0x3C:
            if hasLiteralNBSP(at: i) { return Unit(scalar: 0xA0, length: 8, kind: .whitespace) }
            return Unit(scalar: s, length: 1, kind: .text)
        case 0x26:
            // Space entities left as text by a scraper: &nbsp; &ensp; &emsp; &#160;
            for e in ScalarReader.spaceEntities where matches(e, at: i) {
                return Unit(scalar: 0xA0, length: e.count, kind: .whitespace)
            }
            return Unit(scalar: s, length: 1, kind: .text)
        case 0xFF01...0xFF5E:
            return Unit(scalar: s - 0xFEE0, length: len, kind: .text)
        default:
            return Unit(scalar: s, length: len, kind: .text)
        }
    }

    /// The folded scalar at `i`, or nil at the end.
    func scalarAfter(_ i: Int) -> UInt32? {
        i < bytes.count ? unit(at: i).scalar : nil
    }

    /// True when one to three ASCII digits (and points) from `i` are closed by an ideograph or a percent sign: the
    /// rest of a number written in running text with its unit (56批次, 86万元, 20人年), for WhitespaceJoining's OCR
    /// space rule. A year (表1 2025年末人口数, 第1 2024年) is a number of its own: four digits, or closed by 年.
    func digitsCloseNumber(from i: Int) -> Bool {
        var k = i, digits = 0
        while k < bytes.count, bytes[k] >= 0x30 && bytes[k] <= 0x39 || bytes[k] == 0x2E {
            if bytes[k] != 0x2E { digits += 1 }
            k += 1
        }
        guard digits > 0, digits <= 3, k < bytes.count else { return false }
        let s = unit(at: k).scalar
        return s == 0x25 || s == 0x2030 || (WhitespaceJoining.isCJK(s) && s != 0x5E74)
    }

    /// True when one to three ASCII digits (and points) from `i` are closed by one space and a unit or a percent
    /// sign (4 亿元, 1 人, 7 %): the rest of a number a column line broke in a source that parts figures from their
    /// units by a space. Not a year (8 2025年 is two numbers).
    func digitsCloseNumberAcrossSpace(from i: Int) -> Bool {
        var k = i, digits = 0
        while k < bytes.count, bytes[k] >= 0x30 && bytes[k] <= 0x39 || bytes[k] == 0x2E {
            if bytes[k] != 0x2E { digits += 1 }
            k += 1
        }
        guard digits > 0, digits <= 3, k + 1 < bytes.count, bytes[k] == 0x20 else { return false }
        let s = unit(at: k + 1).scalar
        return s == 0x25 || s == 0x2030 || (WhitespaceJoining.isCJK(s) && s != 0x5E74)
    }

    /// True when a group of three ASCII digits starts at `i` and no digit follows it: the rest of a number whose
    /// thousands comma ended the line before (收入26,⏎046万元), for WhitespaceJoining.
    func opensDigitGroup(from i: Int) -> Bool {
        guard i + 3 <= bytes.count else { return false }
        for k in i..<(i + 3) where bytes[k] < 0x30 || bytes[k] > 0x39 { return false }
        return i + 3 == bytes.count || bytes[i + 3] < 0x30 || bytes[i + 3] > 0x39
    }

    /// True when a list number in brackets starts at `i`: (1), （二）, [3] — one or two digits or Chinese numerals
    /// (folded brackets). Such a line may open a list item of its own, so WhitespaceJoining keeps the break before it.
    func opensListNumber(from i: Int) -> Bool {
        var k = i
        guard k < bytes.count else { return false }
        let open = unit(at: k)
        guard open.scalar == 0x28 || open.scalar == 0x5B else { return false }
        k += open.length
        var count = 0
        while k < bytes.count, count <= 2 {
            let u = unit(at: k)
            if WhitespaceJoining.isDigit(u.scalar) || ScalarReader.listNumerals.contains(u.scalar) {
                count += 1
                k += u.length
            } else {
                return count > 0 && (u.scalar == 0x29 || u.scalar == 0x5D)
            }
        }
        return false
    }

    /// Chinese numerals of a list number (一 … 十).
    static let listNumerals: Set<UInt32> = [0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
                                            0x5341]

    static let spaceEntities: [[UInt8]] = ["&nbsp;", "&ensp;", "&emsp;", "&thinsp;", "&#160;", "&#12288;"].map { Array($0.utf8) }

    private func matches(_ pattern: [UInt8], at i: Int) -> Bool {
        guard i + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
        return true
    }

    /// "<U+00A0>" written out as text.
    private func hasLiteralNBSP(at i: Int) -> Bool {
        let pattern: [UInt8] = Array("<U+00A0>".utf8)
        guard i + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
        return true
    }
}
