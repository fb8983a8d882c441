import Foundation

/// Work reports also head their parts with plain lines, no 一、 before them: 2026年重点工作, “十五五”时期主要目标和2026年
/// 重点工作, “十四五”时期发展成就和2025年工作回顾. Such a line opens (or closes) a plan as a marked heading does, one level
/// above 一、 (the 一、 sections under it inherit its decision): 2026年重点工作 ⏎ …新能源装机规模达到1亿千瓦 is a target.
///
/// Plain text joins its lines (an OCR column breaks inside words), so the line is found in the content bytes and
/// mapped to the normalized scalars. A plain heading is a whole line of 4–40 letters with no clause mark (，。；：、 —
/// not 各位代表：), not ending on a joining word (和 的 及 与: 关于2025年预算执行情况和⏎2026年预算草案的报告 is one title),
/// after a line that ends a sentence (or a short line not ending on a joining word) and before a paragraph (a line of 20 letters or more holding
/// a sentence mark: a menu of short links is none), and no date (2026年5月21日 under a 2025 communiqué: no 月, 日); only a line holding a plan or outcome word of contexts.yaml, or a
/// year after the report's period, is kept.
enum PlainHeadings {
    /// The plain heading lines of the text, as level-0 headings in order.
    static func headings(text: DocText, normalized: NormalizedText, content: ContentText, periodYear: Int?,
                         plan: PlanSections.WordList, outcome: PlanSections.WordList) -> [PlanSections.Heading] {
        let bytes = content.bytes
        guard !bytes.isEmpty, text.count > 0 else { return [] }
        // Each line as (start, end) without the line feed and its surrounding whitespace.
        var lines: [(Int, Int)] = []
        // (A line per 40 bytes or so: each regrowth copied them.)
        lines.reserveCapacity(bytes.count / 32 + 8)
        bytes.withUnsafeBufferPointer { b in
            var s = 0
            let n = b.count
            guard let base = b.baseAddress else { return }
            while s <= n {
                // (The line's end found by memchr: the text's every byte was tested one by one.)
                var e = n
                if s < n, let hit = memchr(base + s, 0x0A, n - s) {
                    e = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                }
                var lo = s, hi = e
                while lo < hi, isSpace(b, lo) { lo += spaceWidth(b, lo) }
                while hi > lo, isSpaceBefore(b, hi) { hi -= spaceWidthBefore(b, hi) }
                lines.append((lo, hi))
                s = e + 1
            }
        }
        var out: [PlanSections.Heading] = []
        for k in lines.indices {
            let (lo, hi) = lines[k]
            // 4–40 letters: 12…120 bytes of ideographs; no clause mark, read in the bytes before any decoding (most
            // lines hold a ，: an OCR column's every line was decoded three times, a fifth of extracting the text).
            guard hi - lo >= 8, hi - lo <= 120, !clauseMarkBytes.occur(in: bytes, lo, hi) else { continue }
            // The paragraph after it: 20 letters or more (20 bytes at least) holding a sentence mark — read in the
            // bytes first, decoded only then (an OCR column's short lines are candidates by the dozen).
            var j = k + 1
            while j < lines.count, lines[j].0 == lines[j].1 { j += 1 }
            guard j < lines.count, lines[j].1 - lines[j].0 >= 20, clauseMarkBytes.occur(in: bytes, lines[j].0, lines[j].1) else { continue }
            let body = scalars(bytes, lo, hi)
            guard body.count >= 4, body.count <= 40,
                  let last = body.last, !joiningEnds.contains(last),
                  !isMarker(body), !body.contains(0x6708), !body.contains(0x65E5)
            else { continue }
            // (The next and the previous line are asked only their length, their marks and their last scalar: read in
            // the bytes, never decoded.)
            guard scalarCount(bytes, lines[j].0, lines[j].1) >= 20, sentenceMarkBytes.occur(in: bytes, lines[j].0, lines[j].1)
            else { continue }
            // The line before it ends a sentence, or is short (a title, another heading).
            var i = k - 1
            while i >= 0, lines[i].0 == lines[i].1 { i -= 1 }
            if i >= 0 {
                guard let end = lastScalar(bytes, lines[i].0, lines[i].1), !joiningEnds.contains(end),
                      scalarCount(bytes, lines[i].0, lines[i].1) <= 40 || endMarks.contains(end)
                else { continue }
            }
            // (The line's String from its bytes: the scalars decoded above, as `String(decoding:)` reads them.)
            let string = String(decoding: bytes[lo..<hi], as: UTF8.self)
            guard let decision = PlanSections.decision(string, periodYear: periodYear, plan: plan, outcome: outcome),
                  let start = scalarIndex(ofContentOffset: lo, text: text, normalized: normalized)
            else { continue }
            out.append(PlanSections.Heading(start: start, level: 0, plan: decision))
        }
        return out
    }

