import Foundation

/// A String as a dictionary key that hashes and compares its UTF-8 bytes when they are inert
/// (`LiteralSearch.isInert`: ASCII, CJK, full-width forms — nothing canonical equivalence touches), and as
/// a String otherwise: the same keys are equal as with String keys, without an NFC check per character.
///
/// Why: the validator keys its memos and groups by subjects and sentences (人才资源总量, whole sentences of
/// a budget report); String hashing looks up normalization data for every CJK character of them.
/// Consistent with String: an inert text is its own NFC form, so it feeds the hasher the bytes String's
/// own hash would (its UTF-8 and a 0xFF terminator), and an equal text in another form hashes the same.
struct TextKey: Hashable, Sendable {
    let text: String
    /// Its UTF-8 is inert: compared and hashed as bytes.
    private let inert: Bool

    init(_ text: String) {
        var t = text
        inert = t.withUTF8 { LiteralSearch.isInert($0) }
        self.text = t
    }

    func hash(into hasher: inout Hasher) {
        guard inert else { text.hash(into: &hasher); return }
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }

    /// Equal byte runs, compared with memcmp.
    static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        guard x.count > 0, let px = x.baseAddress, let py = y.baseAddress else { return true }
        return memcmp(px, py, x.count) == 0
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        if a.inert && b.inert {
            var x = a.text, y = b.text
            return x.withUTF8 { xb in y.withUTF8 { yb in TextKey.sameBytes(xb, yb) } }
        }
        return a.text == b.text
    }
}

/// A String as a key compared and hashed by its exact UTF-8 bytes (a cache shared across documents must not
/// take one spelling's answer for another's).
struct ExactKey: Hashable, Sendable {
    let text: String

    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ExactKey, b: ExactKey) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { xb in y.withUTF8 { yb in TextKey.sameBytes(xb, yb) } }
    }
}
