/// Finds where each HTML text node came from in the decoded source, so 7.8万人 in a page maps to its
/// line and column in the raw file.
///
/// libxml2 gives node line numbers only. The anchor walks the source with a cursor in document order,
/// reading "text characters" the way the parser did: tags, comments and script/style bodies are
/// skipped, entities decoded (&nbsp; &amp; &#x4e00; &#19968;); the HTML parser keeps CR bytes, so do we. A text node matches at
/// the first place after the cursor where its characters follow one another. `&#19968;` maps to its `&`.
struct SourceAnchor {
    let source: [UInt8]
    /// Looks up a named entity (without `&` and `;`), as the parser would; nil if unknown.
    let entity: ([UInt8]) -> UInt32?
    private(set) var cursor = 0
    /// Text nodes that could not be found (their bytes map to the cursor); tests expect none on real pages.
    private(set) var misses = 0
    /// How far past the cursor a text node is looked for.
    static let window = 1 << 20
    /// Characters the search may visit in all (a few passes over the page); once spent, a text node is
    /// looked for only just after the cursor, so a page libxml2 rewrote beyond recognition stays linear.
    private var budget: Int

    init(source: [UInt8], entity: @escaping ([UInt8]) -> UInt32?) {
        self.source = source
        self.entity = entity
        self.budget = 4 * source.count + (1 << 16)
    }

    /// Moves the cursor to `offset` (text found literally there by the caller); never backwards.
    mutating func advance(to offset: Int) {
        if offset > cursor { cursor = offset }
    }

    struct Char {
        var scalar: UInt32
        var start: Int
        var next: Int
    }

    /// Maps the UTF-8 text `t` (one text node): for each byte, the source offset of its character's
    /// byte (entities: the `&`) and the offset just after that character.
    mutating func anchor(_ t: UnsafeBufferPointer<UInt8>, starts: inout [Int32], ends: inout [Int32]) {
        let base = starts.count
        let n = t.count
        // Scalars of t with their byte positions.
        var scalars: [(value: UInt32, at: Int, length: Int)] = []
        scalars.reserveCapacity(n)
        var i = 0
        while i < n {
            let (v, len) = SourceAnchor.decode(t, i)
            scalars.append((v, i, len))
            i += len
        }
        guard let first = scalars.firstIndex(where: { !SourceAnchor.isSpace($0.value) }) else {
            let c = Int32(cursor)
            starts.append(contentsOf: repeatElement(c, count: n))
            ends.append(contentsOf: repeatElement(c, count: n))
            return
        }
        var matched: [Char] = []
        matched.reserveCapacity(scalars.count - first)
        var p = cursor
        let limit = min(source.count, cursor + (budget > 0 ? SourceAnchor.window : 4096))
        search: while p < limit, let c = nextChar(from: p) {
            budget -= 1
            if c.scalar == scalars[first].value {
                matched.removeAll(keepingCapacity: true)
                matched.append(c)
                var q = c.next
                var k = first + 1
                while k < scalars.count {
                    guard let d = nextChar(from: q), d.scalar == scalars[k].value else { break }
                    matched.append(d)
                    q = d.next
                    k += 1
                }
                if k == scalars.count { break search }
                matched.removeAll(keepingCapacity: true)
            }
            p = c.next
        }
        starts.reserveCapacity(base + n)
        ends.reserveCapacity(base + n)
        guard !matched.isEmpty else {
            misses += 1
            let c = Int32(cursor)
            starts.append(contentsOf: repeatElement(c, count: n))
            ends.append(contentsOf: repeatElement(c, count: n))
            return
        }
        let lead = matched[0]
        for s in scalars[..<first] {
            for _ in 0..<s.length {
                starts.append(Int32(lead.start))
                ends.append(Int32(lead.start))
            }
        }
        for (k, c) in matched.enumerated() {
            let s = scalars[first + k]
            // A literal character maps byte for byte; an entity maps every byte to its `&`.
            let literal = c.next - c.start == s.length
            for b in 0..<s.length {
                starts.append(Int32(literal ? c.start + b : c.start))
                ends.append(Int32(c.next))
            }
        }
        cursor = matched[matched.count - 1].next
    }

    // MARK: - Reading the source

    /// The next text character at or after `q`, skipping markup.
    func nextChar(from q: Int) -> Char? {
        var q = q
        let n = source.count
        while q < n {
            let b = source[q]
            if b == 0x3C {  // <
                if let after = markupEnd(q) { q = after; continue }
                return Char(scalar: 0x3C, start: q, next: q + 1)
            }
            if b == 0x26, let (v, end) = entityAt(q) {  // &
                if v == 0 { q = end; continue }  // an invalid character reference: the parser emits nothing
                return Char(scalar: v, start: q, next: end)
            }
            let (v, len) = source.withUnsafeBufferPointer { SourceAnchor.decode($0, q) }
            return Char(scalar: v, start: q, next: q + len)
        }
        return nil
    }

