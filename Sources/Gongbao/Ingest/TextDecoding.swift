import Foundation

/// Turns a file's raw bytes into UTF-8 text: UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030.
///
/// The bytes decide, never the label: a page whose `<meta charset="gb2312">` sits over UTF-8 bytes is
/// UTF-8, and one declaring UTF-8 over GBK bytes is read as GB18030 (which covers GBK and GB2312), so
/// 中 (D6 D0 in GBK) comes out as 中 either way. Errors name the file: `.empty`, `.binary`, `.undecodable`.
public enum TextDecoding {
    /// GB18030 as Foundation names it (kCFStringEncodingGB_18030_2000). Decoding goes through glibc's
    /// iconv (`GB18030Decoding`, several times faster); Foundation is the fallback and a test pins that both agree.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// A file with invalid UTF-8 is still read as UTF-8 (bad bytes become U+FFFD) when valid multi-byte
    /// sequences outnumber the invalid ones by this factor: one stray byte must not turn 人才 into mojibake.
    public static let mostlyUTF8Ratio = 50

    public static func decode(_ document: SourceDocument) throws(IngestError) -> SourceText {
        try decode(document, assumingUTF8: false).text
    }

    /// `decode(document)`, except that plain text without a BOM is taken as UTF-8 unread and unsniffed (`unchecked`
    /// true): the normalizer checks the bytes in its own pass over them (`Normalizer.normalizedIfValidUTF8`), which
    /// also refuses every byte `BinarySniff` counts (NUL, C0 controls, DEL); when they are not such UTF-8 the caller
    /// decodes them again with `decode(document)`, which sniffs and reads them as today (binary refused, UTF-16
    /// without a BOM, UTF-8 repaired, or GB18030). Text holding none of those bytes is what the sniff calls text, so
    /// the sniff's pass over it is saved. Where the answer is decided before the bytes are read (an error, a BOM,
    /// HTML) it is `decode(document)`'s; blank text is `.empty` either way (a blank text holds no byte the sniff
    /// counts).
    static func decode(_ document: SourceDocument,
                       assumingUTF8: Bool) throws(IngestError) -> (text: SourceText, unchecked: Bool) {
        let bytes = document.bytes
        let path = document.path
        if bytes.isEmpty { throw .empty(path: path) }
        let declared = document.kind == .html ? CharsetDeclaration.declared(in: bytes) : nil

        let decoded: Decoded
        var unchecked = false
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            decoded = utf8(Array(bytes.dropFirst(3)), leadingScalars: 1)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            guard let d = utf16(bytes.dropFirst(2), bigEndian: false, leadingScalars: 1) else {
                throw .undecodable(path: path, tried: ["UTF-16LE"])
            }
            decoded = d
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            guard let d = utf16(bytes.dropFirst(2), bigEndian: true, leadingScalars: 1) else {
                throw .undecodable(path: path, tried: ["UTF-16BE"])
            }
            decoded = d
        } else if assumingUTF8 && document.kind == .plainText {
            decoded = Decoded(bytes: bytes, name: "UTF-8", leadingScalars: 0)
            unchecked = true
        } else {
            switch BinarySniff.classify(bytes) {
            case .binary:
                throw .binary(path: path)
            case .utf16(let bigEndian):
                // The sniff guessed UTF-16 from where the NULs fall; bytes that do not read as UTF-16 text are binary.
                guard let d = utf16(bytes[...], bigEndian: bigEndian, leadingScalars: 0) else { throw .binary(path: path) }
                decoded = d
            case .text:
                guard let d = utf8OrGB18030(bytes) else {
                    throw .undecodable(path: path, tried: ["UTF-8", "GB18030"])
                }
                decoded = d
            }
        }

        var text = decoded.bytes
        var leading = decoded.leadingScalars
        if text.starts(with: [0xEF, 0xBB, 0xBF]) {  // a BOM inside the encoding, e.g. GB18030's 84 31 95 33
            text.removeFirst(3)
            leading += 1
        }
        if isBlank(text) { throw .empty(path: path) }

