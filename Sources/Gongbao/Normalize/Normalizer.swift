/// Content text → normalized text: full-width forms folded, invisible characters dropped, and the
/// whitespace that OCR and PDF extraction put inside figures and between CJK characters removed.
///
/// Every output byte records the content offset of the character that produced it, so a figure found in
/// the normalized text traces back to the file: "7.8 万\n人" is matched as "7.8万人".
public enum Normalizer {
    public static func normalized(_ content: ContentText) -> NormalizedText {
        normalized(bytes: content.bytes, blankLinesEndBlocks: content.blankLinesEndBlocks)
    }

    /// True when the whitespace run `src[i..<j]` holds a blank line (two line feeds).
    @inline(__always)
    static func holdsBlankLine(_ src: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> Bool {
        var feeds = 0
        for k in i..<j where src[k] == 0x0A {
            feeds += 1
            if feeds == 2 { return true }
        }
        return false
    }

    /// The same on raw UTF-8 bytes (offsets are then offsets into `bytes`).
    ///
    /// One pass writing into preallocated buffers (the output is never longer than the input unless invalid
    /// bytes expand to U+FFFD; then the general path below runs instead).
    public static func normalized(bytes input: [UInt8], blankLinesEndBlocks: Bool = false) -> NormalizedText {
        let n = input.count
        var produced = -1
        var out: [UInt8] = []
        let map = [Int32](unsafeUninitializedCapacity: n + 5) { mapBuf, mapCount in
            out = [UInt8](unsafeUninitializedCapacity: n + 4) { outBuf, outCount in
                produced = input.withUnsafeBufferPointer { src in
                    fastPass(src, outBuf.baseAddress!, mapBuf.baseAddress!, capacity: n + 4,
                             blankLinesEndBlocks: blankLinesEndBlocks)
                }
                outCount = max(0, produced)
            }
            mapCount = produced >= 0 ? produced + 1 : 0
        }
        if produced < 0 { return normalizedGeneral(bytes: input, blankLinesEndBlocks: blankLinesEndBlocks) }
        return NormalizedText(bytes: out, contentOffsets: map)
    }

    /// The single pass over valid input: returns the number of bytes written, or -1 when the output would outgrow
    /// `capacity` (invalid bytes read as U+FFFD).
    static func fastPass(_ src: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutablePointer<UInt8>,
                         _ map: UnsafeMutablePointer<Int32>, capacity: Int, blankLinesEndBlocks: Bool = false) -> Int {
        let reader = ScalarReader(bytes: src)
        let n = src.count
        var o = 0
        var i = 0
        var spacedRun = false
        // The last two scalars written (nil before the first), for the joining decision.
        var last0: UInt32? = nil, last1: UInt32? = nil
        while i < n {
            let b = src[i]
            // Fast path: plain ASCII that is not whitespace or '<'.
            if b < 0x80, b > 0x20, b != 0x3C, b != 0x26 {
                if spacedRun, b < 0x30 || b > 0x39, b != 0x2E { spacedRun = false }
                if o >= capacity { return -1 }
                out[o] = b; map[o] = Int32(truncatingIfNeeded: i); o += 1; i += 1
                last1 = last0; last0 = UInt32(b)
                continue
            }
            // Fast path: U+3001–U+9FFF (CJK punctuation 。、《》, kana, ideographs), copied as they are; only U+3000
            // (the ideographic space, E3 80 80) in that range needs the general reader.
            if b >= 0xE3, b <= 0xE9, i + 2 < n, src[i + 1] & 0xC0 == 0x80, src[i + 2] & 0xC0 == 0x80,
               b != 0xE3 || src[i + 1] != 0x80 || src[i + 2] != 0x80 {
                spacedRun = false
                // The whole run of such characters (most of a Chinese text) in one inner loop.
                var lead = b
                repeat {
                    if o + 3 > capacity { return -1 }
                    let c1 = src[i + 1], c2 = src[i + 2]
                    out[o] = lead; out[o + 1] = c1; out[o + 2] = c2
                    let m = Int32(truncatingIfNeeded: i)
                    map[o] = m; map[o + 1] = m; map[o + 2] = m
                    o += 3; i += 3
                    last1 = last0
                    last0 = (UInt32(lead & 0x0F) << 12) | (UInt32(c1 & 0x3F) << 6) | UInt32(c2 & 0x3F)
                    guard i + 2 < n else { break }
                    lead = src[i]
                } while lead >= 0xE3 && lead <= 0xE9 && src[i + 1] & 0xC0 == 0x80 && src[i + 2] & 0xC0 == 0x80
                    && (lead != 0xE3 || src[i + 1] != 0x80 || src[i + 2] != 0x80)
                continue
            }
            let unit = reader.unit(at: i)
            switch unit.kind {
            case .ignorable:
                i += unit.length
            case .whitespace:
                // The whole run of whitespace and ignorables.
                let run = reader.whitespaceRun(from: i, end: n)
                let j = run.end, hasNewline = run.hasNewline, singleSpaces = run.singleSpace, formFeed = run.formFeed
                let next = j < n ? reader.unit(at: j) : nil
                let blockEnd = blankLinesEndBlocks && hasNewline && holdsBlankLine(src, i, j)
                if !formFeed, !blockEnd, let next,
                   WhitespaceJoining.joins(last: last0, beforeLast: last1, after: next.scalar,
                                           afterNext: reader.scalarAfter(j + next.length), hasNewline: hasNewline,
                                           singleSpace: singleSpaces, inSpacedRun: spacedRun) {
                    let lastIsDigit = last0.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
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
                            if o + 1 > capacity { return -1 }
                            out[o] = ch; map[o] = Int32(truncatingIfNeeded: k); o += 1
                            last1 = last0; last0 = UInt32(ch)
                        }
                        k += u.length
                    }
                    i = j
                }
            case .text:
                let s = unit.scalar
                if spacedRun, !WhitespaceJoining.isDigit(s), s != 0x2E { spacedRun = false }
                let len = s < 0x80 ? 1 : s < 0x800 ? 2 : s < 0x10000 ? 3 : 4
                if o + len > capacity { return -1 }
                switch len {
                case 1: out[o] = UInt8(s)
                case 2: out[o] = UInt8(0xC0 | (s >> 6)); out[o + 1] = UInt8(0x80 | (s & 0x3F))
                case 3:
                    out[o] = UInt8(0xE0 | (s >> 12)); out[o + 1] = UInt8(0x80 | ((s >> 6) & 0x3F))
                    out[o + 2] = UInt8(0x80 | (s & 0x3F))
                default:
                    out[o] = UInt8(0xF0 | (s >> 18)); out[o + 1] = UInt8(0x80 | ((s >> 12) & 0x3F))
                    out[o + 2] = UInt8(0x80 | ((s >> 6) & 0x3F)); out[o + 3] = UInt8(0x80 | (s & 0x3F))
                }
                let m = Int32(truncatingIfNeeded: i)
                for k in 0..<len { map[o + k] = m }
                o += len
                last1 = last0; last0 = s
                i += unit.length
            }
        }
        map[o] = Int32(truncatingIfNeeded: n)
        return o
    }

    /// The general path (any bytes, output may grow).
    static func normalizedGeneral(bytes input: [UInt8], blankLinesEndBlocks: Bool = false) -> NormalizedText {
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
                    let run = reader.whitespaceRun(from: i, end: n)
                    let j = run.end, hasNewline = run.hasNewline, singleSpaces = run.singleSpace, formFeed = run.formFeed
                    let next = j < n ? reader.unit(at: j) : nil
                    let blockEnd = blankLinesEndBlocks && hasNewline && holdsBlankLine(src, i, j)
                    if !formFeed, !blockEnd, let next, WhitespaceJoining.joins(before: out, after: next.scalar, afterNext: reader.scalarAfter(j + next.length),
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

/// A run of whitespace (and ignorable characters) between two characters, as the joining rules see it.
struct WhitespaceRun {
    /// Offset just past the run.
    var end: Int
    var hasNewline: Bool
    /// One single space, nothing else.
    var singleSpace: Bool
    /// A form feed (PDF page) or tab (table column): a deliberate break, never joined.
    var formFeed: Bool
}

extension ScalarReader {
    /// The run of whitespace and ignorables that starts at `i` (shared by the fast and the general pass).
    func whitespaceRun(from i: Int, end n: Int) -> WhitespaceRun {
        var run = WhitespaceRun(end: i, hasNewline: false, singleSpace: true, formFeed: false)
        var count = 0
        while run.end < n {
            let u = unit(at: run.end)
            if u.kind == .whitespace {
                if u.scalar == 0x0A || u.scalar == 0x0D { run.hasNewline = true }
                if u.scalar == 0x0C || u.scalar == 0x09 { run.singleSpace = false; run.hasNewline = true; run.formFeed = true }
                count += 1
                run.end += u.length
            } else if u.kind == .ignorable {
                run.end += u.length
            } else { break }
        }
        if count > 1 { run.singleSpace = false }
        return run
    }
}
