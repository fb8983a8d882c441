import Foundation

/// The context words of a sentence (synonyms.yaml `context`: 预算, 完成, 上年, 义务教育 …) are written in simplified
/// script, and the validator reads sentences from the source as written. A document in traditional script is read
/// folded by the extractor (`TraditionalScript`) — its subjects come out simplified — but its sentences kept their
/// script, so no context word was ever found in them: 義務教育階段…專任教師 and 各級各類學校…專任教師 read as one
/// figure stated twice. Such a document's sentences and headings are folded the same way before their words are read.
enum TraditionalContext {
    /// The folding of the document's ideographs when its opening is in traditional script (the extractor's test,
    /// on the source's first scalars, read from its bytes); nil for a simplified document — answered within its
    /// first 128 ideographs, so every other document costs a few hundred byte reads.
    static func folding(of source: SourceText) -> [UInt32: UInt32]? {
        guard TraditionalScript.isTraditional(utf8: source.bytes) else { return nil }
        let map = TraditionalScript.foldings(of: String(decoding: source.bytes, as: UTF8.self).unicodeScalars.map(\.value))
        return map.isEmpty ? nil : map
    }

    /// `text` with each ideograph of `map` written in its simplified form.
    static func folded(_ text: String, _ map: [UInt32: UInt32]) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if let t = map[s.value], let u = Unicode.Scalar(t) { out.append(u) } else { out.append(s) }
        }
        return String(out)
    }
}
