/// Content text → normalized text: full-width forms folded, invisible characters dropped, and the
/// whitespace that OCR and PDF extraction put inside figures and between CJK characters removed.
///
/// Every output byte records the content offset of the character that produced it, so a figure found in
/// the normalized text traces back to the file: "7.8 万\n人" is matched as "7.8万人".
public enum Normalizer {
    public static func normalized(_ content: ContentText) -> NormalizedText {
        normalized(bytes: content.bytes)
    }

    /// The same on raw UTF-8 bytes (offsets are then offsets into `bytes`).
    public static func normalized(bytes input: [UInt8]) -> NormalizedText {
        var out: [UInt8] = []
        var map: [Int32] = []
        out.reserveCapacity(input.count)
        map.reserveCapacity(input.count + 1)
        // True while joining spaced-out single digits ("7 4 7 7 2"), so each next digit may join too.
        var spacedRun = false
        input.withUnsafeBufferPointer { src in
            let reader = ScalarReader(bytes: src)
            var i = 0
            let n = src.count
            while i < n {
                let b = src[i]
                // Fast path: plain ASCII that is not whitespace or '<'.
                if b < 0x80, b > 0x20, b != 0x3C, b != 0x26 {
                    if spacedRun, b < 0x30 || b > 0x39, b != 0x2E { spacedRun = false }
                    out.append(b); map.append(Int32(truncatingIfNeeded: i)); i += 1
                    continue
                }
                let unit = reader.unit(at: i)
                switch unit.kind {
                case .ignorable:
                    i += unit.length
                case .whitespace:
                    // The whole run of whitespace and ignorables.
                    var j = i
                    var hasNewline = false
                    var singleSpaces = true
                    var count = 0
                    var formFeed = false
                    while j < n {
                        let u = reader.unit(at: j)
                        if u.kind == .whitespace {
                            if u.scalar == 0x0A || u.scalar == 0x0D { hasNewline = true }
                            // Form feeds (PDF pages) and tabs (table columns) are deliberate: never joined.
                            if u.scalar == 0x0C || u.scalar == 0x09 { singleSpaces = false; hasNewline = true; formFeed = true }
                            count += 1
                            j += u.length
                        } else if u.kind == .ignorable {
                            j += u.length
                        } else { break }
                    }
                    if count > 1 { singleSpaces = false }
                    let next = j < n ? reader.unit(at: j) : nil
                    if !formFeed, let next, WhitespaceJoining.joins(before: out, after: next.scalar, afterNext: reader.scalarAfter(j + next.length),
                                                         hasNewline: hasNewline, singleSpace: singleSpaces, inSpacedRun: spacedRun) {
                        let lastIsDigit = out.last.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
                        if WhitespaceJoining.isDigit(next.scalar) && lastIsDigit { spacedRun = true }
                        i = j
                    } else {
                        // Keep the run, folded to ASCII whitespace.
                        spacedRun = false
                        var k = i
                        while k < j {
                            let u = reader.unit(at: k)
                            if u.kind == .whitespace {
                                let ch: UInt8 = (u.scalar == 0x0A || u.scalar == 0x0D || u.scalar == 0x09) ? UInt8(u.scalar) : 0x20
                                out.append(ch); map.append(Int32(truncatingIfNeeded: k))
                            }
                            k += u.length
                        }
                        i = j
                    }
                case .text:
                    let s = unit.scalar
                    if spacedRun, !WhitespaceJoining.isDigit(s), s != 0x2E { spacedRun = false }
                    if s < 0x80 {
                        out.append(UInt8(s))
                    } else {
                        appendUTF8(s, to: &out)
                    }
                    let produced = out.count - map.count
                    for _ in 0..<produced { map.append(Int32(truncatingIfNeeded: i)) }
                    i += unit.length
                }
            }
            map.append(Int32(truncatingIfNeeded: n))
        }
        return NormalizedText(bytes: out, contentOffsets: map)
    }

    @inline(__always)
    static func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        if s < 0x80 {
            out.append(UInt8(s))
        } else if s < 0x800 {
            out.append(UInt8(0xC0 | (s >> 6))); out.append(UInt8(0x80 | (s & 0x3F)))
        } else if s < 0x10000 {
            out.append(UInt8(0xE0 | (s >> 12))); out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (s >> 18))); out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F))); out.append(UInt8(0x80 | (s & 0x3F)))
        }
    }
}
