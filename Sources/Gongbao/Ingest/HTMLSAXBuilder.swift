#if canImport(Glibc)
import Glibc
#endif

/// Builds an `HTMLTree` straight from libxml2's SAX events, anchoring text as it arrives.
///
/// libxml2's own tree is built from these same events (its recovery closes and opens elements by
/// calling endElement/startElement), so the shape is the same, without allocating a C tree and
/// copying it. Text usually arrives exactly as written in the source, ending where the parser's
/// input stands: then its offsets are read off directly (签约33个 at byte 120 maps to 120…). Only
/// text the parser rewrote (an entity, a dropped control character) goes through `SourceAnchor`.
/// HTMLText drives the parser and keeps this value in memory it allocates (callbacks reach it through a
/// pointer, so no per-access exclusivity bookkeeping as for a class); it holds no C state beyond the source.
struct HTMLSAXBuilder {
    var tree = HTMLTree()
    var anchor: SourceAnchor
    /// The text the parser reads (NULs replaced, code bodies cut), for checking that text is literal.
    let source: UnsafeBufferPointer<UInt8>
    /// The page before the cuts (NULs replaced): where a text whose inside was cut is read whole.
    let original: UnsafeBufferPointer<UInt8>
    /// Open elements: index in the tree, inside `<a>`, inside a raw-text element (script, style …), and whether it is
    /// `<script>` or `<style>` itself (its body is code, never content, and not kept). One array: pushed and popped once
    /// per element.
    private var open: [(index: Int32, inLink: Bool, raw: Bool, code: Bool)] = [(0, false, false, false)]
    /// The text node the next characters extend (libxml2 merges adjacent text the same way).
    private var lastText: Int32 = -1
    /// A `<!DOCTYPE>` came first: libxml2's first document child is then the DTD, not an element.
    var sawDoctype = false
    private var names: [UnsafeRawPointer: (HTMLTree.Tag, TagFlags)] = [:]
    private static let recentSlots = 64
    private var recent = [(name: UnsafeRawPointer?, tag: HTMLTree.Tag, flags: TagFlags)](
        repeating: (nil, .text, []), count: HTMLSAXBuilder.recentSlots)
    /// Room for one text piece's offsets before they are appended to the tree (see `appendLiteral`).
    private var scratchStarts: [Int32] = []
    private var scratchEnds: [Int32] = []

    /// The script and style bodies cut from `source` (which is the shortened page then).
    let code: CodeBodies
    /// Where the last text piece fell among the cuts (`CodeBodies.sourceOffset(_:hint:)`).
    private var codeHint = 0
    /// The next element cut whole before parsing (`CodeBodies.Phantom`) to put back, and the shorter text's offset
    /// it waits for (Int.max when none is left).
    private var nextPhantom = 0
    private(set) var nextPhantomAt = Int.max

    init(source: UnsafeBufferPointer<UInt8>, original: UnsafeBufferPointer<UInt8>, anchor: SourceAnchor,
         code: CodeBodies = CodeBodies()) {
        self.source = source
        self.original = original
        self.anchor = anchor
        self.code = code
        // A synthetic root: content after a stray </html> becomes a second top-level element.
        tree.append(HTMLTree.Node(tag: .document, parent: -1))
        // Text is never longer than its source (an entity is longer than its character), so these never
        // grow; untouched capacity costs no memory until written.
        // At most an element and a text node per `<` (CodeBodies counts them), plus the few elements libxml2 implies:
        // sized once, where growing an array of 52-byte nodes copied it one to three times per page (22M Ir on the
        // 560 HTML copies). Without a count (a tree built in tests), one node per 24 bytes of markup.
        tree.nodes.reserveCapacity(max(source.count / 24, 2 * code.markup) + 64)
        tree.text.reserveCapacity(original.count + 16)
        tree.pieces.reserveCapacity(max(source.count / 64, code.markup) + 16)
        tree.reserveTagNames(64)
        names.reserveCapacity(64)
        nextPhantomAt = code.phantoms.first?.at ?? Int.max
    }

    /// Puts back the elements cut whole before parsing whose cut the parser has passed: called with its position before
    /// each event. An event of the parser standing beyond a cut comes from what followed the element, so the element
    /// (and the blanks before it, a text node as libxml2 would have made it) goes first, under the element open then.
    @inline(__always)
    mutating func placePhantoms(before position: Int) {
        if position > nextPhantomAt { placePhantomsNow(before: position) }
    }

