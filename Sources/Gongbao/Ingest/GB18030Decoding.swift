#if canImport(Glibc)
import Glibc
#endif

/// GB18030 (and so GBK and GB2312) to UTF-8 through glibc's iconv, in one call over the whole buffer.
///
/// Foundation's GB18030 decoder runs at about 45 MB/s and fails the whole text on one bad byte; iconv
/// converts several times faster and stops exactly at a bad byte, so a broken sequence becomes U+FFFD
/// and conversion goes on. 人才 (C8 CB B2 C5) comes out as E4 BA BA E6 89 8D; the lone byte 0x80, which
/// Windows code page 936 (and Foundation) reads as €, is read as € too.
enum GB18030Decoding {
    struct Result {
        var bytes: [UInt8]
        /// Bytes that were not GB18030 (each replaced by U+FFFD).
        var invalidBytes: Int
        /// Well-formed sequences of two or four bytes.
        var multiByteSequences: Int
    }

    /// Decodes `input`; nil only if iconv has no GB18030 converter on this system.
    static func decode(_ input: [UInt8]) -> Result? {
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
        return Result(bytes: out, invalidBytes: invalid, multiByteSequences: multiByteCount(input))
    }

    /// Lead bytes of two- and four-byte sequences, counted the way the decoder reads them (0x81–0xFE
    /// followed by a trail byte), so the U+FFFD repair rule can weigh good sequences against bad bytes.
    static func multiByteCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { p in
            var count = 0
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x81 || b == 0xFF || i + 1 >= n { i += 1; continue }
                let b1 = p[i + 1]
                if b1 >= 0x40, b1 != 0x7F, b1 != 0xFF {
                    count += 1
                    i += 2
                } else if b1 >= 0x30, b1 <= 0x39, i + 3 < n {
                    count += 1
                    i += 4
                } else {
                    i += 1
                }
            }
            return count
        }
    }
}
