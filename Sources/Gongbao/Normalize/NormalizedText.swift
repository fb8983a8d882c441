/// Content text made regular for matching: full-width forms folded, OCR breaks inside figures joined.
///
/// `contentOffsets[i]` is the offset in `ContentText.bytes` of the character that produced byte `i`
/// (`bytes.count + 1` entries), so a match here maps back to the content text, and from there to the file.
/// The normalizer stores it as runs of copied text (see `OffsetMap`), not one entry per byte.
public struct NormalizedText: Sendable {
    /// (Changing the bytes drops `scalars`, which described the old ones.)
    public var bytes: [UInt8] { didSet { scalars = nil } }
    public var contentOffsets: OffsetMap
    /// The same text as scalars with their offsets and sentence/clause ends, when the normalizer wrote them in its
    /// pass (`DocText` takes them instead of decoding the bytes again); nil for a text built any other way.
    var scalars: NormalizedScalars?
    /// Whether the text was written in traditional script and is read folded to simplified (`TraditionalScript`):
    /// units then come out as written (`WrittenUnits`).
    var foldedFromTraditional = false
    /// For a text folded from traditional script: each simplified ideograph the folding wrote, mapped to the
    /// traditional form this document writes for it most often (发 → 發). Subjects are read in the folded text and
    /// shown in the script the document is written in (`WrittenSubjects`); empty for any other text.
    var writtenForms: [UInt32: UInt32] = [:]

    public init(bytes: [UInt8], contentOffsets: [Int32]) {
        self.init(bytes: bytes, contentMap: OffsetMap(contentOffsets))
    }

    public init(bytes: [UInt8], contentMap: OffsetMap) {
        precondition(contentMap.count == bytes.count + 1, "NormalizedText needs one offset per byte plus the end")
        self.bytes = bytes
        self.contentOffsets = contentMap
        self.scalars = nil
    }

    /// The content-text range that a range of normalized bytes came from.
    public func contentRange(of range: Range<Int>) -> Range<Int> {
        let lo = Int(contentOffsets[range.lowerBound])
        let hi = range.isEmpty ? lo : Int(contentOffsets[range.upperBound - 1]) + 1
        return lo..<max(lo, hi)
    }
}
