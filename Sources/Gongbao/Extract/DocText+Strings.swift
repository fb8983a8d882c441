/// Subject strings from scalar ranges: the finders decide on indices, and the one String of the answer is built
/// here from the normalized bytes.
extension DocText {
    /// `compactString(a) + compactString(b)` in one allocation (推动国达化工 + 钾肥复合造粒项目).
    func compactString(_ a: Range<Int>, _ b: Range<Int>) -> String {
        guard let (b0, b1) = byteRange(b) else { return compactString(a) }
        guard let (a0, a1) = byteRange(a) else { return compactString(b) }
        let valid = bytesAreValid
        return bytes.withUnsafeBufferPointer { src in
            String.validUTF8(capacity: (a1 - a0) + (b1 - b0), checked: !valid) { out in
                DocText.compactCopy(src, b0, b1, into: out, at: DocText.compactCopy(src, a0, a1, into: out, at: 0))
            }
        }
    }

    /// Copies `src[a..<z]` without spaces, line feeds and tabs to `out` from `o`; returns where the copy ends.
    /// Runs between such bytes are copied whole, and eight bytes at a time are tested for any byte below 0x21 (a
    /// subject is mostly ideographs, whose UTF-8 bytes are all 0x80 or above, and seldom holds a space), the last
    /// few bytes too, with the eight that end the range.
    static func compactCopy(_ src: UnsafeBufferPointer<UInt8>, _ a: Int, _ z: Int,
                            into out: UnsafeMutableBufferPointer<UInt8>, at o: Int) -> Int {
        guard a < z, let sp = src.baseAddress, let op = out.baseAddress else { return o }
        var o = o, i = a
        while i < z {
            // The run of kept bytes from i.
            var e = i
            while e + 8 <= z {
                let w = UnsafeRawPointer(sp + e).loadUnaligned(as: UInt64.self)
                // Some byte below 0x21 (hasless(w, 0x21)): test those bytes one by one.
                if (w &- 0x2121_2121_2121_2121) & ~w & 0x8080_8080_8080_8080 != 0 { break }
                e += 8
            }
            // The last one to seven bytes: kept whole when the eight bytes ending the range hold no byte below 0x21
            // (人才资源总量 ends mid-word), else one by one.
            if e < z, e &+ 8 > z, z &- 8 >= a {
                let w = UnsafeRawPointer(sp + (z &- 8)).loadUnaligned(as: UInt64.self)
                if (w &- 0x2121_2121_2121_2121) & ~w & 0x8080_8080_8080_8080 == 0 { e = z }
            }
            while e < z {
                let c = sp[e]
                if c == 0x20 || c == 0x0A || c == 0x09 { break }
                e += 1
            }
            if e > i {
                (op + o).initialize(from: sp + i, count: e - i)
                o += e - i
            }
            i = e + 1
        }
        return o
    }

    /// The subject of a span (see `SubjectFinder.Span`).
    func compactString(_ s: SubjectFinder.Span) -> String { compactString(s.first, s.second) }

    /// `compactString(r).isEmpty`: every scalar of `r` (clamped to the text) is a space, line feed or tab.
    func isBlank(_ r: Range<Int>) -> Bool {
        let lo = max(r.lowerBound, 0), hi = min(r.upperBound, t.count)
        guard lo < hi else { return true }
        return t.withUnsafeBufferPointer { u in
            for i in lo..<hi where u[i] != 0x20 && u[i] != 0x0A && u[i] != 0x09 { return false }
            return true
        }
    }
}
