/// Subject strings from scalar ranges: the finders decide on indices, and the one String of the answer is built
/// here from the normalized bytes.
extension DocText {
    /// `compactString(a) + compactString(b)` in one allocation (推动国达化工 + 钾肥复合造粒项目).
    func compactString(_ a: Range<Int>, _ b: Range<Int>) -> String {
        guard let (b0, b1) = byteRange(b) else { return compactString(a) }
        guard let (a0, a1) = byteRange(a) else { return compactString(b) }
        return bytes.withUnsafeBufferPointer { src in
            String(unsafeUninitializedCapacity: (a1 - a0) + (b1 - b0)) { out in
                var o = 0
                func copy(_ lo: Int, _ hi: Int) {
                    for i in lo..<hi {
                        let c = src[i]
                        if c != 0x20 && c != 0x0A && c != 0x09 { out[o] = c; o += 1 }
                    }
                }
                copy(a0, a1)
                copy(b0, b1)
                return o
            }
        }
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
