/// The charset an HTML page names for itself, read from its first bytes without decoding them.
///
/// Only a hint: pages re-saved by scrapers keep `<meta charset="gb2312">` over UTF-8 bytes, so decoding
/// trusts the bytes and merely records the declaration ("UTF-8 (declared gb2312)").
public enum CharsetDeclaration {
    /// How far into the page to look; the HTML spec's prescan also stops at 1024 bytes, we allow more
    /// because portal pages put long comments and scripts before their `<meta>`.
    public static let prescanBytes = 4096

    /// The lowercased charset of the first `charset=` (meta tag or http-equiv content) or XML
    /// `encoding=` in the page head, e.g. "gb2312"; nil when none is named.
    public static func declared(in bytes: [UInt8]) -> String? {
        let n = min(bytes.count, prescanBytes)
        return bytes.withUnsafeBufferPointer { buf -> String? in
            for key in ["charset", "encoding"] {
                let k = Array(key.utf8)
                var i = 0
                while i + k.count < n {
                    if matches(buf, i, k) {
                        if let name = value(buf, after: i + k.count, limit: n) { return name }
                    }
                    i += 1
                }
            }
            return nil
        }
    }

    /// Case-insensitive ASCII comparison of `key` at `i`.
    private static func matches(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ key: [UInt8]) -> Bool {
        for (j, c) in key.enumerated() where buf[i + j] | 0x20 != c { return false }
        return true
    }

    /// The name after `= "…"`, allowing spaces and quotes; nil if no `=` follows.
    private static func value(_ buf: UnsafeBufferPointer<UInt8>, after start: Int, limit: Int) -> String? {
        var i = start
        while i < limit, buf[i] == 0x20 || buf[i] == 0x09 { i += 1 }
        guard i < limit, buf[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        while i < limit, buf[i] == 0x20 || buf[i] == 0x09 || buf[i] == 0x22 || buf[i] == 0x27 { i += 1 }
        var name: [UInt8] = []
        while i < limit, name.count < 40 {
            let c = buf[i]
            let isNameByte = (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
                || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
                || c == UInt8(ascii: ":")
            guard isNameByte else { break }
            name.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            i += 1
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    /// True for names of the GB family (gb2312, gbk, gb18030, cp936, x-gbk …), all decoded as GB18030.
    public static func isGBFamily(_ name: String) -> Bool {
        // Declared names are ASCII (`declared(in:)` reads only name bytes): compared as bytes, without Foundation's
        // search; anything else as before.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let n = name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return n.starts(with: "gb".utf8) || contains(n, "gbk") || n.elementsEqual("cp936".utf8)
                || n.elementsEqual("windows-936".utf8) || n.elementsEqual("euc-cn".utf8) || contains(n, "18030")
                || contains(n, "2312")
        }
        let n = name.lowercased()
        return n.hasPrefix("gb") || n.contains("gbk") || n == "cp936" || n == "windows-936" || n == "euc-cn"
            || n.contains("18030") || n.contains("2312")
    }

    /// Whether the ASCII `word` occurs in `bytes`.
    private static func contains(_ bytes: [UInt8], _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes.count >= w.count else { return false }
        for i in 0...(bytes.count - w.count) where bytes[i..<(i + w.count)].elementsEqual(w) { return true }
        return false
    }

    /// True for "utf-8", "utf8".
    public static func isUTF8(_ name: String) -> Bool {
        let n = name.lowercased()
        return n == "utf-8" || n == "utf8"
    }
}
