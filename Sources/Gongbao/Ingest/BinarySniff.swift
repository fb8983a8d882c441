/// Tells text from binary (a PDF, an image, a .docx saved as .txt) by looking at a sample, not the file.
///
/// Text in UTF-8 or GB18030 holds no NUL (one stray NUL in a long page is tolerated) and few control bytes; UTF-16 without a BOM holds NULs,
/// but only in every other byte (the high half of ASCII: "7" is 37 00 in UTF-16LE), so that pattern is
/// read as UTF-16 instead of refused.
public enum BinarySniff {
    public enum Verdict: Equatable, Sendable {
        case text
        case binary
        case utf16(bigEndian: Bool)
    }

    /// Bytes looked at from the start, and again from the middle of a larger file.
    public static let sampleBytes = 8192
    /// Share of C0 control bytes (other than tab, line breaks, form feed, escape) that makes a file binary.
    public static let controlShare = 0.05

    public static func classify(_ bytes: [UInt8]) -> Verdict {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var ranges = [0..<min(n, sampleBytes)]
            if n > 4 * sampleBytes { ranges.append(n / 2..<(n / 2 + sampleBytes)) }
            var nulEven = 0, nulOdd = 0, control = 0, total = 0
            let spaces = SIMD16<UInt8>(repeating: 0x20), deletes = SIMD16<UInt8>(repeating: 0x7F)
            for r in ranges {
                var i = r.lowerBound
                while i < r.upperBound {
                    // Sixteen bytes at a time (vector compares) while none is a control byte; the block holding one goes
                    // to the eight-byte step below.
                    if i &+ 16 <= r.upperBound {
                        let v = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: SIMD16<UInt8>.self)
                        if !any((v .< spaces) .| (v .== deletes)) {
                            total &+= 16
                            i &+= 16
                            continue
                        }
                    }
                    // Eight bytes at a time while none is a control byte (below 0x20, or 0x7F): most of any text.
                    if i + 8 <= r.upperBound {
                        let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                        let below20 = (w &- ones &* 0x20) & ~w & highs
                        let x = w ^ (ones &* 0x7F)
                        let is7F = (x &- ones) & ~x & highs
                        if below20 == 0 && is7F == 0 {
                            total += 8
                            i += 8
                            continue
                        }
                        // Straight to the first control byte (the lowest flag is exact: a borrow only runs upward from
                        // a byte that is flagged itself), e.g. the line feed of 活动\n, not byte by byte up to it.
                        let plain = (below20 | is7F).trailingZeroBitCount >> 3
                        total += plain
                        i += plain
                    }
                    defer { i += 1 }
                    let b = p[i]
                    total += 1
                    if b == 0 {
                        if i & 1 == 0 { nulEven += 1 } else { nulOdd += 1 }
                    } else if b < 0x20 {
                        if !(b == 0x09 || b == 0x0A || b == 0x0B || b == 0x0C || b == 0x0D || b == 0x1B) {
                            control += 1
                        }
                    } else if b == 0x7F {
                        control += 1
                    }
                }
            }
            let nul = nulEven + nulOdd
            if nul > 0 {
                // UTF-16 without BOM: many NULs, all on one side of each pair, and an even length.
                if n % 2 == 0, nul * 8 >= total, nulEven == 0 || nulOdd == 0, control * 20 <= total {
                    return .utf16(bigEndian: nulEven > 0)
                }
                // One stray NUL in a long scraped page is damage, not a binary format (PNG, PDF, ZIP have many).
                if nul >= 3 || nul * 1000 > total { return .binary }
            }
            return Double(control) > controlShare * Double(max(total, 1)) ? .binary : .text
        }
    }
}
