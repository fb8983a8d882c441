/// What `CodeBodies` asks of a tag name, found with one hash lookup: whether it is one of libxml2's empty elements
/// (`isVoid`), a start tag read in the head without closing it (`isQuietAfter` in the head), a start tag that closes
/// an open element in the body (`isQuietAfter` in the body), and its index in `CodeBodies.phantomNames`.
///
/// The pre-pass asks these of nearly every tag of a page (136,000 tags in 560 portal pages), and each question
/// compared the name with every word of its list in turn (43 of them for a closer, 18 for a void element): some 200
/// instructions per tag and question. A name is read once here instead: its bytes, ASCII case ignored the way those
/// compares ignored it (`b | 0x20`), packed into one word, looked up in a small open-addressing table built from the
/// same lists. Names of nine bytes and more are none of these but blockquote, tested apart.
struct TagNameClass: Equatable {
    /// Bits of `flags`.
    static let void: UInt8 = 1, headName: UInt8 = 2, startCloser: UInt8 = 4

    var flags: UInt8 = 0
    /// The index in `CodeBodies.phantomNames`, or -1.
    var phantom: Int8 = -1

    var isVoid: Bool { flags & TagNameClass.void != 0 }
    var isHeadName: Bool { flags & TagNameClass.headName != 0 }
    var isStartCloser: Bool { flags & TagNameClass.startCloser != 0 }

    /// The class of the tag name `p[from..<to]` (any bytes; case ignored as `b | 0x20`).
    @inline(__always)
    static func of(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> TagNameClass {
        let length = to - from
        guard length >= 1 else { return TagNameClass() }
        guard length <= 8 else {
            // blockquote: the one listed name longer than a word.
            guard length == 10 else { return TagNameClass() }
            for k in 0..<10 where p[from + k] | 0x20 != blockquote[k] { return TagNameClass() }
            return TagNameClass(flags: startCloser)
        }
        var key: UInt64 = 0
        for k in 0..<length { key |= UInt64(p[from + k] | 0x20) << UInt64(8 * k) }
        return table.lookup(key)
    }

    /// The word of a name's bytes (each `| 0x20`, first byte lowest; no byte is zero, so the length is implied).
    static func key(_ name: [UInt8]) -> UInt64 {
        var key: UInt64 = 0
        for (k, b) in name.enumerated() { key |= UInt64(b | 0x20) << UInt64(8 * k) }
        return key
    }

    private static let blockquote = Array("blockquote".utf8)

    /// The names, as the lists in `CodeBodies` held them.
    static let voidNames = ["area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex",
                            "link", "meta", "param", "wbr", "keygen", "source", "track"]
    static let headNames = ["meta", "link", "script", "style", "title", "base"]
    static let startClosers = [
        "a", "address", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "dir", "div", "dl", "dt",
        "fieldset", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "li", "listing", "menu",
        "noscript", "ol", "optgroup", "option", "p", "pre", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
        "ul", "xmp"]

    /// Open addressing, 128 slots for some 70 names: a probe or two per lookup.
    struct Table {
        var keys = [UInt64](repeating: 0, count: 128)
        var classes = [TagNameClass](repeating: TagNameClass(), count: 128)

        @inline(__always)
        static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57) }

        mutating func insert(_ key: UInt64, _ update: (inout TagNameClass) -> Void) {
            var s = Table.slot(key)
            while keys[s] != 0, keys[s] != key { s = (s + 1) & 127 }
            keys[s] = key
            update(&classes[s])
        }

        @inline(__always)
        func lookup(_ key: UInt64) -> TagNameClass {
            keys.withUnsafeBufferPointer { k in
                var s = Table.slot(key)
                while true {
                    let found = k[s]
                    if found == key { return classes[s] }
                    if found == 0 { return TagNameClass() }
                    s = (s &+ 1) & 127
                }
            }
        }
    }

    static let table: Table = {
        var t = Table()
        func add(_ names: [String], _ flag: UInt8) {
            for name in names where name.utf8.count <= 8 { t.insert(key(Array(name.utf8))) { $0.flags |= flag } }
        }
        add(voidNames, void)
        add(headNames, headName)
        add(startClosers, startCloser)
        for (k, name) in CodeBodies.phantomNames.enumerated() { t.insert(key(name)) { $0.phantom = Int8(k) } }
        return t
    }()
}
