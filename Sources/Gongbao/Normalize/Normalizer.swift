/// Content text → normalized text: full-width forms folded, invisible characters dropped, and the
/// whitespace that OCR and PDF extraction put inside figures and between CJK characters removed.
///
/// Every output byte records the content offset of the character that produced it, so a figure found in
/// the normalized text traces back to the file: "7.8 万\n人" is matched as "7.8万人".
public enum Normalizer {
    public static func normalized(_ content: ContentText) -> NormalizedText {
        // Plain text: the breaks after heading lines are kept (HTML blocks end with a blank line already).
        let headings = content.blankLinesEndBlocks ? [] : HeadingLines.breaks(in: content.bytes)
        return normalized(bytes: content.bytes, blankLinesEndBlocks: content.blankLinesEndBlocks, keptBreaks: headings)
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
    /// One pass writing into a preallocated buffer (the output is never longer than the input unless invalid
    /// bytes expand to U+FFFD; then the general path below runs instead). The offset map is kept as runs of copied
    /// text (`OffsetMap`): a new run only where a fold or a join puts the two texts out of step.
    /// `keptBreaks`: sorted offsets of line feeds never joined across (the ends of heading lines).
    public static func normalized(bytes input: [UInt8], blankLinesEndBlocks: Bool = false,
                                  keptBreaks: [Int] = []) -> NormalizedText {
        let n = input.count
        var produced = -1
        var runs = OffsetRunsBuilder(expectedBytes: n)
        let out = [UInt8](unsafeUninitializedCapacity: n + 4) { outBuf, outCount in
            produced = input.withUnsafeBufferPointer { src in
                fastPass(src, outBuf.baseAddress!, capacity: n + 4, runs: &runs, blankLinesEndBlocks: blankLinesEndBlocks,
                         keptBreaks: keptBreaks)
            }
            outCount = max(0, produced)
        }
        if produced < 0 {
            runs.discard()
            return normalizedGeneral(bytes: input, blankLinesEndBlocks: blankLinesEndBlocks, keptBreaks: keptBreaks)
        }
        return NormalizedText(bytes: out, contentMap: runs.finish(text: out, end: n))
    }

    /// The single pass over valid input: returns the number of bytes written, or -1 when the output would outgrow
    /// `capacity` (invalid bytes read as U+FFFD). `runs` is told where each character was written from.
    static func fastPass(_ src: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutablePointer<UInt8>, capacity: Int,
                         runs: inout OffsetRunsBuilder, blankLinesEndBlocks: Bool = false,
                         keptBreaks: [Int] = []) -> Int {
        let reader = ScalarReader(bytes: src)
        var kept = KeptBreaks(keptBreaks)
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
                runs.write(at: o, from: i)
                out[o] = b; o += 1; i += 1
                last1 = last0; last0 = UInt32(b)
                continue
            }
            // Fast path: a run of three-byte characters the reader would copy as they are (ideographs, CJK
            // punctuation 。、《》, quotes “” and dashes —: most of a Chinese text), copied in bulk.
            if b >= 0xE2, b <= 0xE9, let base = src.baseAddress {
                let k = copiedRun(base, i, n)
                if k > 0 {
                    spacedRun = false
                    let length = 3 * k
                    if o + length > capacity { return -1 }
                    runs.write(at: o, from: i)
                    (out + o).update(from: base + i, count: length)
                    last1 = k >= 2 ? scalar3(base, i + length - 6) : last0
                    last0 = scalar3(base, i + length - 3)
                    o += length; i += length
                    continue
                }
            }
            // Fast path: full-width ASCII (，：；（）０-９ＡＢ…, U+FF01–U+FF5E) folds to one ASCII byte.
            if b == 0xEF, i + 2 < n {
                let b1 = src[i + 1], b2 = src[i + 2]
                let folded: UInt8 = b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF ? b2 &- 0x60
                    : b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E ? b2 &- 0x20 : 0
                if folded != 0 {
                    if spacedRun, folded < 0x30 || folded > 0x39, folded != 0x2E { spacedRun = false }
                    if o >= capacity { return -1 }
                    runs.write(at: o, from: i)
                    out[o] = folded; o += 1; i += 3
                    last1 = last0; last0 = UInt32(folded)
                    continue
                }
            }
            // Fast path: one line break or space right before an ideograph (an OCR line end inside a sentence,
            // 活\n动): the run is that one byte and the next scalar is the ideograph, so the joining rule needs no
            // reader (and no scalar after it: that matters only between two digits). When it keeps the break, the
            // general path below decides again, the same way.
            if b == 0x0A || b == 0x20, i &+ 3 < n, src[i &+ 1] &- 0xE4 < 6, src[i &+ 2] & 0xC0 == 0x80,
               b == 0x20 || !kept.any(in: i..<(i &+ 1)),
               src[i &+ 3] & 0xC0 == 0x80, let base = src.baseAddress,
               WhitespaceJoining.joins(last: last0, beforeLast: last1, after: scalar3(base, i &+ 1), afterNext: nil,
                                       hasNewline: b == 0x0A, singleSpace: true, inSpacedRun: spacedRun) {
                i &+= 1
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
                let blockEnd = hasNewline && (blankLinesEndBlocks && holdsBlankLine(src, i, j) || kept.any(in: i..<j))
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
                            runs.write(at: o, from: k)
                            out[o] = ch; o += 1
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
                runs.write(at: o, from: i)
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
                o += len
                last1 = last0; last0 = s
                i += unit.length
            }
        }
        return o
    }

    /// How many three-byte characters from `i` on the fast pass copies unchanged: well-formed, led by E2–E9
    /// (U+2000–U+9FFF), and none that `ScalarReader` folds or drops (U+3000, the U+2000–U+200D spaces and
    /// zero-widths, U+202F, U+205F, U+2060).
    @inline(__always)
    static func copiedRun(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var i = start
        // Five ideographs (15 bytes) per 16-byte load: every lead minus E4 at most 5, every continuation byte minus 80 at
        // most 3F (the sixteenth byte is not looked at: its limit is FF).
        let lows = SIMD16<UInt8>(0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80, 0)
        let spans = SIMD16<UInt8>(5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 0xFF)
        while true {
            while i &+ 16 <= n {
                let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                guard all((v &- lows) .<= spans) else { break }
                i &+= 15
            }
            // Ideographs (leads E4–E9, U+4000–U+9FFF: none folded or dropped) two at a time from one 64-bit load, as
            // UTF8Scan reads them: 中国 is E4 B8 AD E5 9B BD, lead 1110xxxx then two 10xxxxxx, twice.
            while i &+ 8 <= n {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                guard w & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0 else { break }
                let l0 = UInt8(truncatingIfNeeded: w), l3 = UInt8(truncatingIfNeeded: w >> 24)
                guard l0 &- 0xE4 < 6, l3 &- 0xE4 < 6 else { break }
                i &+= 6
            }
            // Then one character (punctuation 。“”, or an ideograph before one), and back to pairs: a run of Chinese
            // text goes on past its punctuation.
            guard i &+ 2 < n, isCopied(p[i], p[i &+ 1], p[i &+ 2]) else { break }
            i &+= 3
        }
        return (i - start) / 3
    }

    /// A three-byte character a run copies as it is: an ideograph (leads E4–E9), or CJK punctuation other than the
    /// ideographic space (E3 80 80) and the general punctuation the normalizer folds or drops (E2 80 80–8D, AF;
    /// E2 81 9F, A0).
    @inline(__always)
    static func isCopied(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return false }
        if b0 == 0xE3 { return !(b1 == 0x80 && b2 == 0x80) }
        if b0 == 0xE2 {
            if b1 == 0x80, b2 <= 0x8D || b2 == 0xAF { return false }
            if b1 == 0x81, b2 == 0x9F || b2 == 0xA0 { return false }
            return true
        }
        return b0 &- 0xE4 < 6
    }

    /// `copiedRun` one character at a time: the reference its tests compare the wide loads with.
    static func copiedRunSimple(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var i = start
        while i &+ 2 < n, isCopied(p[i], p[i &+ 1], p[i &+ 2]) { i &+= 3 }
        return (i - start) / 3
    }

    /// The scalar of the well-formed three-byte sequence at `i`.
    @inline(__always)
    static func scalar3(_ p: UnsafePointer<UInt8>, _ i: Int) -> UInt32 {
        (UInt32(p[i] & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F)
    }

    /// The general path (any bytes, output may grow).
    static func normalizedGeneral(bytes input: [UInt8], blankLinesEndBlocks: Bool = false,
                                  keptBreaks: [Int] = []) -> NormalizedText {
        var kept = KeptBreaks(keptBreaks)
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
                    let blockEnd = hasNewline && (blankLinesEndBlocks && holdsBlankLine(src, i, j) || kept.any(in: i..<j))
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
