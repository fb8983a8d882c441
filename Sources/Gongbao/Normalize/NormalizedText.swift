/// Content text made regular for matching: full-width forms folded, OCR breaks inside figures joined.
///
/// `contentOffsets[i]` is the offset in `ContentText.bytes` of the character that produced byte `i`
/// (`bytes.count + 1` entries), so a match here maps back to the content text, and from there to the file.
public struct NormalizedText: Sendable {
    public var bytes: [UInt8]
    public var contentOffsets: [Int32]

    public init(bytes: [UInt8], contentOffsets: [Int32]) {
        precondition(contentOffsets.count == bytes.count + 1, "NormalizedText needs one offset per byte plus the end")
        self.bytes = bytes
        self.contentOffsets = contentOffsets
    }

    /// The content-text range that a range of normalized bytes came from.
    public func contentRange(of range: Range<Int>) -> Range<Int> {
        let lo = Int(contentOffsets[range.lowerBound])
        let hi = range.isEmpty ? lo : Int(contentOffsets[range.upperBound - 1]) + 1
        return lo..<max(lo, hi)
    }
}
