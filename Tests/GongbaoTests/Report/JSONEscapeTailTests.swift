import Testing
@testable import Gongbao

/// `RawWriter.jsonString` copies eight bytes at a time and ends a string with one overlapping store: the same bytes
/// as `ReportBytes.appendJSONString` (the byte-at-a-time writer) on every length and mix.
@Suite("JSON string escaping, eight bytes at a time")
struct JSONEscapeTailTests {
    @Test("random strings of every length: quotes, backslashes, controls, U+2028/2029, CJK")
    func agrees() {
        var mix = Mix(state: 0x5EED_0000_1234_ABCD)
        func next(_ n: Int) -> Int { mix.next(n) }
        let pool = ["人", "才", "资源", "a", "7.8", "\"", "\\", "\n", "\t", "\u{01}", "\u{2028}", "\u{2029}", "—", "“", "é", " "]
        for round in 0..<3000 {
            var s = ""
            let length = round % 40
            for _ in 0..<length { s += round % 5 == 0 ? pool[next(4)] : pool[next(pool.count)] }
            var reference = ReportBytes()
            reference.appendJSONString(s)
            let bytes = [UInt8](unsafeUninitializedCapacity: 6 * s.utf8.count + 16) { buf, count in
                var w = RawWriter(base: buf.baseAddress!)
                w.jsonString(s)
                count = w.n
            }
            #expect(bytes == reference.bytes, "\(s)")
        }
    }
}

/// `RawWriter.escaped` takes sixteen bytes per step and ends with the sixteen ending the string: one byte that needs
/// escaping at every place of a clean string (in a block, in the overlapping tail, in the eight-byte words after a
/// stopped block) gives the bytes `ReportBytes.appendJSONString` gives.
@Suite("JSON string escaping, sixteen bytes at a time")
struct JSONEscapeBlockTests {
    @Test("clean strings of 8 to 60 bytes, and each with one escaped scalar at every place")
    func agrees() {
        let clean = ["人", "a", "才", "7", "é"]
        let dirty = ["\"", "\\", "\n", "\u{1F}", "\u{2028}", "—"]
        var mix = Mix(state: 0x5EED_0000_0016_0001)
        let check = JSONEscapeShortTests.writesAsReference
        for _ in 0..<300 {
            var pieces: [String] = []
            while pieces.joined().utf8.count < 8 + mix.next(53) { pieces.append(clean[mix.next(clean.count)]) }
            check(pieces.joined())
            for k in 0...pieces.count {
                var withDirty = pieces
                withDirty.insert(dirty[mix.next(dirty.count)], at: k)
                check(withDirty.joined())
            }
        }
    }
}

/// `RawWriter.shortCopied`: strings of fewer than eight bytes (units, scopes, short subjects) are tested in one word
/// and copied with two stores — the same bytes as `ReportBytes.appendJSONString` for every short mix, and the bytes
/// after the string untouched.
@Suite("JSON string escaping, short strings")
struct JSONEscapeShortTests {
    @Test("every string of up to seven bytes from a pool of clean and escaped scalars")
    func agrees() {
        var mix = Mix(state: 0x5EED_0000_0007_0001)
        let pool = ["人", "%", "a", "7", "年", "\"", "\\", "\n", "\u{1F}", "\u{7F}", "\u{2028}", "—", "é", " ", "A", "\u{0}"]
        var strings: [String] = [""]
        for _ in 0..<20_000 {
            var s = ""
            let pieces = 1 + mix.next(7)
            for _ in 0..<pieces {
                let piece = pool[mix.next(pool.count)]
                if s.utf8.count + piece.utf8.count <= 7 { s += piece }
            }
            strings.append(s)
        }
        for s in strings { Self.writesAsReference(s) }
    }

    /// `RawWriter.jsonString(s)` writes the bytes `ReportBytes.appendJSONString(s)` does, and nothing past the
    /// string's closing quote (the buffer after it keeps its filler).
    static func writesAsReference(_ s: String) {
        var reference = ReportBytes()
        reference.appendJSONString(s)
        let bytes = [UInt8](unsafeUninitializedCapacity: 6 * s.utf8.count + 32) { buf, count in
            buf.initialize(repeating: 0xEE)
            var w = RawWriter(base: buf.baseAddress!)
            w.jsonString(s)
            count = w.n
            #expect(buf[w.n...].allSatisfy { $0 == 0xEE }, "\(s)")
        }
        #expect(bytes == reference.bytes, "\(s)")
    }
}

/// `RawWriter.int` writes small numbers (lines, columns) without counting digits: the same text as `String(v)`.
@Suite("RawWriter integers")
struct RawWriterIntTests {
    @Test("0…12 000, powers of ten and their neighbours, negatives, Int.min and Int.max")
    func agrees() {
        var values = Array(-20...12_000)
        var p = 1
        while p < Int.max / 10 { values += [p - 1, p, p + 1, -p]; p *= 10 }
        values += [Int.min, Int.max, Int.min + 1]
        for v in values {
            let bytes = [UInt8](unsafeUninitializedCapacity: 32) { buf, count in
                var w = RawWriter(base: buf.baseAddress!)
                w.int(v)
                count = w.n
            }
            #expect(String(decoding: bytes, as: UTF8.self) == String(v))
        }
    }
}
