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
        firstIndex(in: text, from: from, to: to, digitsAndMinus: false, membersFrom: 0)
    }

    /// The first index in `from..<to` where a figure may start: an ASCII digit, '-', or a member of the set at
    /// or above U+4E00 (七, 百; not 〇 or ○, which only continue a number); else `to`.
    func firstFigureStart(in text: [UInt32], from: Int, to: Int) -> Int {
        firstIndex(in: text, from: from, to: to, digitsAndMinus: true, membersFrom: 0x4E00)
    }

    @inline(__always)
    private func firstIndex(in text: [UInt32], from: Int, to: Int, digitsAndMinus: Bool, membersFrom: UInt32) -> Int {
        let end = min(to, text.count)
        guard from < end else { return max(from, to) }
        return text.withUnsafeBufferPointer { t in
            bits.withUnsafeBufferPointer { b in
                var i = from
                while i < end {
                    let s = t[i]
                    if digitsAndMinus, (s >= 0x30 && s <= 0x39) || s == 0x2D { return i }
                    if s >= membersFrom, s < 0x10000, b[Int(s >> 6)] & (1 << UInt64(s & 63)) != 0 { return i }
                    i += 1
                }
                return to
            }
        }
    }

    /// `s.unicodeScalars.contains { contains($0.value) }`, decoding the UTF-8 bytes in place with the bitmap read
    /// through one buffer (LiteralSearch.containsScalar's walk; per scalar, an array read of the bitmap was checked).
    /// Example: does 一般公共预算收入 hold 收 or 支?
    func containsAny(inUTF8Of s: String) -> Bool {
        SimpleText.withBytes(s) { b in
            bits.withUnsafeBufferPointer { bits in
                @inline(__always) func has(_ x: UInt32) -> Bool { bits[Int(x >> 6)] & (1 << UInt64(x & 63)) != 0 }
                var i = 0
                let n = b.count
                while i < n {
                    let b0 = b[i]
                    if b0 < 0x80 {
                        if has(UInt32(b0)) { return true }
                        i += 1
                    } else if b0 < 0xE0 {
                        if has((UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)) { return true }
                        i += 2
                    } else if b0 < 0xF0 {
                        if has((UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)) {
                            return true
                        }
                        i += 3
                    } else {
                        i += 4
                    }
                }
                return false
            }
        }
    }

    @inline(__always)
    func contains(_ s: UInt32) -> Bool {
        s < 0x10000 && bits[Int(s >> 6)] & (1 << UInt64(s & 63)) != 0
    }
}
