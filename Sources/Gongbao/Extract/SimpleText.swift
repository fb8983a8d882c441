/// Character operations on subjects without the grapheme walk.
///
/// When every scalar of a string is simple (`DocText.isSimple`, CR left out since CR LF is one Character), each
/// scalar is one Character and two such Characters are equal only when their scalars are: counting, prefix and
/// suffix tests on scalars or UTF-8 bytes then give Swift's own answers (城镇居民人均可支配收入 has 11 Characters,
/// ends with 收入). Anything else asks Swift, so the answers never differ.
enum SimpleText {
    /// `s.unicodeScalars.first?.value`, decoded from the first UTF-8 bytes (a String's UTF-8 is always valid).
    static func firstScalar(_ s: String) -> UInt32? {
        var it = s.utf8.makeIterator()
        guard let b0 = it.next() else { return nil }
        if b0 < 0x80 { return UInt32(b0) }
        let more = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1
        var v = UInt32(b0) & (b0 >= 0xF0 ? 0x07 : b0 >= 0xE0 ? 0x0F : 0x1F)
        for _ in 0..<more { v = (v << 6) | UInt32(it.next()! & 0x3F) }
        return v
    }

    /// True when every scalar of `s` is simple and none is CR.
    static func isSimple(_ s: String) -> Bool {
        for u in s.unicodeScalars where u.value == 0x0D || !DocText.isSimple(u.value) { return false }
        return true
    }

    /// `s.count`.
    static func count(_ s: String) -> Int {
        var n = 0
        for u in s.unicodeScalars {
            guard u.value != 0x0D, DocText.isSimple(u.value) else { return s.count }
            n += 1
        }
        return n
    }

    /// `s.hasPrefix(p)`.
    static func hasPrefix(_ s: String, _ p: String) -> Bool {
        guard isSimple(s), isSimple(p) else { return s.hasPrefix(p) }
        return s.utf8.starts(with: p.utf8)
    }

    /// `s.hasSuffix(p)`. Only the end of `s` need be simple: when its last scalars, one more than `p` has, are
    /// simple, its last Characters are those scalars.
    static func hasSuffix(_ s: String, _ p: String) -> Bool {
        guard isSimple(p) else { return s.hasSuffix(p) }
        var need = p.unicodeScalars.count + 1
        for u in s.unicodeScalars.reversed() {
            guard u.value != 0x0D, DocText.isSimple(u.value) else { return s.hasSuffix(p) }
            need -= 1
            if need == 0 { break }
        }
        var s = s, p = p
        return s.withUTF8 { sb in p.withUTF8 { pb in pb.count <= sb.count && sb.suffix(pb.count).elementsEqual(pb) } }
    }

    /// A suffix asked about many strings (的比例 of every subject before a borrowing figure): whether it is simple,
    /// its scalar count and its bytes worked out once.
    struct Suffix: Sendable {
        let string: String
        let bytes: [UInt8]
        let scalarCount: Int
        let simple: Bool

        init(_ p: String) {
            string = p
            bytes = Array(p.utf8)
            scalarCount = p.unicodeScalars.count
            simple = SimpleText.isSimple(p)
        }

        /// `s.hasSuffix(string)`, as `SimpleText.hasSuffix`.
        func isSuffix(of s: String) -> Bool {
            guard simple else { return s.hasSuffix(string) }
            var need = scalarCount + 1
            for u in s.unicodeScalars.reversed() {
                guard u.value != 0x0D, DocText.isSimple(u.value) else { return s.hasSuffix(string) }
                need -= 1
                if need == 0 { break }
            }
            var s = s
            return s.withUTF8 { sb in bytes.count <= sb.count && sb.suffix(bytes.count).elementsEqual(bytes) }
        }
    }

    /// `s.contains { chars.contains($0) }`, for `chars` written as simple scalars (（）, 、).
    static func containsAny(_ s: String, of chars: String) -> Bool {
        guard isSimple(s), isSimple(chars) else { return s.contains { chars.contains($0) } }
        return s.unicodeScalars.contains { u in chars.unicodeScalars.contains(u) }
    }
}
