/// The JSON text of the enum names a record writes ("count", "more_than", "up"), quoted and packed in two words
/// per case, so a record copies 16 bytes instead of building and copying a String for each.
///
/// Tables are indexed by the case's one-byte tag and built from the cases themselves; a case missing from a table
/// (a new `Direction`, say) is written from its raw value as before.
struct QuotedName {
    var low: UInt64 = 0
    var high: UInt64 = 0
    /// Bytes used (at most 16); 0 for a case the table does not hold.
    var count = 0

    init() {}

    init?(_ raw: String) {
        let bytes = Array(("\"" + raw + "\"").utf8)
        guard bytes.count <= 16 else { return nil }
        withUnsafeMutableBytes(of: &low) { for k in 0..<min(8, bytes.count) { $0[k] = bytes[k] } }
        withUnsafeMutableBytes(of: &high) { for k in 8..<max(8, bytes.count) { $0[k - 8] = bytes[k] } }
        count = bytes.count
    }

    static let kinds = table(MetricKind.allCases)
    static let qualifiers = table(Qualifier.allCases)
    static let directions = table([Direction.up, .down])

    /// One entry per possible tag; only enums stored in one byte are tabled.
    static func table<E: RawRepresentable>(_ cases: [E]) -> [QuotedName] where E.RawValue == String {
        var t = [QuotedName](repeating: QuotedName(), count: 256)
        guard MemoryLayout<E>.size == 1 else { return t }
        for c in cases { t[Int(tag(c))] = QuotedName(c.rawValue) ?? QuotedName() }
        return t
    }

    @inline(__always)
    static func tag<E>(_ c: E) -> UInt8 { withUnsafeBytes(of: c) { $0[0] } }
}

extension RawWriter {
    /// `quotedPlain(c.rawValue)` from the case's packed name. Writes 16 bytes and keeps `count` of them: the
    /// callers' bounds leave far more than 16 bytes after any name.
    @inline(__always)
    mutating func quoted<E: RawRepresentable>(_ c: E, _ table: [QuotedName]) where E.RawValue == String {
        let name = MemoryLayout<E>.size == 1 ? table[Int(QuotedName.tag(c))] : QuotedName()
        guard name.count > 0 else { quotedPlain(c.rawValue); return }
        let p = UnsafeMutableRawPointer(base + n)
        p.storeBytes(of: name.low, as: UInt64.self)
        p.storeBytes(of: name.high, toByteOffset: 8, as: UInt64.self)
        n += name.count
    }

    @inline(__always) mutating func quoted(_ kind: MetricKind) { quoted(kind, QuotedName.kinds) }
    @inline(__always) mutating func quoted(_ q: Qualifier) { quoted(q, QuotedName.qualifiers) }
    @inline(__always) mutating func quoted(_ d: Direction) { quoted(d, QuotedName.directions) }
}
