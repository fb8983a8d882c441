/// Strings made from bytes already known to be valid UTF-8 (whole scalars of the normalized text, or scalars encoded
/// here), copied once and not checked again.
///
/// `String(decoding:as:)` and `String(unsafeUninitializedCapacity:initializingUTF8With:)` validate what they are
/// given — a third of what a subject such as 人才资源总量 cost (validation ~330 instructions, the storage ~440).
/// `UTF8Span(unchecked:)` is the standard library's word that the bytes are valid; `String(copying:)` then copies
/// them without a look (the ASCII flag is computed here, as validation would have set it).
extension String {
    /// The String of `utf8`, which must be valid UTF-8.
    @inline(__always)
    init(validUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        self.init(copying: UTF8Span(unchecked: utf8.span, isKnownASCII: String.isASCII(utf8)))
    }

    /// The String of the bytes `fill` writes into a buffer of `capacity` bytes (returning how many), which must be
    /// valid UTF-8: written on the stack, then copied once into the String. With `checked`, the bytes may be anything
    /// and are validated (repaired) as `String(unsafeUninitializedCapacity:initializingUTF8With:)` does.
    @inline(__always)
    static func validUTF8(capacity: Int, checked: Bool = false,
                          _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        if checked { return String(unsafeUninitializedCapacity: capacity, initializingUTF8With: fill) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(capacity, 1)) { buf in
            let n = fill(buf)
            return String(validUTF8: UnsafeBufferPointer(rebasing: buf[0..<n]))
        }
    }

    /// True when `bytes` are valid UTF-8 (one validation pass, no String built).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in (try? UTF8Span(validating: b.span)) != nil }
    }

    /// True when every byte is below 0x80: eight at a time, stopping at the first word that holds a byte above (a
    /// subject's first word mostly does: 人 is E4 BA BA).
    @inline(__always)
    static func isASCII(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let n = p.count
        var i = 0
        while i &+ 8 <= n {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i &+= 8
        }
        while i < n {
            if base[i] >= 0x80 { return false }
            i &+= 1
        }
        return true
    }
}
