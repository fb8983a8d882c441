/// Content text made regular for matching: full-width forms folded, OCR breaks inside figures joined.
///
/// `contentOffsets[i]` is the offset in `ContentText.bytes` of the character that produced byte `i`
/// (`bytes.count + 1` entries), so a match here maps back to the content text, and from there to the file.
/// The normalizer stores it as runs of copied text (see `OffsetMap`), not one entry per byte.
public struct NormalizedText: Sendable {
    public var bytes: [UInt8]
    public var contentOffsets: OffsetMap

    public init(bytes: [UInt8], contentOffsets: [Int32]) {
        self.init(bytes: bytes, contentMap: OffsetMap(contentOffsets))
    }

    public init(bytes: [UInt8], contentMap: OffsetMap) {
        precondition(contentMap.count == bytes.count + 1, "NormalizedText needs one offset per byte plus the end")
        self.bytes = bytes
        self.contentOffsets = contentMap
    }

    /// The content-text range that a range of normalized bytes came from.
    public func contentRange(of range: Range<Int>) -> Range<Int> {
        let lo = Int(contentOffsets[range.lowerBound])
        let hi = range.isEmpty ? lo : Int(contentOffsets[range.upperBound - 1]) + 1
        return lo..<max(lo, hi)
    }
}
