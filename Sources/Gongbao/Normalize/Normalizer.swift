/// Content text → normalized text (stub: identity; the extraction work replaces it).
public enum Normalizer {
    public static func normalized(_ content: ContentText) -> NormalizedText {
        NormalizedText(bytes: content.bytes, contentOffsets: content.sourceOffsets.indices.map { Int32($0) })
    }
}
