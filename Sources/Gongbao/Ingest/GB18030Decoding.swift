#if canImport(Glibc)
import Glibc
#endif

/// GB18030 (and so GBK and GB2312) to UTF-8: a table for the two-byte codes, built once from glibc's
/// iconv, and iconv itself for the rare four-byte sequences.
///
/// Foundation's GB18030 decoder runs at about 45 MB/s and fails the whole text on one bad byte; iconv
/// over the whole buffer reaches about 130 MB/s; the table, which holds exactly what iconv gives for each
/// of the 23 940 two-byte codes, several times that. A broken sequence becomes U+FFFD and decoding goes
/// on. 人才 (C8 CB B2 C5) comes out as E4 BA BA E6 89 8D; the lone byte 0x80, which Windows code page 936
/// (and Foundation) reads as €, is read as € too.
enum GB18030Decoding {
    struct Result {
        var bytes: [UInt8]
        /// Bytes that were not GB18030 (each replaced by U+FFFD).
        var invalidBytes: Int
        /// Well-formed sequences of two or four bytes.
        var multiByteSequences: Int
    }

    /// Decodes `input` with iconv over the whole buffer (the reference the table decoder is tested against);
    /// nil only if iconv has no GB18030 converter on this system.
    static func decodeWithIconv(_ input: [UInt8]) -> Result? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard let cd, Int(bitPattern: cd) != -1 else { return nil }
        defer { iconv_close(cd) }
        let n = input.count
        // CJK text grows from 2 to 3 bytes; ASCII stays 1; a 4-byte sequence stays at most 4.
        var capacity = n + n / 2 + 16
        var out = [UInt8](repeating: 0, count: capacity)
        var written = 0
        var invalid = 0
        input.withUnsafeBufferPointer { inBuf in
            guard let inBase = inBuf.baseAddress else { return }
            var offset = 0
            while offset < n {
                let (converted, consumed, failure) = out.withUnsafeMutableBufferPointer { outBuf -> (Int, Int, Int32) in
                    var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inBase + offset)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = n - offset
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress! + written)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = capacity - written
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let err: Int32 = r == -1 ? errno : 0
                    return ((capacity - written) - outLeft, (n - offset) - inLeft, err)
                }
                written += converted
                offset += consumed
                switch failure {
                case 0:
                    break
                case E2BIG:
                    capacity = capacity * 2 + 16
                    out.append(contentsOf: repeatElement(0, count: capacity - out.count))
                case _:  // EILSEQ or EINVAL (a sequence cut at the end): one byte is replaced, then on
                    if written + 3 > capacity {
                        capacity = capacity * 2 + 16
                        out.append(contentsOf: repeatElement(0, count: capacity - out.count))
                    }
                    if inBase[offset] == 0x80 {
                        out[written] = 0xE2; out[written + 1] = 0x82; out[written + 2] = 0xAC  // €
                    } else {
                        out[written] = 0xEF; out[written + 1] = 0xBF; out[written + 2] = 0xBD  // U+FFFD
                        invalid += 1
                    }
                    written += 3
                    offset += 1
                }
            }
        }
        out.removeSubrange(written...)
        return Result(bytes: out, invalidBytes: invalid, multiByteSequences: multiByteCount(out))
    }

    /// Decoded characters outside ASCII (lead bytes in the UTF-8): the reference decoder's count of good
    /// sequences (approximate: a U+FFFD put in for a bad byte counts too; tests compare texts, not counts).
    static func multiByteCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 >= 0xC0 ? 1 : 0) }
    }

    /// UTF-8 of each two-byte code, packed as length << 24 | bytes (first byte highest); 0 when iconv
    /// does not map the code. Index: (lead − 0x81) × 191 + (trail − 0x40).
    ///
    /// Built with one iconv call over all 23 940 codes, each followed by a line break (`twoByteTableByBatch`):
    /// asked one code at a time, iconv and its reset cost about 800 instructions a code (19M Ir in every run
    /// that meets a GB page, a third of decoding all GB2312 pages of the 560 HTML copies). GB18030 has no shift
    /// state, so a code decodes alone as it does in the batch; should the batch not split into one line per
    /// code, the table is built one code at a time.
    static let twoByteTable: [UInt32]? = {
        let cd = iconv_open("UTF-8", "GB18030")
        guard let cd, Int(bitPattern: cd) != -1 else { return nil }
        defer { iconv_close(cd) }
        return twoByteTableByBatch(cd) ?? twoByteTableOneByOne(cd)
    }()

    /// The lead and trail bytes of every two-byte code, in table order (trail 0x7F is never a trail byte).
    private static func twoByteCodes() -> [(lead: Int, trail: Int)] {
        var codes: [(lead: Int, trail: Int)] = []
        codes.reserveCapacity(126 * 190)
        for lead in 0x81...0xFE {
            for trail in 0x40...0xFE where trail != 0x7F { codes.append((lead, trail)) }
        }
        return codes
    }

    /// The packed UTF-8 of one code's output (`twoByteTable`), or 0 unless it is one to three bytes long.
    private static func packed(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard utf8.count >= 1, utf8.count <= 3 else { return 0 }
        var packed = UInt32(utf8.count) << 24
        for k in 0..<utf8.count { packed |= UInt32(utf8[k]) << (16 - 8 * k) }
        return packed
    }

    /// The table from iconv asked once per code (the reference, and the fallback of the batch).
    static func twoByteTableOneByOne(_ cd: iconv_t) -> [UInt32] {
        var table = [UInt32](repeating: 0, count: 126 * 191)
        var input: [UInt8] = [0, 0]
        var output = [UInt8](repeating: 0, count: 8)
        for (lead, trail) in twoByteCodes() {
            input[0] = UInt8(lead)
            input[1] = UInt8(trail)
            guard let utf8 = convert(cd, &input, 0, 2, &output) else { continue }
            table[(lead - 0x81) * 191 + (trail - 0x40)] = utf8.withUnsafeBufferPointer { packed($0) }
        }
        return table
    }

    /// The table from iconv over `lead trail \n` for every code at once: each code's UTF-8 is the line it made. A code
    /// iconv refuses stops the call at that code, which stays 0, and the call goes on after its line break. Nil when
    /// the output does not split into one line per code read (then `twoByteTableOneByOne` decides).
    static func twoByteTableByBatch(_ cd: iconv_t) -> [UInt32]? {
        let codes = twoByteCodes()
        var input = [UInt8](repeating: 0x0A, count: 3 * codes.count)
        for (k, code) in codes.enumerated() {
            input[3 * k] = UInt8(code.lead)
            input[3 * k + 1] = UInt8(code.trail)
        }
        // At most four bytes of UTF-8 and the line break per three bytes in.
        var output = [UInt8](repeating: 0, count: 2 * input.count + 16)
        var table = [UInt32](repeating: 0, count: 126 * 191)
        _ = iconv(cd, nil, nil, nil, nil)
        var code = 0
        let complete: Bool = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                while code < codes.count {
                    let from = 3 * code
                    var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress! + from)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = inBuf.count - from
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let failure: Int32 = r == -1 ? errno : 0
                    let consumed = (inBuf.count - from) - inLeft
                    guard consumed % 3 == 0 else { return false }
                    // Each code read gave one line of output.
                    var line = 0
                    let produced = outBuf.count - outLeft
                    for k in 0..<produced where outBuf[k] == 0x0A {
                        guard code < codes.count else { return false }
                        let (lead, trail) = codes[code]
                        table[(lead - 0x81) * 191 + (trail - 0x40)] =
                            packed(UnsafeBufferPointer(rebasing: outBuf[line..<k]))
                        line = k + 1
                        code += 1
                    }
                    guard line == produced, code == (from + consumed) / 3 else { return false }
                    if failure != 0 {
                        // Refused (its entry stays 0): the next call starts after its line break.
                        guard failure == EILSEQ, code < codes.count else { return false }
                        code += 1
                        _ = iconv(cd, nil, nil, nil, nil)
                    }
                }
                return true
            }
        }
        return complete ? table : nil
    }

    /// The two-byte table as stores: the UTF-8 bytes in memory order in the low three bytes (unused ones zero), the
    /// length in the high byte; 0 when iconv does not map the code. A character is written with one four-byte store,
    /// the length advancing past it (the byte after is overwritten next or lies beyond the text).
    static let twoByteStores: [UInt32]? = twoByteTable.map { table in
        table.map { packed in
            guard packed != 0 else { return 0 }
            let length = packed >> 24
            var bytes = (packed >> 16) & 0xFF
            if length > 1 { bytes |= ((packed >> 8) & 0xFF) << 8 }
            if length > 2 { bytes |= (packed & 0xFF) << 16 }
            return bytes | length << 24
        }
    }

    /// One sequence `input[at..<at+count]` through iconv: its UTF-8, or nil if iconv refuses it whole.
    private static func convert(_ cd: iconv_t, _ input: inout [UInt8], _ at: Int, _ count: Int,
                                _ output: inout [UInt8]) -> ArraySlice<UInt8>? {
        _ = iconv(cd, nil, nil, nil, nil)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress! + at)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r == -1 || inLeft != 0 ? nil : outBuf.count - outLeft
            }
        }
        return produced.map { output[0..<$0] }
    }

    /// Decodes `input`; nil only if iconv has no GB18030 converter on this system.
    static func decode(_ input: [UInt8]) -> Result? {
        guard let table = twoByteStores else { return nil }
        // iconv is opened only for a code the table lacks (four-byte sequences, rare): opening it costs more than
        // decoding a short page. It opened when the table was built, so it opens again.
        var converter: iconv_t? = nil
        func cd() -> iconv_t? {
            if converter == nil {
                let opened = iconv_open("UTF-8", "GB18030")
                if let opened, Int(bitPattern: opened) != -1 { converter = opened }
            }
            return converter
        }
        defer { if let converter { iconv_close(converter) } }
        let n = input.count
        var invalid = 0
        var multi = 0
        var four: [UInt8] = [0, 0, 0, 0]
        var scratch = [UInt8](repeating: 0, count: 16)
        // At most three bytes out per byte in (a bad byte becomes U+FFFD); pages not written are never touched.
        let out = [UInt8](unsafeUninitializedCapacity: 3 * n + 16) { o, count in
            LargeBuffer.preferHugePages(UnsafeMutableRawBufferPointer(o))
            var w = 0
            input.withUnsafeBufferPointer { p in
                table.withUnsafeBufferPointer { t in
                    var i = 0
                    while i < n {
                        // ASCII eight bytes at a time.
                        while i + 8 <= n {
                            let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                            if word & 0x8080_8080_8080_8080 != 0 { break }
                            UnsafeMutableRawPointer(o.baseAddress! + w).storeBytes(of: word, as: UInt64.self)
                            i += 8
                            w += 8
                        }
                        if i >= n { break }
                        let b = p[i]
                        if b < 0x80 { o[w] = b; w += 1; i += 1; continue }
                        if b >= 0x81, b <= 0xFE, i + 1 < n {
                            let trail = p[i + 1]
                            if trail >= 0x40, trail <= 0xFE, trail != 0x7F {
                                let stored = t[(Int(b) - 0x81) * 191 + Int(trail) - 0x40]
                                if stored != 0 {
                                    // w ≤ 3i here and i + 1 < n: four bytes at w stay inside the 3n + 16 reserved.
                                    UnsafeMutableRawPointer(o.baseAddress! + w).storeBytes(of: stored.littleEndian, as: UInt32.self)
                                    w += Int(stored >> 24)
                                    multi += 1
                                    i += 2
                                    continue
                                }
                                // Not in the table: a code iconv maps outside the BMP, or one it refuses.
                                four[0] = b
                                four[1] = trail
                                if let cd = cd(), let utf8 = convert(cd, &four, 0, 2, &scratch) {
                                    for c in utf8 { o[w] = c; w += 1 }
                                    multi += 1
                                    i += 2
                                    continue
                                }
                            } else if trail >= 0x30, trail <= 0x39, i + 3 < n {
                                for k in 0..<4 { four[k] = p[i + k] }
                                if let cd = cd(), let utf8 = convert(cd, &four, 0, 4, &scratch) {
                                    for c in utf8 { o[w] = c; w += 1 }
                                    multi += 1
                                    i += 4
                                    continue
                                }
                            }
                        }
                        if b == 0x80 {
                            o[w] = 0xE2; o[w + 1] = 0x82; o[w + 2] = 0xAC  // €
                        } else {
                            o[w] = 0xEF; o[w + 1] = 0xBF; o[w + 2] = 0xBD  // U+FFFD
                            invalid += 1
                        }
                        w += 3
                        i += 1
                    }
                }
            }
            count = w
        }
        return Result(bytes: out, invalidBytes: invalid, multiByteSequences: multi)
    }
}
