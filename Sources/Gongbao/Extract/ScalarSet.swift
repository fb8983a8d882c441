/// A set of BMP scalars as a bitmap: a membership test without hashing, for the scanner's hot loop.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        for s in scalars where s < 0x10000 { bits[Int(s >> 6)] |= 1 << UInt64(s & 63) }
    }

    mutating func insert(_ s: UInt32) {
        if s < 0x10000 { bits[Int(s >> 6)] |= 1 << UInt64(s & 63) }
    }

    @inline(__always)
    func contains(_ s: UInt32) -> Bool {
        s < 0x10000 && bits[Int(s >> 6)] & (1 << UInt64(s & 63)) != 0
    }
}