    private mutating func placePhantomsNow(before position: Int) {
        let phantoms = code.phantoms
        while nextPhantom < phantoms.count, phantoms[nextPhantom].at < position {
            let phantom = phantoms[nextPhantom]
            nextPhantom += 1
            if !phantom.blank.isEmpty { placeBlank(phantom.blank) }
            if phantom.name < 0 { continue }  // blanks alone
            startElement(CodeBodies.phantomNamePointers[phantom.name], nil)
            endElement()
        }
        nextPhantomAt = nextPhantom < phantoms.count ? phantoms[nextPhantom].at : Int.max
    }

    /// The blanks before an element cut whole, as `characters` would have taken them from the parser: the run is
    /// literal in the source (placed there when it lies past the anchor's cursor, searched for otherwise).
    private mutating func placeBlank(_ range: Range<Int>) {
        guard open.count > 1 else { return }
        let parent = open[open.count - 1]
        if parent.code { return }
        let start = tree.text.count
        let text = UnsafeBufferPointer(rebasing: original[range])
        tree.text.append(contentsOf: text)
        if parent.raw {
            let c = Int32(anchor.cursor)
            tree.addPiece(from: start, starts: repeatElement(c, count: text.count), ends: repeatElement(c, count: text.count))
        } else if range.lowerBound >= anchor.cursor {
            tree.addLiteralPiece(from: start, at: range.lowerBound)
            anchor.advance(to: range.upperBound)
            tree.literalTexts += 1
        } else {
            tree.addPiece(from: start, starts: EmptyCollection(), ends: EmptyCollection())
            anchor.anchor(text, starts: &tree.byteStarts, ends: &tree.byteEnds)
            tree.searchedTexts += 1
        }
        endText(start: start, parent: parent)
    }

    mutating func startElement(_ name: UnsafePointer<UInt8>?, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        let tag: HTMLTree.Tag
        let flags: TagFlags
        // Names are interned in the parser's dictionary: one lookup per distinct pointer, and most
        // elements hit a small direct-mapped table on the pointer before any hashing.
        let slot = name.map { Int(truncatingIfNeeded: UInt(bitPattern: $0) >> 3) & (HTMLSAXBuilder.recentSlots - 1) } ?? 0
        if let name, recent[slot].name == UnsafeRawPointer(name) {
            (tag, flags) = (recent[slot].tag, recent[slot].flags)
        } else if let name, let known = names[UnsafeRawPointer(name)] {
            (tag, flags) = known
            recent[slot] = (UnsafeRawPointer(name), tag, flags)
        } else if let name, let plain = HTMLSAXBuilder.plainName(name) {
            // libxml2 lowercases HTML names itself: most arrive as lowercase ASCII without a prefix.
            (tag, flags) = tree.intern(plain)
            names[UnsafeRawPointer(name)] = (tag, flags)
        } else {
            // o:p is p and wb:share-button is share-button, as in libxml2's tree (the prefix is split off).
            let qualified = name.map { String(cString: $0).lowercased() } ?? ""
            if let colon = qualified.firstIndex(of: ":"), qualified.index(after: colon) < qualified.endIndex {
                (tag, flags) = tree.intern(String(qualified[qualified.index(after: colon)...]))
            } else {
                (tag, flags) = tree.intern(qualified)
            }
            if let name { names[UnsafeRawPointer(name)] = (tag, flags) }
        }
        var parent = open[open.count - 1]
        // An element after the top one was closed (content after a stray </html>) goes under the
        // document's first element, as libxml2's tree builder puts it (beside it after a <!DOCTYPE>).
        if open.count == 1, !sawDoctype, tree.nodes[0].firstChild >= 0 { parent = (tree.nodes[0].firstChild, false, false, false) }
        var element = HTMLTree.Node(tag: tag, parent: parent.index)
        element.flags = flags
        element.inLink = parent.inLink
        if let attributes {
            HTMLSAXBuilder.readAttributes(attributes, into: &element, classIDs: &tree.classIDs, styles: &tree.styles)
        }
        let index = tree.append(element)
        let raw = parent.raw || tag.isRawText
        open.append((index, parent.inLink || tag == .a, raw, tag.isCode))
        lastText = -1
    }

    /// The name as a String when it is ASCII with no uppercase letter and no `:` (then lowercasing it and splitting
    /// off a prefix change nothing); nil otherwise. `div` gives "div", `o:p` and `DIV` nil.
    static func plainName(_ name: UnsafePointer<UInt8>) -> String? {
        var k = 0
        while true {
            let b = name[k]
            if b == 0 { break }
            if b >= 0x80 || b == 0x3A || (b >= 0x41 && b <= 0x5A) { return nil }
            k += 1
        }
        return String(decoding: UnsafeBufferPointer(start: name, count: k), as: UTF8.self)
    }