    /// If a tag, comment or declaration starts at `q` (a `<`), the offset after it.
    private func markupEnd(_ q: Int) -> Int? {
        let n = source.count
        guard q + 1 < n else { return nil }
        let c = source[q + 1]
        if c == 0x21 {  // <!
            if q + 3 < n, source[q + 2] == 0x2D, source[q + 3] == 0x2D {
                var i = q + 4
                while i + 2 < n {
                    if source[i] == 0x2D, source[i + 1] == 0x2D, source[i + 2] == 0x3E { return i + 3 }
                    i += 1
                }
                return n
            }
            // Only <!DOCTYPE …> is markup; libxml2 keeps "<![if !supportLists]>" and "<!x>" as text.
            return matchesLower(at: q + 2, SourceAnchor.doctype) ? tagEnd(q + 2) : nil
        }
        if c == 0x3F { return tagEnd(q + 2) }  // <?
        if c == 0x2F {  // </ (without a name the parser drops the two bytes and reads on)
            guard q + 2 < n, SourceAnchor.isLetter(source[q + 2]) || source[q + 2] == 0x5F else { return q + 2 }
            return tagEnd(q + 2)
        }
        guard SourceAnchor.isLetter(c) else { return nil }
        var i = q + 1
        while i < n, SourceAnchor.isLetter(source[i]) || (source[i] >= 0x30 && source[i] <= 0x39) { i += 1 }
        let after = tagEnd(i)
        for raw in ["script", "style"] where i - q - 1 == raw.utf8.count && matchesLower(at: q + 1, Array(raw.utf8)) {
            // The body is not text the cursor may match: jump to the closing tag.
            let close = Array(("</" + raw).utf8)
            var j = after
            while j + close.count <= n {
                if source[j] == 0x3C, matchesLower(at: j, close) { return tagEnd(j + close.count) }
                j += 1
            }
            return n
        }
        return after
    }

    /// The offset after the `>` that closes a tag, honouring quoted attribute values.
    func tagEnd(_ from: Int) -> Int {
        // Called for every tag of the page (CodeBodies, the anchor): read through a raw pointer.
        source.withUnsafeBufferPointer { source in
            let n = source.count
            var i = from
            while i < n {
                let b = source[i]
                if b == 0x3E { return i + 1 }
                if b == 0x22 || b == 0x27, SourceAnchor.quoteOpensValue(source, i, from: from) {
                    // Only a value quote (after `=`) that closes within reach counts, as in libxml2: a stray
                    // quote (`content="a name="viewport" />`) must not eat the page.
                    var j = i + 1
                    let stop = min(n, i + 2048)
                    while j < stop, source[j] != b { j += 1 }
                    if j < stop { i = j + 1; continue }
                }
                i += 1
            }
            return n
        }
    }

    /// True when the quote at `i` follows `=` (spaces allowed between), i.e. opens an attribute value.
    private static func quoteOpensValue(_ source: UnsafeBufferPointer<UInt8>, _ i: Int, from: Int) -> Bool {
        var k = i - 1
        while k >= from, source[k] == 0x20 || source[k] == 0x09 || source[k] == 0x0A || source[k] == 0x0D { k -= 1 }
        return k >= from && source[k] == 0x3D
    }

    func matchesLower(at i: Int, _ lower: [UInt8]) -> Bool {
        guard i + lower.count <= source.count else { return false }
        for (k, c) in lower.enumerated() {
            let b = source[i + k]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != c { return false }
        }
        return true
    }

    /// A character reference or known named entity at `q`, with its end; nil if the `&` is literal.
    private func entityAt(_ q: Int) -> (UInt32, Int)? {
        let n = source.count
        var i = q + 1
        guard i < n else { return nil }
        if source[i] == 0x23 {  // #
            i += 1
            var hex = false
            if i < n, source[i] | 0x20 == 0x78 { hex = true; i += 1 }
            var v: UInt32 = 0
            while i < n {
                let b = source[i]
                if b >= 0x30 && b <= 0x39 { v = v &* (hex ? 16 : 10) &+ UInt32(b - 0x30) }
                else if hex, b | 0x20 >= 0x61, b | 0x20 <= 0x66 { v = v &* 16 &+ UInt32(b | 0x20 - 0x61 + 10) }
                else { break }
                if v > 0x10FFFF { v = 0x110000 }  // saturate: only validity matters from here
                i += 1
            }
            if i < n, source[i] == 0x3B { i += 1 }
            // libxml2 emits nothing for &#0;, &#99999999;, a surrogate, or a bare "&#": value 0 says so.
            guard v > 0, v <= 0x10FFFF, !(0xD800...0xDFFF).contains(v) else { return (0, i) }
            return (v, i)
        }
        let start = i
        while i < n, i - start < 32, SourceAnchor.isLetter(source[i]) || (source[i] >= 0x30 && source[i] <= 0x39) {
            i += 1
        }
        guard i > start, i < n, source[i] == 0x3B, let v = entity(Array(source[start..<i])) else { return nil }
        return (v, i + 1)
    }

    // MARK: - Bytes

    static let doctype = Array("doctype".utf8)

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0C || v == 0xA0 }

    /// The scalar at `i` of valid UTF-8 (ill-formed bytes read as themselves, one byte long).
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        let n = p.count
        if b0 < 0x80 { return (b0, 1) }
        if b0 >= 0xC0, b0 < 0xE0, i + 1 < n { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 >= 0xE0, b0 < 0xF0, i + 2 < n {
            return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        if b0 >= 0xF0, i + 3 < n {
            return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                | UInt32(p[i + 3] & 0x3F), 4)
        }
        return (b0, 1)
    }
}
