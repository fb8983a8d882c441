/// A set of BMP scalars as a bitmap: a membership test without hashing, for the scanner's hot loop.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        for s in scalars where s < 0x10000 { bits[Int(s >> 6)] |= 1 << UInt64(s & 63) }
    }

    mutating func insert(_ s: UInt32) {
        if s < 0x10000 { bits[Int(s >> 6)] |= 1 << UInt64(s & 63) }
    }

    /// The first index in `from..<to` whose scalar is in the set, else `to`.
    func firstMember(in text: [UInt32], from: Int, to: Int) -> Int {
        let end = min(to, text.count)
        guard from < end else { return max(from, to) }
        return text.withUnsafeBufferPointer { t in
            bits.withUnsafeBufferPointer { b in
                var i = from
                while i < end {
                    let s = t[i]
                    if s < 0x10000, b[Int(s >> 6)] & (1 << UInt64(s & 63)) != 0 { return i }
                    i += 1
                }
                return to
            }
        }
    }

    @inline(__always)
    func contains(_ s: UInt32) -> Bool {
        s < 0x10000 && bits[Int(s >> 6)] & (1 << UInt64(s & 63)) != 0
    }
}
