/// Content text → normalized text: full-width forms folded, invisible characters dropped, and the
/// whitespace that OCR and PDF extraction put inside figures and between CJK characters removed.
///
/// Every output byte records the content offset of the character that produced it, so a figure found in
/// the normalized text traces back to the file: "7.8 万\n人" is matched as "7.8万人".
public enum Normalizer {
    public static func normalized(_ content: ContentText) -> NormalizedText {
        // Plain text: the breaks after heading lines are kept (HTML blocks end with a blank line already).
        // A fixed-width column's full lines ending on 。 are joined across (`ColumnLines`).
        let breaks: (kept: [Int], joined: [Int]) = content.blankLinesEndBlocks ? ([], [])
            : HeadingLines.breaksAndColumnJoins(in: content.bytes)
        // (A document in traditional script is read as simplified: `TraditionalScript`.)
        return TraditionalScript.folded(
            normalized(bytes: content.bytes, blankLinesEndBlocks: content.blankLinesEndBlocks, keptBreaks: breaks.kept,
                       joinedBreaks: breaks.joined))
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
    /// One pass writing into preallocated buffers (the output is never longer than the input unless invalid bytes
    /// expand to U+FFFD; then the general path below runs instead). The offset map is kept as runs of copied text
    /// (`OffsetMap`): a new run only where a fold or a join puts the two texts out of step. The same pass writes the
    /// text's scalars, their offsets and its sentence and clause ends (`NormalizedScalars`, what `DocText` reads), so
    /// the normalized text is not read again to decode it.
    /// `keptBreaks`: sorted offsets of line feeds never joined across (the ends of heading lines).
    /// `joinedBreaks`: sorted offsets of line feeds always joined across when text follows them (a fixed-width
    /// column's full lines that end on 。, `ColumnLines`).
    public static func normalized(bytes input: [UInt8], blankLinesEndBlocks: Bool = false,
                                  keptBreaks: [Int] = [], joinedBreaks: [Int] = []) -> NormalizedText {
        normalized(bytes: input, blankLinesEndBlocks: blankLinesEndBlocks, keptBreaks: keptBreaks,
                   joinedBreaks: joinedBreaks, checkingUTF8: false)!
    }

    /// Plain text whose bytes were not yet validated nor sniffed (`TextDecoding.decode(_:assumingUTF8:)`): normalized
    /// in the same pass that checks them, nil when they are not well-formed UTF-8 or hold a byte `BinarySniff` counts
    /// (NUL, a C0 control other than whitespace, DEL: the caller then decodes them the full way, refused as binary,
    /// as UTF-16, UTF-8 repaired or GB18030). The bytes are read once where they were read three times (the sniff,
    /// UTF8Scan, then here).
    /// `lineStarts`: those of `content.bytes` when known (`SourceText.lineStartOffsets`, plain text being its source).
    static func normalizedIfValidUTF8(_ content: ContentText, lineStarts: [Int]? = nil) -> NormalizedText? {
        let breaks: (kept: [Int], joined: [Int]) = content.blankLinesEndBlocks ? ([], [])
            : HeadingLines.breaksAndColumnJoins(in: content.bytes, lineStarts: lineStarts)
        return normalized(bytes: content.bytes, blankLinesEndBlocks: content.blankLinesEndBlocks, keptBreaks: breaks.kept,
                          joinedBreaks: breaks.joined, checkingUTF8: true).map(TraditionalScript.folded)
    }

    /// `checkingUTF8`: return nil, not a text, unless every byte is part of a well-formed sequence (as `UTF8Scan`
    /// judges them) and none is a control byte, NUL or DEL; the fast pass's copied runs take well-formed sequences
    /// and printable ASCII only, so only its general step checks.
    static func normalized(bytes input: [UInt8], blankLinesEndBlocks: Bool, keptBreaks: [Int],
                           joinedBreaks: [Int] = [], checkingUTF8: Bool) -> NormalizedText? {
        let n = input.count
        // The output's limit; the buffer has eight bytes more, for the eight-byte stores of ideograph pairs.
        let capacity = n + 4
        var produced = -1
        var scalarCount = 0
        var sawCellBreakByte = true
        var runs = OffsetRunsBuilder(expectedBytes: n)
        // One bit per possible scalar (at most one per output byte), zeroed: only the ends are set.
        var sentenceEnds = [UInt64](repeating: 0, count: capacity / 64 + 1)
        var clauseEnds = [UInt64](repeating: 0, count: capacity / 64 + 1)
        var scalars: [UInt32] = []
        var offsets: [Int32] = []
        var recordColons: [Int] = []
        let out = [UInt8](unsafeUninitializedCapacity: capacity + 8) { outBuf, outCount in
            scalars = [UInt32](unsafeUninitializedCapacity: capacity) { tBuf, tCount in
                offsets = [Int32](unsafeUninitializedCapacity: capacity + 1) { oBuf, oCount in
                    sentenceEnds.withUnsafeMutableBufferPointer { sBits in
                        clauseEnds.withUnsafeMutableBufferPointer { cBits in
                            var sink = ScalarSink(scalars: tBuf.baseAddress!, offsets: oBuf.baseAddress!,
                                                  sentence: sBits.baseAddress!, clause: cBits.baseAddress!)
                            produced = input.withUnsafeBufferPointer { src in
                                fastPass(src, outBuf.baseAddress!, capacity: capacity, runs: &runs, sink: &sink,
                                         recordColons: &recordColons, blankLinesEndBlocks: blankLinesEndBlocks,
                                         keptBreaks: keptBreaks, joinedBreaks: joinedBreaks, checkingUTF8: checkingUTF8)
                            }
                            if produced >= 0 {
                                sink.finish(at: produced)
                                scalarCount = sink.count
                                sawCellBreakByte = sink.sawCellBreakByte
                            }
                        }
                    }
                    oCount = produced >= 0 ? scalarCount + 1 : 0
                }
                tCount = scalarCount
            }
            outCount = max(0, produced)
        }
        if produced < 0 {
            runs.discard()
            // (Checked input that stopped the fast pass goes back to the caller: only valid input comes this way.)
            if checkingUTF8 { return nil }
            return normalizedGeneral(bytes: input, blankLinesEndBlocks: blankLinesEndBlocks, keptBreaks: keptBreaks,
                                     joinedBreaks: joinedBreaks)
        }
        var text = NormalizedText(bytes: out, contentMap: runs.finish(text: out, end: n))
        text.scalars = NormalizedScalars(scalars: scalars, byteOffsets: offsets, sentenceEnds: sentenceEnds,
                                         clauseEnds: clauseEnds, bytesAreValidUTF8: checkingUTF8,
                                         contentMayHoldCellBreak: sawCellBreakByte, contentByteCount: n,
                                         recordColons: checkingUTF8 ? recordColons : nil)
        return text
    }

    /// The single pass over valid input: returns the number of bytes written, or -1 when the output would outgrow
    /// `capacity` (invalid bytes read as U+FFFD); `out` has room for eight bytes past `capacity`. `runs` is told where
    /// each character was written from, and `sink` gets its scalar. With `checkingUTF8`, returns -2 at the first byte
    /// that is not part of a well-formed sequence (the copying steps take only well-formed ones; the general step and
    /// whitespace runs check theirs with `UTF8Scan.sequenceLength`) or is one `BinarySniff` counts (NUL, a control
    /// that is no whitespace, DEL: all of them reach the general step as text).
    /// `recordColons` gets the offset of every colon (: or ：) written right after a closing bracket () or ）) of the
    /// input, in order (`NormalizedScalars.recordColons`): every colon is written by the two fast paths below, from its
    /// own offset (`copyPlain` stops before one).
    static func fastPass(_ src: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutablePointer<UInt8>, capacity: Int,
                         runs runsOut: inout OffsetRunsBuilder, sink sinkOut: inout ScalarSink,
                         recordColons colons: inout [Int], blankLinesEndBlocks: Bool = false, keptBreaks: [Int] = [],
                         joinedBreaks: [Int] = [], checkingUTF8: Bool = false) -> Int {
        guard let base = src.baseAddress else { return 0 }
        // Worked on as locals (kept in registers), not through the caller's memory, which every store of a byte or a
        // scalar might alias; handed back however the pass ends.
        var runs = runsOut, sink = sinkOut
        defer { runsOut = runs; sinkOut = sink }
        let reader = ScalarReader(bytes: src)
        var kept = KeptBreaks(keptBreaks)
        var joined = KeptBreaks(joinedBreaks)
        let n = src.count
        var o = 0
        var i = 0
        var spacedRun = false
        while i < n {
            let b = base[i]
            // Fast path: printable ASCII that is not '<' or '&' (DEL goes the general way, where the check sees it).
            if b < 0x7F, b > 0x20, b != 0x3C, b != 0x26 {
                // (A pinyin gloss after an ideograph, 統(tǒng), is dropped: `PinyinGloss`.)
                if b == 0x28, let e = PinyinGloss.end(base, i, n, after: sink.last0) {
                    i = e
                    continue
                }
                if spacedRun, b < 0x30 || b > 0x39, b != 0x2E { spacedRun = false }
                if o >= capacity { return -1 }
                writeASCII(b, from: i, out, &o, &runs, &sink)
                if b == 0x3A, NormalizedScalars.closesBracket(base, before: i) { colons.append(i) }
                i += 1
                continue
            }
            // Fast path: a run of three-byte characters the reader would copy as they are (ideographs, CJK
            // punctuation 。、《》, quotes “” and dashes —: most of a Chinese text), copied and decoded in one go.
            // What ends such a run most often (，２０２３ …) is taken in the same call (see `copyPlain`).
            if b >= 0xE2, b <= 0xE9 {
                let i0 = i
                copyPlain(base, &i, n, out, &o, capacity: capacity, runs: &runs, kept: &kept, joined: &joined,
                          sink: &sink)
                if i > i0 {
                    spacedRun = false
                    continue
                }
            }
            // Fast path: full-width ASCII (，：；（）０-９ＡＢ…, U+FF01–U+FF5E) folds to one ASCII byte.
            if b == 0xEF, i + 2 < n {
                let b1 = base[i + 1], b2 = base[i + 2]
                let folded: UInt8 = b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF ? b2 &- 0x60
                    : b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E ? b2 &- 0x20 : 0
                if folded != 0 {
                    if folded == 0x28, let e = PinyinGloss.end(base, i, n, after: sink.last0) {
                        i = e
                        continue
                    }
                    if spacedRun, folded < 0x30 || folded > 0x39, folded != 0x2E { spacedRun = false }
                    if o >= capacity { return -1 }
                    writeASCII(folded, from: i, out, &o, &runs, &sink)
                    if folded == 0x3A, NormalizedScalars.closesBracket(base, before: i) { colons.append(i) }
                    i += 3
                    continue
                }
            }
            // Fast path: one line break or space right before an ideograph (an OCR line end inside a sentence,
            // 活\n动): the run is that one byte and the next scalar is the ideograph, so the joining rule needs no
            // reader (and no scalar after it: that matters only between two digits). When it keeps the break, the
            // general path below decides again, the same way.
            if b == 0x0A || b == 0x20, i &+ 3 < n, base[i &+ 1] &- 0xE4 < 6, base[i &+ 2] & 0xC0 == 0x80,
               base[i &+ 3] & 0xC0 == 0x80, b == 0x20 || !kept.any(in: i..<(i &+ 1)),
               WhitespaceJoining.joins(last: sink.last0, beforeLast: sink.last1, after: scalar3(base, i &+ 1),
                                       afterNext: nil, hasNewline: b == 0x0A, singleSpace: true, inSpacedRun: spacedRun) {
                i &+= 1
                continue
            }
            // (A lead byte that starts no well-formed sequence: the reader would take it and the bytes after it.)
            if checkingUTF8, b >= 0x80, UTF8Scan.sequenceLength(base, i, n) == 0 { return -2 }
            let stepStart = i
            defer {
                if !sink.sawCellBreakByte, holdsCellBreakByte(base, stepStart, i, n) { sink.sawCellBreakByte = true }
            }
            let unit = reader.unit(at: i)
            switch unit.kind {
            case .ignorable:
                i += unit.length
            case .whitespace:
                // The whole run of whitespace and ignorables.
                let run = reader.whitespaceRun(from: i, end: n)
                let j = run.end, hasNewline = run.hasNewline, singleSpaces = run.singleSpace, formFeed = run.formFeed
                if checkingUTF8, !isWellFormed(base, i, j, n) { return -2 }
                let next = j < n ? reader.unit(at: j) : nil
                let blockEnd = hasNewline && (blankLinesEndBlocks && holdsBlankLine(src, i, j) || kept.any(in: i..<j))
                let last0 = sink.last0
                // (Across a line break after digits the rules read the scalar before the whole number: 总值12⏎34.5亿元;
                // after letters, the one before the Latin word: 占GD⏎P.)
                let wrapsDigits = hasNewline && (last0.map(WhitespaceJoining.isDigit) ?? false)
                let wrapsLetters = hasNewline && !wrapsDigits && (last0.map(WhitespaceJoining.isLetter) ?? false)
                if !formFeed, !blockEnd, let next,
                   WhitespaceJoining.joins(last: last0, beforeLast: wrapsDigits ? sink.beforeDigits
                                               : wrapsLetters ? sink.beforeLetters : sink.last1, after: next.scalar,
                                           afterNext: reader.scalarAfter(j + next.length), hasNewline: hasNewline,
                                           singleSpace: singleSpaces, inSpacedRun: spacedRun,
                                           closesNumber: reader.digitsCloseNumber(from: j),
                                           wrapsDigitGroup: sink.endsWithGroupComma && reader.opensDigitGroup(from: j),
                                           spacedBreak: run.spaceAndNewline,
                                           opensListNumber: reader.opensListNumber(from: j),
                                           closesAcrossSpace: reader.digitsCloseNumberAcrossSpace(from: j)) {
                    let lastIsDigit = last0.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
                    if WhitespaceJoining.isDigit(next.scalar) && lastIsDigit { spacedRun = true }
                    i = j
                } else if !formFeed, !blockEnd, next != nil, hasNewline, singleSpaces, joined.any(in: i..<j) {
                    // A fixed-width column's full line that ends on 。 (`ColumnLines`).
                    spacedRun = false
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
                            out[o] = ch
                            sink.ascii(ch, at: o)
                            o += 1
                        }
                        k += u.length
                    }
                    i = j
                }
            case .text:
                let s = unit.scalar
                // (A NUL, control or DEL in text not yet sniffed: the caller sniffs it the full way.)
                if checkingUTF8, s < 0x20 || s == 0x7F { return -2 }
                if spacedRun, !WhitespaceJoining.isDigit(s), s != 0x2E { spacedRun = false }
                let len = s < 0x80 ? 1 : s < 0x800 ? 2 : s < 0x10000 ? 3 : 4
                if o + len > capacity { return -1 }
                runs.write(at: o, from: i)
                sink.scalar(s, at: o)
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
                i += unit.length
            }
        }
        return o
    }

    /// True when `p[i..<j]` holds a byte a flattened table's cell break may start with (FlattenedTableReader.cellBreak):
    /// a tab, a no-break space (C2 A0), an ideographic space (E3 80 80), a space with a space after it, or a space or
    /// line break with a bar (|) after it (the bytes after `j` are looked at: `n` in all), whatever stands before it.
    /// The general step asks it of the bytes it took; the copying paths take none of them (printable ASCII but the
    /// space — the bar a break needs a space or line break before, which the general step takes —, full-width forms
    /// led by EF, a space or line break before an ideograph, three-byte characters but U+3000).
    @inline(__always)
    static func holdsCellBreakByte(_ p: UnsafePointer<UInt8>, _ i: Int, _ j: Int, _ n: Int) -> Bool {
        @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? p[k] : 0 }
        var k = i
        while k < j {
            switch p[k] {
            case 0x09: return true
            case 0x20: if at(k &+ 1) == 0x20 || at(k &+ 1) == 0x7C { return true }
            case 0x0A: if at(k &+ 1) == 0x7C { return true }
            case 0xC2: if at(k &+ 1) == 0xA0 { return true }
            case 0xE3: if at(k &+ 1) == 0x80, at(k &+ 2) == 0x80 { return true }
            default: break
            }
            k &+= 1
        }
        return false
    }

    /// True when `p[i..<j]` is whole well-formed UTF-8 sequences (`UTF8Scan`'s rule; a sequence may not pass `n`).
    static func isWellFormed(_ p: UnsafePointer<UInt8>, _ i: Int, _ j: Int, _ n: Int) -> Bool {
        var k = i
        while k < j {
            if p[k] < 0x80 { k += 1; continue }
            let length = UTF8Scan.sequenceLength(p, k, n)
            if length == 0 { return false }
            k += length
        }
        return k == j
    }

    /// The plain text at `i` as `fastPass` writes it, for as long as it is made of what most of a Chinese text is
    /// made of: runs of three-byte characters copied as they are (`copyRun`), and what ends those runs most often —
    /// full-width ASCII folded to one byte (，：；（）０-９), printable ASCII but < and & (the digits of 2023年), and a
    /// line break or space before an ideograph, dropped where the joining rule joins (活⏎动, an OCR line end) and kept
    /// where it does not (。⏎下一段). 经济增长５．２％，居全国前列 is one call; the caller's loop came round for each
    /// piece. Stops before anything else (a blank line, a space before a digit, 、 after a figure's blank, the text's
    /// or the buffer's end) and leaves it to the caller; copies nothing
    /// unless a run starts at `i`. Every step is the one the caller's loop would take: after a copied character no
    /// spaced-out digits are being joined (the caller's `spacedRun` is false), so the steps need not look at it.
    /// One ASCII byte written for the source byte at `i` (a printable byte, or a full-width character folded to one):
    /// where it came from, the byte, and its scalar. (Inlined: the normalizer's copy loops write most bytes through it.)
    @inline(__always)
    static func writeASCII(_ b: UInt8, from i: Int, _ out: UnsafeMutablePointer<UInt8>, _ o: inout Int,
                           _ runs: inout OffsetRunsBuilder, _ sink: inout ScalarSink) {
        runs.write(at: o, from: i)
        out[o] = b
        sink.ascii(b, at: o)
        o &+= 1
    }

    static func copyPlain(_ p: UnsafePointer<UInt8>, _ iRef: inout Int, _ n: Int, _ out: UnsafeMutablePointer<UInt8>,
                          _ oRef: inout Int, capacity: Int, runs runsRef: inout OffsetRunsBuilder,
                          kept: inout KeptBreaks, joined: inout KeptBreaks, sink sinkRef: inout ScalarSink) {
        // Worked on as locals, written back once (as in `copyRun`).
        var i = iRef, o = oRef, runs = runsRef, sink = sinkRef
        defer { iRef = i; oRef = o; runsRef = runs; sinkRef = sink }
        let i0 = i
        while true {
            // A run of copied three-byte characters (none before a figure's digits: 2023 is not tried for one).
            if i < n, p[i] &- 0xE2 < 8 {
                let i1 = i, o1 = o
                copyRun(p, &i, n, out, &o, capacity: capacity, sink: &sink)
                if i > i1 { runs.write(at: o1, from: i1) }
            }
            guard i > i0, i < n else { return }
            let b = p[i]
            if b == 0xEF {
                // Full-width ASCII (U+FF01–U+FF5E) folds to one ASCII byte.
                guard i &+ 2 < n, o < capacity else { return }
                let b1 = p[i &+ 1], b2 = p[i &+ 2]
                let folded: UInt8 = b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF ? b2 &- 0x60
                    : b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E ? b2 &- 0x20 : 0
                // (A colon is left to the caller, which notes it: `recordColons`.)
                guard folded != 0, folded != 0x3A else { return }
                if folded == 0x28, let e = PinyinGloss.end(p, i, n, after: sink.last0) {
                    i = e
                    continue
                }
                writeASCII(folded, from: i, out, &o, &runs, &sink)
                i &+= 3
            } else if b < 0x7F, b > 0x20, b != 0x3C, b != 0x26, b != 0x3A {
                // Printable ASCII but < and & (which may open a space written as markup) and the colon (noted by the
                // caller); a pinyin gloss dropped.
                if b == 0x28, let e = PinyinGloss.end(p, i, n, after: sink.last0) {
                    i = e
                    continue
                }
                guard o < capacity else { return }
                writeASCII(b, from: i, out, &o, &runs, &sink)
                i &+= 1
            } else if b == 0x0A || b == 0x20 {
                // One line break or space right before an ideograph: dropped when the joining rule joins across it
                // (the caller's own fast path for it, with no spaced-out digits being joined), else kept as it is —
                // a line end after 。 or a heading's kept break — as the general step keeps a run of one byte.
                guard i &+ 3 < n, p[i &+ 1] &- 0xE4 < 6, p[i &+ 2] & 0xC0 == 0x80, p[i &+ 3] & 0xC0 == 0x80 else { return }
                if b == 0x20 || !kept.any(in: i..<(i &+ 1)),
                   WhitespaceJoining.joins(last: sink.last0, beforeLast: sink.last1, after: scalar3(p, i &+ 1),
                                           afterNext: nil, hasNewline: b == 0x0A, singleSpace: true, inSpacedRun: false) {
                    i &+= 1
                } else if b == 0x0A, joined.any(in: i..<(i &+ 1)) {
                    // A fixed-width column's full line that ends on 。 (`ColumnLines`).
                    i &+= 1
                } else {
                    // After a Latin word the caller's general step decides, reading the scalar before the whole word
                    // (影响CPI⏎上涨: 响, not P).
                    if b == 0x0A, let l = sink.last0, WhitespaceJoining.isLetter(l) { return }
                    guard o < capacity else { return }
                    writeASCII(b, from: i, out, &o, &runs, &sink)
                    i &+= 1
                }
            } else {
                return
            }
        }
    }

    /// Copies the run of three-byte characters at `i` that `copiedRunSimple` counts — well-formed, led by E2–E9
    /// (U+2000–U+9FFF), none that `ScalarReader` folds or drops (U+3000, the U+2000–U+200D spaces and zero-widths,
    /// U+202F, U+205F, U+2060) — stopping early only where the output would pass `capacity`, advancing `i` and `o`
    /// past it, and gives `sink` their scalars: eight characters per two 16-byte vector loads, ideographs and the
    /// CJK punctuation between them alike (中国经济。发展新质 is one step), a block that holds fewer copied whole and
    /// counted up to its first other byte; near the end of the text or the buffer two ideographs per 64-bit load,
    /// then one character at a time.
    @_transparent
    static func copyRun(_ p: UnsafePointer<UInt8>, _ iRef: inout Int, _ n: Int, _ out: UnsafeMutablePointer<UInt8>,
                        _ oRef: inout Int, capacity: Int, sink sinkRef: inout ScalarSink) {
        // Positions and the scalar count as locals, written back once: through the caller's memory each step of the
        // loop waited for the store of the step before (a run is a dozen steps, a text hundreds of thousands of runs).
        var i = iRef, o = oRef, sink = sinkRef
        defer { iRef = i; oRef = o; sinkRef = sink }
        // Eight characters (24 bytes) per step, tested with two overlapping 16-byte vector compares (bytes 0–15 and
        // 8–23): first whether all eight are ideographs (every lead minus E4 at most 5, every continuation byte minus
        // 80 at most 3F), most blocks of a Chinese text; if not, how many characters come before the first byte that
        // is no part of a copied one (a lead minus E2 at most 7), and which of those are punctuation (leads E2 and E3,
        // U+2000–U+3FFF: the bytes that are no ideograph's but no failing byte either; of the second vector only the
        // leads the first does not hold are read, bytes 18 and 21), looked at one by one.
        let ideographLows0 = SIMD16<UInt8>(0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80, 0xE4,
                                           0x80, 0x80, 0xE4)
        let ideographSpans0 = SIMD16<UInt8>(5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5)
        let ideographLows1 = SIMD16<UInt8>(0x80, 0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80, 0xE4, 0x80, 0x80,
                                           0xE4, 0x80, 0x80)
        let ideographSpans1 = SIMD16<UInt8>(0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F, 5, 0x3F, 0x3F)
        let lows0 = SIMD16<UInt8>(0xE2, 0x80, 0x80, 0xE2, 0x80, 0x80, 0xE2, 0x80, 0x80, 0xE2, 0x80, 0x80, 0xE2, 0x80, 0x80, 0xE2)
        let spans0 = SIMD16<UInt8>(7, 0x3F, 0x3F, 7, 0x3F, 0x3F, 7, 0x3F, 0x3F, 7, 0x3F, 0x3F, 7, 0x3F, 0x3F, 7)
        let lows1 = SIMD16<UInt8>(0x80, 0xE2, 0x80, 0x80, 0xE2, 0x80, 0x80, 0xE2, 0x80, 0x80, 0xE2, 0x80, 0x80, 0xE2, 0x80, 0x80)
        let spans1 = SIMD16<UInt8>(0x3F, 7, 0x3F, 0x3F, 7, 0x3F, 0x3F, 7, 0x3F, 0x3F, 7, 0x3F, 0x3F, 7, 0x3F, 0x3F)
        while true {
            // A block whose characters stop early is still copied and decoded whole (the bytes and scalars past the
            // run are overwritten by what follows), and the run advances by the characters before its first failing
            // byte; that character is no copied one, so the run ends there.
            while i &+ 25 <= n, o &+ 16 <= capacity {
                let v0 = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                let v1 = UnsafeRawPointer(p + i).loadUnaligned(fromByteOffset: 8, as: SIMD16<UInt8>.self)
                UnsafeMutableRawPointer(out + o).storeBytes(of: v0, as: SIMD16<UInt8>.self)
                UnsafeMutableRawPointer(out + o).storeBytes(of: v1, toByteOffset: 8, as: SIMD16<UInt8>.self)
                sink.block(UnsafeRawPointer(p + i), at: o)
                // (The lanes read as words: `all(...)` and `any(...)` took a generic, unspecialized reduction.)
                let others0 = (v0 &- ideographLows0) .> ideographSpans0, others1 = (v1 &- ideographLows1) .> ideographSpans1
                let other = unsafeBitCast(others0 .| others1, to: SIMD2<UInt64>.self)
                if other[0] | other[1] == 0 {
                    sink.advance(8)
                    i &+= 24
                    o &+= 24
                    continue
                }
                let d0 = v0 &- lows0, d1 = v1 &- lows1
                let overs0 = d0 .> spans0, overs1 = d1 .> spans1
                let over0 = unsafeBitCast(overs0, to: SIMD2<UInt64>.self)
                let over1 = unsafeBitCast(overs1, to: SIMD2<UInt64>.self)
                // The first failing bit of bytes 0–7, 8–15, 16–23 (each word's zeros count only when the words before
                // have none: 192 when no byte fails), its byte, and the characters before it.
                let t0 = over0[0].trailingZeroBitCount, t1 = over0[1].trailingZeroBitCount
                let t2 = over1[1].trailingZeroBitCount
                let f1 = t0 &+ (t1 & (0 &- (t0 &>> 6)))
                let f = f1 &+ (t2 & (0 &- (f1 &>> 7)))
                var k = (f &>> 3) / 3
                // (A byte that is no ideograph's but part of a copied character is an E2/E3 lead: d < 2 at a lead,
                // one instruction where the compare took four.)
                let marks0 = unsafeBitCast(others0 .& .!overs0, to: SIMD2<UInt64>.self)
                let marks1 = unsafeBitCast(others1 .& .!overs1, to: SIMD2<UInt64>.self)
                if (marks0[0] | marks0[1]) | marks1[1] != 0 {
                    // The characters led by E2/E3, one bit each (their lead bytes 0, 3, 6 of the first word, 9, 12, 15
                    // of the second, 18, 21 of the third).
                    let m0 = marks0[0], m1 = marks0[1], m2 = marks1[1]
                    let lanes = (m0 & 1) | ((m0 &>> 23) & 2) | ((m0 &>> 46) & 4) | ((m1 &>> 5) & 8)
                        | ((m1 &>> 28) & 16) | ((m1 &>> 51) & 32) | ((m2 &>> 10) & 64) | ((m2 &>> 33) & 128)
                    k = sink.punctuation(lanes, before: k)
                }
                sink.advance(k)
                i &+= 3 &* k
                o &+= 3 &* k
                guard k == 8 else { return }
            }
            while i &+ 8 <= n, o &+ 6 <= capacity {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                guard UTF8Scan.isIdeographPair(w) else { break }
                UnsafeMutableRawPointer(out + o).storeBytes(of: w, as: UInt64.self)
                sink.ideographPair(w, at: o)
                i &+= 6
                o &+= 6
            }
            guard i &+ 2 < n, o &+ 3 <= capacity else { return }
            let b0 = p[i], b1 = p[i &+ 1], b2 = p[i &+ 2]
            guard isCopied(b0, b1, b2) else { return }
            out[o] = b0
            out[o &+ 1] = b1
            out[o &+ 2] = b2
            sink.scalar(scalar3(p, i), at: o)
            i &+= 3
            o &+= 3
        }
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

    /// The length of the run `copyRun` copies, one character at a time: the reference its tests compare it with.
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
                                  keptBreaks: [Int] = [], joinedBreaks: [Int] = []) -> NormalizedText {
        var kept = KeptBreaks(keptBreaks)
        var joined = KeptBreaks(joinedBreaks)
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
                    if b == 0x28, let base = src.baseAddress,
                       let e = PinyinGloss.end(base, i, n, after: PinyinGloss.lastScalar(of: out)) {
                        i = e
                        continue
                    }
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
                                                         hasNewline: hasNewline, singleSpace: singleSpaces, inSpacedRun: spacedRun,
                                                         closesNumber: reader.digitsCloseNumber(from: j),
                                                         opensDigitGroup: reader.opensDigitGroup(from: j),
                                                         spacedBreak: run.spaceAndNewline,
                                                         opensListNumber: reader.opensListNumber(from: j),
                                                         closesAcrossSpace: reader.digitsCloseNumberAcrossSpace(from: j)) {
                        let lastIsDigit = out.last.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
                        if WhitespaceJoining.isDigit(next.scalar) && lastIsDigit { spacedRun = true }
                        i = j
                    } else if !formFeed, !blockEnd, next != nil, hasNewline, singleSpaces, joined.any(in: i..<j) {
                        // A fixed-width column's full line that ends on 。 (`ColumnLines`).
                        spacedRun = false
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
                    // (（tǒng）: a gloss in full-width brackets.)
                    if s == 0x28, let base = src.baseAddress,
                       let e = PinyinGloss.end(base, i, n, after: PinyinGloss.lastScalar(of: out)) {
                        i = e
                        continue
                    }
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
    /// One space and one line feed, nothing else (a column line inside spaced-out digits: 增加4 ⏎0 8 3 公里).
    var spaceAndNewline = false
}

extension ScalarReader {
    /// The run of whitespace and ignorables that starts at `i` (shared by the fast and the general pass).
    func whitespaceRun(from i: Int, end n: Int) -> WhitespaceRun {
        var run = WhitespaceRun(end: i, hasNewline: false, singleSpace: true, formFeed: false)
        var count = 0, spaces = 0
        while run.end < n {
            let u = unit(at: run.end)
            if u.kind == .whitespace {
                if u.scalar == 0x0A || u.scalar == 0x0D { run.hasNewline = true }
                if u.scalar == 0x20 { spaces += 1 }
                if u.scalar == 0x0C || u.scalar == 0x09 { run.singleSpace = false; run.hasNewline = true; run.formFeed = true }
                count += 1
                run.end += u.length
            } else if u.kind == .ignorable {
                run.end += u.length
            } else { break }
        }
        if count > 1 {
            run.singleSpace = false
            run.spaceAndNewline = count == 2 && spaces == 1 && run.hasNewline && !run.formFeed
        }
        return run
    }
}
