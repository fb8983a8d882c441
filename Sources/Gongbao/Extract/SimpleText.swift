/// Character operations on subjects without the grapheme walk.
///
/// When every scalar of a string is simple (`DocText.isSimple`, CR left out since CR LF is one Character), each
/// scalar is one Character and two such Characters are equal only when their scalars are: counting, prefix and
/// suffix tests on scalars or UTF-8 bytes then give Swift's own answers (城镇居民人均可支配收入 has 11 Characters,
/// ends with 收入). Anything else asks Swift, so the answers never differ.
enum SimpleText {
    /// `s.unicodeScalars.first?.value`, decoded from the first UTF-8 bytes (a String's UTF-8 is always valid).
    static func firstScalar(_ s: String) -> UInt32? {
        withBytes(s) { b in b.isEmpty ? nil : scalar(b, at: 0).value }
    }

    /// `firstScalar` through the UTF-8 view's iterator (the reference the contiguous bytes replace).
    static func firstScalarReference(_ s: String) -> UInt32? {
        var it = s.utf8.makeIterator()
        guard let b0 = it.next() else { return nil }
        if b0 < 0x80 { return UInt32(b0) }
        let more = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1
        var v = UInt32(b0) & (b0 >= 0xF0 ? 0x07 : b0 >= 0xE0 ? 0x0F : 0x1F)
        for _ in 0..<more { v = (v << 6) | UInt32(it.next()! & 0x3F) }
        return v
    }

    /// Calls `body` with the string's UTF-8 bytes in place (native and small strings: no copy; a bridged string is
    /// copied once). The walks below read scalars from the bytes, where the String views' iterators cost a hundred
    /// instructions per scalar (the subjects borrowing one another ask this of every figure).
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }

    /// `s.unicodeScalars.map(\.value)` written into `out` (emptied first, its capacity kept), decoded from the UTF-8
    /// bytes in place: a subject's scalars for every figure that asks, with no array built per subject.
    static func scalars(of s: String, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        withBytes(s) { b in
            out.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let (u, next) = scalar(b, at: i)
                out.append(u)
                i = next
            }
        }
    }

    /// The scalar whose UTF-8 starts at `i` (valid UTF-8) and the index after it.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, next: Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, i + 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), i + 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), i + 3) }
        return ((b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F),
                i + 4)
    }

    /// The scalar whose UTF-8 ends at `end` (exclusive) and the index where it starts.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (value: UInt32, start: Int) {
        var k = end - 1
        while k > 0, b[k] & 0xC0 == 0x80 { k -= 1 }
        return (scalar(b, at: k).value, k)
    }

    /// A scalar of a simple string: simple (DocText.isSimple) and not CR.
    @inline(__always)
    static func isSimpleScalar(_ u: UInt32) -> Bool { u != 0x0D && DocText.isSimple(u) }

    /// True when every scalar of `s` is simple and none is CR.
    static func isSimple(_ s: String) -> Bool {
        withBytes(s) { b in
            var i = 0
            while i < b.count {
                let (u, next) = scalar(b, at: i)
                if !isSimpleScalar(u) { return false }
                i = next
            }
            return true
        }
    }

    /// `isSimple` over the unicode scalars view (the reference the byte walk replaces).
    static func isSimpleReference(_ s: String) -> Bool {
        for u in s.unicodeScalars where u.value == 0x0D || !DocText.isSimple(u.value) { return false }
        return true
    }

    /// True when the last `count` scalars of `s` (all of them if fewer) are simple: then its last Characters are
    /// those scalars, and a suffix of `count - 1` simple scalars is one of its UTF-8 bytes.
    static func endsSimple(_ b: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        var end = b.count, need = count
        while end > 0, need > 0 {
            let (u, start) = scalar(b, endingAt: end)
            if !isSimpleScalar(u) { return false }
            end = start
            need -= 1
        }
        return true
    }

    /// `s.count`.
    static func count(_ s: String) -> Int {
        let simple: Int? = withBytes(s) { b in
            var i = 0, n = 0
            while i < b.count {
                let (u, next) = scalar(b, at: i)
                if !isSimpleScalar(u) { return nil }
                n += 1
                i = next
            }
            return n
        }
        return simple ?? s.count
    }

    /// `count` over the unicode scalars view (the reference the byte walk replaces).
    static func countReference(_ s: String) -> Int {
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
        return withBytes(s) { sb in withBytes(p) { pb in pb.count <= sb.count && LiteralSearch.sameBytes(UnsafeBufferPointer(rebasing: sb.prefix(pb.count)), pb) } }
    }

    /// `s.hasSuffix(p)`. Only the end of `s` need be simple: when its last scalars, one more than `p` has, are
    /// simple, its last Characters are those scalars.
    static func hasSuffix(_ s: String, _ p: String) -> Bool {
        guard isSimple(p) else { return s.hasSuffix(p) }
        let count = p.unicodeScalars.count + 1
        let answer: Bool? = withBytes(s) { sb in
            guard endsSimple(sb, count: count) else { return nil }
            return withBytes(p) { pb in pb.count <= sb.count && LiteralSearch.sameBytes(UnsafeBufferPointer(rebasing: sb.suffix(pb.count)), pb) }
        }
        return answer ?? s.hasSuffix(p)
    }

    /// `hasSuffix` walking the unicode scalars view backwards (the reference the byte walk replaces).
    static func hasSuffixReference(_ s: String, _ p: String) -> Bool {
        guard isSimpleReference(p) else { return s.hasSuffix(p) }
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
            let answer: Bool? = SimpleText.withBytes(s) { sb in
                guard SimpleText.endsSimple(sb, count: scalarCount + 1) else { return nil }
                return bytes.withUnsafeBufferPointer { pb in
                    pb.count <= sb.count && LiteralSearch.sameBytes(UnsafeBufferPointer(rebasing: sb.suffix(pb.count)), pb)
                }
            }
            return answer ?? s.hasSuffix(string)
        }

        /// `isSuffix` walking the unicode scalars view backwards (the reference the byte walk replaces).
        func isSuffixReference(of s: String) -> Bool {
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