        var notes = decoded.notes
        if let declared {
            if CharsetDeclaration.isGBFamily(declared), decoded.name.hasPrefix("UTF-8") {
                notes.append("declared \(declared) but the bytes are UTF-8")
            } else if CharsetDeclaration.isUTF8(declared), decoded.name == "GB18030" {
                notes.append("declared \(declared) but the bytes are not UTF-8; read as GB18030")
            }
        }
        // (Unchecked bytes that read as blank are UTF-8: every byte `isBlank` passes is part of a well-formed sequence,
        // so `.empty` is the answer the full decoding gives too.)
        return (SourceText(path: path, bytes: text, encoding: label(decoded.name, declared: declared),
                           leadingScalars: leading, declaredEncoding: declared, notes: notes), unchecked)
    }

    /// "GB18030 (declared gb2312)", or just the detected name when the declaration says the same.
    static func label(_ detected: String, declared: String?) -> String {
        guard let declared else { return detected }
        func key(_ s: String) -> String { s.lowercased().filter { $0 != "-" && $0 != "_" } }
        return key(detected) == key(declared) ? detected : "\(detected) (declared \(declared))"
    }

    struct Decoded {
        var bytes: [UInt8]
        var name: String
        var leadingScalars: Int
        var notes: [String] = []
    }

    /// UTF-8 if the bytes are (nearly) UTF-8, else GB18030; nil if neither reads them.
    static func utf8OrGB18030(_ bytes: [UInt8]) -> Decoded? {
        let scan = UTF8Scan(bytes, givingUpBelow: mostlyUTF8Ratio)
        if scan.isValid { return Decoded(bytes: bytes, name: "UTF-8", leadingScalars: 0) }
        if scan.isComplete, scan.multiByteSequences >= mostlyUTF8Ratio * scan.invalidSequences {
            return utf8(bytes, leadingScalars: 0)
        }
        guard let gb = GB18030Decoding.decode(bytes) else { return foundationGB18030(bytes) }
        if gb.invalidBytes == 0 { return Decoded(bytes: gb.bytes, name: "GB18030", leadingScalars: 0) }
        guard gb.multiByteSequences >= mostlyUTF8Ratio * gb.invalidBytes else { return nil }
        return Decoded(bytes: gb.bytes, name: "GB18030", leadingScalars: 0,
                       notes: ["\(gb.invalidBytes) invalid GB18030 byte(s) replaced by U+FFFD"])
    }

    /// Foundation's decoder, for a system whose iconv lacks GB18030 (about 45 MB/s, all or nothing).
    static func foundationGB18030(_ bytes: [UInt8]) -> Decoded? {
        if let gb = String(data: Data(bytes), encoding: gb18030) {
            return Decoded(bytes: Array(gb.utf8), name: "GB18030", leadingScalars: 0)
        }
        return repairedGB18030(bytes)
    }

    /// GB18030 with a few broken sequences (a page cut mid-character, a stray 0xFF): the well-formed
    /// runs are decoded and each broken byte becomes U+FFFD, when broken ones are rare (same ratio as UTF-8).
    static func repairedGB18030(_ bytes: [UInt8]) -> Decoded? {
        var runs: [Range<Int>] = []
        var bad = 0, multi = 0
        var start = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var length = 0
            if b < 0x81 {
                length = 1  // ASCII, and 0x80 which Foundation reads as €
            } else if b < 0xFF, i + 1 < n {
                let b1 = bytes[i + 1]
                if (0x40...0xFE).contains(b1), b1 != 0x7F {
                    length = 2
                } else if (0x30...0x39).contains(b1), i + 3 < n, (0x81...0xFE).contains(bytes[i + 2]),
                          (0x30...0x39).contains(bytes[i + 3]) {
                    length = 4
                }
            }
            if length == 0 {
                bad += 1
                if start < i { runs.append(start..<i) }
                runs.append(i..<i)  // marks one replaced byte
                i += 1
                start = i
            } else {
                if length > 1 { multi += 1 }
                i += length
            }
        }
        if start < n { runs.append(start..<n) }
        guard bad > 0, multi >= mostlyUTF8Ratio * bad else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(n * 3 / 2)
        for run in runs {
            if run.isEmpty {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                continue
            }
            guard let text = String(data: Data(bytes[run]), encoding: gb18030) else { return nil }
            out.append(contentsOf: text.utf8)
        }
        return Decoded(bytes: out, name: "GB18030", leadingScalars: 0,
                       notes: ["\(bad) invalid GB18030 byte(s) replaced by U+FFFD"])
    }

    /// UTF-8 as is; ill-formed sequences (if any) become U+FFFD and are counted in a note.
    static func utf8(_ bytes: [UInt8], leadingScalars: Int) -> Decoded {
        let scan = UTF8Scan(bytes)
        if scan.isValid { return Decoded(bytes: bytes, name: "UTF-8", leadingScalars: leadingScalars) }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let note = "\(scan.invalidSequences) invalid UTF-8 sequence(s) replaced by U+FFFD"
            + (scan.firstInvalidOffset.map { ", first at byte \($0)" } ?? "")
        return Decoded(bytes: repaired, name: "UTF-8", leadingScalars: leadingScalars, notes: [note])
    }

    /// Of this many UTF-16 code units, at most one may be suspect (see `utf16`).
    static let utf16SuspectRatio = 50

    /// UTF-16 code units as UTF-8, or nil when they do not read as text. Two bytes FF FE at the start of a file make a
    /// BOM only if what follows is UTF-16 text: random or binary bytes behind them decode to lone surrogates,
    /// private-use and control characters, which real text holds almost none of. More than one suspect unit in
    /// `utf16SuspectRatio` (or an odd byte left over, counted as one) means the file is refused with a one-line error
    /// instead of being read as a page of nonsense that `extract` would pass with exit 0.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, leadingScalars: Int) -> Decoded? {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var suspect = bytes.count % 2
        var k = 0
        while k < units.count {
            let u = units[k]
            switch u {
            case 0xD800...0xDBFF:
                if k + 1 < units.count, (0xDC00...0xDFFF).contains(units[k + 1]) { k += 1 } else { suspect += 1 }
            case 0xDC00...0xDFFF, 0x0000...0x0008, 0x000E...0x001F, 0x007F...0x009F, 0xE000...0xF8FF, 0xFFFE, 0xFFFF:
                suspect += 1
            default:
                break
            }
            k += 1
        }
        if suspect > 0, suspect * utf16SuspectRatio > units.count { return nil }
        let text = String(decoding: units, as: UTF16.self)
        return Decoded(bytes: Array(text.utf8), name: bigEndian ? "UTF-16BE" : "UTF-16LE",
                       leadingScalars: leadingScalars)
    }

    /// True when the text holds nothing but spaces, line breaks, NBSP, U+3000, ZWSP or BOMs.
    static func isBlank(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                switch p[i] {
                case 0x09...0x0D, 0x20:
                    i += 1
                case 0xC2 where i + 1 < n && p[i + 1] == 0xA0:
                    i += 2
                case 0xE3 where i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x80:
                    i += 3
                case 0xE2 where i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x8B:
                    i += 3
                case 0xEF where i + 2 < n && p[i + 1] == 0xBB && p[i + 2] == 0xBF:
                    i += 3
                default:
                    return false
                }
            }
            return true
        }
    }
}