    /// The first scalar of `text` produced at or after content offset `c` (the normalized offsets grow with the
    /// content's), nil past the end.
    static func scalarIndex(ofContentOffset c: Int, text: DocText, normalized: NormalizedText) -> Int? {
        var lo = 0, hi = text.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(normalized.contentOffsets[Int(text.byteOffsets[mid])]) < c { lo = mid + 1 } else { hi = mid }
        }
        return lo < text.count ? lo : nil
    }

    /// 一、 （一） (1) 第一章 1. 2、: a marked heading (PlanSections' own) or a numbered item, not 2026年重点工作.
    static func isMarker(_ body: [UInt32]) -> Bool {
        guard let f = body.first else { return false }
        if f == 0x28 || f == 0xFF08 || f == 0x7B2C { return true }
        var k = 0
        while k < body.count, (body[k] >= 0x30 && body[k] <= 0x39) || ChineseNumeral.digit(body[k]) != nil
            || body[k] == 0x5341 { k += 1 }
        return k > 0 && k < body.count && [0x3001, 0x2E, 0xFF0E, 0x29, 0xFF09].contains(body[k])
    }

    /// ，。；：、 and their ASCII forms, ！？.
    static let clauseMarks: Set<UInt32> = [0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0x3001, 0x2C, 0x3B, 0x3A, 0xFF01, 0xFF1F,
                                            0x21, 0x3F]
    /// 。！？； and their ASCII forms: a paragraph holds one.
    static let sentenceMarks: Set<UInt32> = [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B]
    /// What a line ending a sentence ends with: 。！？；： ） ” and their ASCII forms.
    static let endMarks: Set<UInt32> = [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x21, 0x3F, 0x3B, 0x3A, 0xFF09, 0x29,
                                         0x201D]
    /// 和 的 及 与 并: a line ending on one runs on.
    static let joiningEnds: Set<UInt32> = [0x548C, 0x7684, 0x53CA, 0x4E0E, 0x5E76]

    /// How many scalars bytes lo..<hi hold: their lead bytes (the content is UTF-8).
    static func scalarCount(_ bytes: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var n = 0
            for i in lo..<hi where b[i] & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }

    /// The last scalar of bytes lo..<hi, nil when they are empty.
    static func lastScalar(_ bytes: [UInt8], _ lo: Int, _ hi: Int) -> UInt32? {
        guard hi > lo else { return nil }
        var k = hi - 1
        while k > lo, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return scalars(bytes, k, hi).last
    }

    /// A set of marks as the UTF-8 bytes that write them (one or three bytes each), so a line is asked whether it
    /// holds one without being decoded: `clauseMarks` and `sentenceMarks` read in the bytes.
    struct MarkBytes {
        private var ascii: UInt128 = 0
        /// The first bytes of the three-byte marks (bit x − 0x80): most bytes of a line lead no mark.
        private var leads: UInt128 = 0
        private var threes: [UInt32] = []

        init(_ marks: Set<UInt32>) {
            for m in marks {
                guard let scalar = Unicode.Scalar(m) else { continue }
                let bytes = Array(String(scalar).utf8)
                if bytes.count == 1 { ascii |= 1 << UInt128(bytes[0]); addStarter(bytes[0]) }
                else if bytes.count == 3 {
                    leads |= 1 << UInt128(bytes[0] - 0x80)
                    addStarter(bytes[0])
                    threes.append(UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2]))
                }
            }
        }

        /// The bytes that may begin a mark: the one-byte marks and the three-byte marks' leads (，： lead EF, 、。
        /// lead E3), for the 16-byte vector skip; eight lanes, the unused ones repeating the first (more than eight
        /// starters: the skip is off and every byte is read).
        private var starters = SIMD8<UInt8>(repeating: 0)
        private var starterCount = 0

        private mutating func addStarter(_ x: UInt8) {
            if (0..<min(starterCount, 8)).contains(where: { starters[$0] == x }) { return }
            if starterCount < 8 { starters[starterCount] = x }
            if starterCount == 0 { starters = SIMD8(repeating: x) }
            starterCount += 1
        }

        /// Whether bytes lo..<hi hold one of the marks. Sixteen bytes at a time, a vector compare against the bytes
        /// that may begin a mark skips a block that holds none (most lines of a report start with a run of
        /// ideographs, and an OCR column's every line is asked); a block that holds one is read byte by byte from its
        /// first candidate.
        func occur(in bytes: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
            bytes.withUnsafeBufferPointer { b in
                guard let base = b.baseAddress else { return false }
                var i = lo
                let c = starters
                while starterCount <= 8, i &+ 16 <= hi {
                    let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    typealias V = SIMD16<UInt8>
                    let h01 = (v .== V(repeating: c[0])) .| (v .== V(repeating: c[1]))
                    let h23 = (v .== V(repeating: c[2])) .| (v .== V(repeating: c[3]))
                    let h45 = (v .== V(repeating: c[4])) .| (v .== V(repeating: c[5]))
                    let h67 = (v .== V(repeating: c[6])) .| (v .== V(repeating: c[7]))
                    let hit = (h01 .| h23) .| (h45 .| h67)
                    let words = unsafeBitCast(hit, to: SIMD2<UInt64>.self)
                    if words[0] | words[1] == 0 { i &+= 16; continue }
                    let first = words[0] != 0 ? words[0].trailingZeroBitCount >> 3 : 8 + words[1].trailingZeroBitCount >> 3
                    if let found = scan(b, i &+ first, min(hi, i &+ 16), hi) { return found }
                    i &+= 16
                }
                return scan(b, i, hi, hi) ?? false
            }
        }

        /// Reads bytes from..<to one by one (a three-byte mark may run up to `hi`): true at a mark, nil when none
        /// begins before `to`.
        @inline(__always)
        private func scan(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ hi: Int) -> Bool? {
            var i = from
            while i < to {
                let x = b[i]
                if x < 0x80 {
                    if ascii & (1 << UInt128(x)) != 0 { return true }
                } else if leads & (1 << UInt128(x - 0x80)) != 0, i + 2 < hi,
                          threes.contains(UInt32(x) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])) {
                    return true
                }
                i += 1
            }
            return nil
        }

        /// `occur` byte by byte (the reference the vector skip is tested against).
        func occurReference(in bytes: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
            bytes.withUnsafeBufferPointer { b in scan(b, lo, hi, hi) ?? false }
        }
    }

    static let clauseMarkBytes = MarkBytes(clauseMarks)
    static let sentenceMarkBytes = MarkBytes(sentenceMarks)

    /// The scalars of bytes lo..<hi, decoded in place: well-formed one- to three-byte sequences (all a Chinese line
    /// holds) directly; anything else — a four-byte scalar, an ill-formed byte — as `String(decoding:)` repairs it.
    static func scalars(_ bytes: [UInt8], _ lo: Int, _ hi: Int) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(hi - lo)
        let wellFormed = bytes.withUnsafeBufferPointer { b -> Bool in
            var i = lo
            while i < hi {
                let b0 = b[i]
                if b0 < 0x80 { out.append(UInt32(b0)); i += 1; continue }
                if b0 >= 0xC2, b0 < 0xE0, i + 1 < hi, b[i + 1] & 0xC0 == 0x80 {
                    out.append(UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F))
                    i += 2
                    continue
                }
                // (E0 needs A0–BF after it, ED 80–9F: no overlong form, no surrogate.)
                guard b0 >= 0xE0, b0 < 0xF0, i + 2 < hi, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80,
                      !(b0 == 0xE0 && b[i + 1] < 0xA0), !(b0 == 0xED && b[i + 1] >= 0xA0) else { return false }
                out.append(UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F))
                i += 3
            }
            return true
        }
        return wellFormed ? out : scalarsReference(bytes, lo, hi)
    }

    /// `scalars` through Swift's decoder (the reference, and the answer for what the direct decoding leaves).
    static func scalarsReference(_ bytes: [UInt8], _ lo: Int, _ hi: Int) -> [UInt32] {
        String(decoding: bytes[lo..<hi], as: UTF8.self).unicodeScalars.map(\.value)
    }

    /// A space, tab, CR or U+3000 (E3 80 80) at `i`.
    private static func isSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D
            || (i + 2 < b.count && b[i] == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x80)
    }

    private static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int { b[i] == 0xE3 ? 3 : 1 }

    private static func isSpaceBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        b[i - 1] == 0x20 || b[i - 1] == 0x09 || b[i - 1] == 0x0D
            || (i >= 3 && b[i - 3] == 0xE3 && b[i - 2] == 0x80 && b[i - 1] == 0x80)
    }

    private static func spaceWidthBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        b[i - 1] == 0x80 ? 3 : 1
    }
}