    mutating func endElement() {
        if open.count > 1 { open.removeLast() }
        lastText = -1
    }

    /// Something that is not text (a comment, a processing instruction) ends the current text node.
    mutating func breakText() { lastText = -1 }

    /// Text at the parser's position `position` (its input offset when the callback ran).
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>, position: Int, raw rawBlock: Bool) {
        guard bytes.count > 0, open.count > 1 else { return }  // libxml2 drops text outside any element
        let parent = open[open.count - 1]
        if parent.code { return }  // script and style bodies: often most of a portal page's bytes
        let start = tree.text.count
        if parent.raw || rawBlock {
            // Script and style bodies are skipped by the anchor's reader, never matched.
            tree.text.append(contentsOf: bytes)
            let c = Int32(anchor.cursor)
            tree.addPiece(from: start, starts: repeatElement(c, count: bytes.count), ends: repeatElement(c, count: bytes.count))
        } else if let whole = literalRange(bytes, position: position) {
            // Text spans no code body (one lies between two texts), so one offset places it all; when the inside of the
            // text was cut before parsing (`CodeBodies.cutText`), the whole text is read from the source.
            let cut = whole.count != bytes.count
            let text = cut ? UnsafeBufferPointer(rebasing: original[whole]) : bytes
            tree.text.append(contentsOf: text)
            if whole.lowerBound >= anchor.cursor {
                // A cut text was checked whole before parsing (`CodeBodies.isLiteralText`): well-formed.
                if cut || HTMLSAXBuilder.isWellFormed(text) {
                    tree.addLiteralPiece(from: start, at: whole.lowerBound)
                } else {
                    appendLiteral(text, at: whole.lowerBound, start: start)
                }
                anchor.advance(to: whole.upperBound)
                tree.literalTexts += 1
            } else {
                tree.addPiece(from: start, starts: EmptyCollection(), ends: EmptyCollection())
                anchor.anchor(text, starts: &tree.byteStarts, ends: &tree.byteEnds)
                tree.searchedTexts += 1
            }
        } else {
            tree.text.append(contentsOf: bytes)
            tree.addPiece(from: start, starts: EmptyCollection(), ends: EmptyCollection())
            anchor.anchor(bytes, starts: &tree.byteStarts, ends: &tree.byteEnds)
            tree.searchedTexts += 1
        }
        endText(start: start, parent: parent)
    }

    /// The text just appended from `start` on extends the current text node, or makes a new one under `parent`.
    @inline(__always)
    private mutating func endText(start: Int, parent: (index: Int32, inLink: Bool, raw: Bool, code: Bool)) {
        if lastText >= 0 {
            tree.nodes[Int(lastText)].textRange = tree.nodes[Int(lastText)].textRange.lowerBound..<tree.text.count
            return
        }
        var text = HTMLTree.Node(tag: .text, parent: parent.index)
        text.textRange = start..<tree.text.count
        text.inLink = parent.inLink
        lastText = tree.append(text)
    }

    /// The source range of the text if it is there literally, ending just before the parser's position (or one
    /// character further: a full buffer is handed over before the parser steps past its last character). Never
    /// before the anchor's cursor, so offsets stay in document order — except for a text whose inside was cut before
    /// parsing: its range is longer than the piece, and the caller searches for it if it lies before the cursor.
    private mutating func literalRange(_ t: UnsafeBufferPointer<UInt8>, position: Int) -> Range<Int>? {
        let n = t.count
        var last = n - 1
        while last > 0, t[last] & 0xC0 == 0x80 { last -= 1 }
        // Two candidates, tried in order without building an array per text piece.
        var end = position
        for _ in 0..<2 {
            if end <= source.count, end >= n, memcmp(source.baseAddress! + (end - n), t.baseAddress!, n) == 0 {
                let at = code.sourceOffset(end - n, hint: &codeHint)
                if code.hasTextCuts {
                    let stop = code.sourceOffset(end - 1, hint: &codeHint) + 1
                    if stop - at > n { return at..<stop }
                }
                if at >= anchor.cursor { return at..<(at + n) }
            }
            end = position + (n - last)
        }
        return nil
    }

    /// Offsets of literal text starting at `at`: each byte its own, each end after its character.
    /// Computed into reused scratch buffers (they stay in cache) and appended with one copy each:
    /// an Array cannot grow by n computed values any faster.
    private mutating func appendLiteral(_ t: UnsafeBufferPointer<UInt8>, at: Int, start: Int) {
        let n = t.count
        if scratchStarts.count < n {
            let size = max(n, 2 * scratchStarts.count, 4096)  // doubling: growing pieces cost linear time
            scratchStarts = [Int32](repeating: 0, count: size)
            scratchEnds = [Int32](repeating: 0, count: size)
        }
        scratchStarts.withUnsafeMutableBufferPointer { s in
            scratchEnds.withUnsafeMutableBufferPointer { e in
                var k = 0
                let at32 = Int32(at)
                let raw = UnsafeMutableRawPointer(e.baseAddress!)
                while k < n {
                    // Four 3-byte characters (a run of Chinese text) in three vector stores per array.
                    if k + 12 <= n, t[k] & 0xF0 == 0xE0, t[k + 3] & 0xF0 == 0xE0, t[k + 6] & 0xF0 == 0xE0,
                       t[k + 9] & 0xF0 == 0xE0 {
                        let base = SIMD4<Int32>(repeating: at32 &+ Int32(k))
                        let first = UnsafeMutableRawPointer(s.baseAddress! + k)
                        first.storeBytes(of: base &+ SIMD4(0, 1, 2, 3), as: SIMD4<Int32>.self)
                        first.storeBytes(of: base &+ SIMD4(4, 5, 6, 7), toByteOffset: 16, as: SIMD4<Int32>.self)
                        first.storeBytes(of: base &+ SIMD4(8, 9, 10, 11), toByteOffset: 32, as: SIMD4<Int32>.self)
                        raw.storeBytes(of: base &+ SIMD4(3, 3, 3, 6), toByteOffset: 4 * k, as: SIMD4<Int32>.self)
                        raw.storeBytes(of: base &+ SIMD4(6, 6, 9, 9), toByteOffset: 4 * k + 16, as: SIMD4<Int32>.self)
                        raw.storeBytes(of: base &+ SIMD4(9, 12, 12, 12), toByteOffset: 4 * k + 32, as: SIMD4<Int32>.self)
                        k += 12
                        continue
                    }
                    let b = t[k]
                    let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                    let stop = min(n, k + length)
                    let end = at32 + Int32(stop)
                    for j in k..<stop {
                        s[j] = at32 + Int32(j)
                        e[j] = end
                    }
                    k = stop
                }
            }
        }
        tree.addPiece(from: start, starts: scratchStarts[..<n], ends: scratchEnds[..<n])
    }

    /// True when every character of `t` is a lead byte followed by as many continuation bytes as it announces
    /// (no stray continuation byte, nothing cut at the end): then a literal piece needs no offsets per byte,
    /// each byte's character is found from the lead byte before it, as `appendLiteral` would have chunked it.
    static func isWellFormed(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        guard let p = t.baseAddress else { return true }
        let raw = UnsafeRawPointer(p)
        var k = 0
        while k < n {
            // Eight ASCII bytes at a time (markup-free English, digits), then one character at a time.
            if k + 8 <= n, raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                k += 8
                continue
            }
            let b = p[k]
            if b < 0x80 { k += 1; continue }
            if b & 0xF0 == 0xE0 {  // Chinese text: three bytes
                guard k + 3 <= n, p[k + 1] & 0xC0 == 0x80, p[k + 2] & 0xC0 == 0x80 else { return false }
                k += 3
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xC0 ? 2 : 0
            guard length > 0, k + length <= n else { return false }
            var j = 1
            while j < length {
                if p[k + j] & 0xC0 != 0x80 { return false }
                j += 1
            }
            k += length
        }
        return true
    }

    /// class, id, style, colspan and rowspan from the name/value pairs; the others are skipped.
    private static func readAttributes(_ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>,
                                       into element: inout HTMLTree.Node,
                                       classIDs: inout [UInt8], styles: inout [UInt8]) {
        var i = 0
        while let key = attributes[i] {
            defer { i += 2 }
            guard let value = attributes[i + 1] else { continue }
            let first = key[0] | 0x20  // most attributes (href, src, width …) are passed over on this byte
            guard first == 0x63 || first == 0x69 || first == 0x73 || first == 0x72 else { continue }
            let which: Int
            if matches(key, "class") || matches(key, "id") { which = 0 }
            else if matches(key, "style") { which = 1 }
            else if matches(key, "colspan") { which = 2 }
            else if matches(key, "rowspan") { which = 3 }
            else { continue }
            let bytes = UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self)))
            store(which, bytes, into: &element, classIDs: &classIDs, styles: &styles)
        }
    }

    /// Keeps one wanted attribute (0: class or id, 1: style, 2: colspan, 3: rowspan) on the element: class and id
    /// lowercased into the tree's shared buffer, a style only when it hides (display:none, visibility:hidden) and
    /// then without spaces, spans as numbers. Both the SAX and the libxml2-tree builders store through here.
    static func store(_ which: Int, _ bytes: UnsafeBufferPointer<UInt8>, into element: inout HTMLTree.Node,
                      classIDs: inout [UInt8], styles: inout [UInt8]) {
        // Only a hiding style matters; long inline styles are not copied.
        if which == 1, !mayHide(bytes) { return }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        switch which {
        case 0:
            // An element's attributes are read together, so its class and id stay one run at the end.
            let mark = classIDs.count
            if !element.classID.isEmpty { classIDs.append(0x20) }
            // One copy, then lowercased in place (appending byte by byte checks capacity each time).
            let from = classIDs.count
            classIDs.append(contentsOf: bytes)
            let names = classIDs.withUnsafeMutableBufferPointer { c in
                for k in from..<c.count { c[k] = lower(c[k]) }
                return MainContent.classNames(UnsafeBufferPointer(rebasing: c[from...]))
            }
            // A value that names nothing MainContent looks for is not kept (CodeBodies cuts it before parsing).
            guard !names.isEmpty else {
                classIDs.removeSubrange(mark...)
                return
            }
            element.classNames.formUnion(names)
            element.classID = (element.classID.isEmpty ? Int32(from) : element.classID.lowerBound)..<Int32(classIDs.count)
        case 1:
            let start = Int32(styles.count)
            for b in bytes where b != 0x20 { styles.append(lower(b)) }
            element.style = start..<Int32(styles.count)
        case 2: element.columnSpan = span(bytes)
        default: element.rowSpan = span(bytes)
        }
    }

    /// Whether a class or id value (any case) names something MainContent looks for: a chrome fragment (nav, footer …)
    /// or "title". `main_con TRS_Editor` names nothing; `bdsharebuttonbox` names share.
    static func namesSomething(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2, bytes.count <= 256 else { return bytes.count > 256 }
        var lowered = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                       UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                       UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                       UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &lowered) { raw in
            let out = raw.bindMemory(to: UInt8.self)
            for k in 0..<bytes.count {
                let b = bytes[k]
                out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            }
            return MainContent.namesSomething(UnsafeBufferPointer(rebasing: out[..<bytes.count]))
        }
    }

    /// Whether a style value can hide its element: it names none or hidden (ASCII case ignored). The same test
    /// decides which styles `CodeBodies` cuts before parsing.
    static func mayHide(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // One pass: only an n or an h can start either word.
        let n = bytes.count
        var i = 0
        while i + 4 <= n {
            let b = bytes[i] | 0x20
            if b == 0x6E, bytes[i + 1] | 0x20 == 0x6F, bytes[i + 2] | 0x20 == 0x6E, bytes[i + 3] | 0x20 == 0x65 {
                return true
            }
            if b == 0x68, i + 6 <= n, containsLowercased(UnsafeBufferPointer(rebasing: bytes[i..<(i + 6)]), "hidden") {
                return true
            }
            i += 1
        }
        return false
    }

    /// True when `word` (ASCII lowercase) occurs in `bytes`, ignoring ASCII case.
    private static func containsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        let m = word.utf8CodeUnitCount
        guard bytes.count >= m else { return false }
        for i in 0...(bytes.count - m) {
            var k = 0
            while k < m, bytes[i + k] | 0x20 == w[k] { k += 1 }
            if k == m { return true }
        }
        return false
    }

    /// Case-insensitive comparison of a C attribute name with an ASCII lowercase name.
    @inline(__always)
    private static func matches(_ key: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let p = name.utf8Start
        for k in 0..<name.utf8CodeUnitCount {
            let b = key[k]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != p[k] { return false }
        }
        return key[name.utf8CodeUnitCount] == 0
    }

    /// A span attribute as a count in 1...1000 (garbage reads as 1).
    static func span(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var value = 0
        var seen = false
        for b in bytes {
            if b == 0x20 && !seen { continue }
            guard b >= 0x30 && b <= 0x39 else { break }
            seen = true
            value = min(1000, value * 10 + Int(b - 0x30))
        }
        return max(1, value)
    }
}
