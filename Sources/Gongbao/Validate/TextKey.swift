import Foundation

/// A String as a dictionary key that compares its UTF-8 bytes when they are inert (`LiteralSearch.isInert`: ASCII,
/// CJK, full-width forms — nothing canonical equivalence touches), and as a String otherwise: the same keys are equal
/// as with String keys, without an NFC check per character. Its hash is a 64-bit digest of its NFC form's UTF-8,
/// worked out once when the key is made.
///
/// Why: the validator keys its memos and groups by subjects and sentences (人才资源总量, whole sentences of a budget
/// report); String hashing looks up normalization data for every CJK character of them, and SipHash over the bytes
/// of a long sentence again at every lookup was a twentieth of `check`. Consistent with ==: an inert text is its own
/// NFC form, and any other key is digested from its NFC form (Foundation's), so canonically equal keys digest alike.
struct TextKey: Hashable, Sendable {
    let text: String
    /// Its UTF-8 is inert: compared as bytes.
    private let inert: Bool
    /// `TextKey.digest` of its NFC form's UTF-8.
    private let digest: UInt64

    init(_ text: String) {
        var t = text
        var inert = false
        let own: UInt64 = t.withUTF8 { b in
            inert = LiteralSearch.isInert(b)
            return inert ? TextKey.digest(b) : 0
        }
        self.inert = inert
        self.text = t
        if inert {
            digest = own
        } else {
            var nfc = text.precomposedStringWithCanonicalMapping
            digest = nfc.withUTF8 { TextKey.digest($0) }
        }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// A 64-bit digest of bytes, eight at a time (a multiply and a rotate per word, the length mixed in last): the
    /// Hasher it is given scrambles it with its seed.
    static func digest(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = b.baseAddress else { return 0x9E37_79B9_7F4A_7C15 }
        let n = b.count
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        var i = 0
        while i &+ 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            h = ((h ^ w) &* 0x9E37_79B9_7F4A_7C15)
            h = (h << 27) | (h >> 37)
            i &+= 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n { tail |= UInt64(base[i]) << shift; shift &+= 8; i &+= 1 }
        h = ((h ^ tail) &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(n)
        return h ^ (h >> 32)
    }

    /// Equal byte runs, compared with memcmp.
    static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        guard x.count > 0, let px = x.baseAddress, let py = y.baseAddress else { return true }
        return memcmp(px, py, x.count) == 0
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        if a.digest != b.digest { return false }
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
