/// A parsed page as plain Swift values: elements and text nodes in document order, each text byte
/// already anchored to its source offset. Built from libxml2's SAX events (no C tree is made), so
/// content selection never holds C pointers. The SAX builder keeps no script or style bodies (never content).
struct HTMLTree {
    /// An element name as a small number, interned per tree: comparing and copying nodes then never
    /// touches a String (a node is plain data). Names the code asks about have fixed numbers in every
    /// tree (`Tag.table` is `<table>` in any page); other names get the next free number as they appear.
    struct Tag: Hashable {
        let id: UInt32

        /// The names with fixed numbers, in number order; "" is a text node.
        static let known = ["", "#document", "script", "style", "textarea", "xmp", "a", "br", "table", "tr", "td",
                            "th", "caption", "h1", "title", "html", "body"]
        static let text = Tag(id: 0), document = Tag(id: 1), script = Tag(id: 2), style = Tag(id: 3)
        static let textarea = Tag(id: 4), xmp = Tag(id: 5), a = Tag(id: 6), br = Tag(id: 7), table = Tag(id: 8)
        static let tr = Tag(id: 9), td = Tag(id: 10), th = Tag(id: 11), caption = Tag(id: 12), h1 = Tag(id: 13)
        static let title = Tag(id: 14), html = Tag(id: 15), body = Tag(id: 16)
        static let knownIDs = Dictionary(uniqueKeysWithValues: known.enumerated().map { ($1, UInt32($0)) })
        static let knownFlags = known.map(TagFlags.of)

        /// Bodies the parser reads as raw text (script, style, textarea, xmp).
        var isRawText: Bool { self == .script || self == .style || self == .textarea || self == .xmp }
        /// Bodies that are code, never content, and not kept (script, style).
        var isCode: Bool { self == .script || self == .style }
    }

    /// One element or text node; plain values only (ranges into the tree's buffers), so copying is cheap.
    struct Node {
        /// Element name (`tree.name(tag)` spells it, lowercased); `.text` for a text node.
        var tag: Tag
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        /// What the tag is for content selection and output, computed once per tag name.
        var flags: TagFlags = []
        /// True inside an `<a>`.
        var inLink = false
        /// What the class/id values name (a chrome fragment, a title), read once when they are stored.
        var classNames: ClassNames = []
        /// Lowercased `class` and `id` values joined by a space (for boilerplate names): a range of `classIDs`.
        var classID: Range<Int32> = 0..<0
        /// Lowercased `style` without spaces (to see `display:none`): a range of `styles`.
        var style: Range<Int32> = 0..<0
        /// Table cell spans, 1...1000 (`HTMLSAXBuilder.span`), and a text node's bytes, stored in 32 and 16 bits: every
        /// pass over the page walks the nodes, and a node of 52 bytes instead of 72 keeps more of them in cache.
        private var spans: (column: UInt16, row: UInt16) = (1, 1)
        private var textStart: Int32 = 0
        private var textEnd: Int32 = 0

        var columnSpan: Int {
            get { Int(spans.column) }
            set { spans.column = UInt16(clamping: newValue) }
        }
        var rowSpan: Int {
            get { Int(spans.row) }
            set { spans.row = UInt16(clamping: newValue) }
        }
        /// For text nodes: the range of their bytes in `HTMLTree.text` (a page is under 2 GB, checked before parsing).
        var textRange: Range<Int> {
            get { Int(textStart)..<Int(textEnd) }
            set {
                textStart = Int32(truncatingIfNeeded: newValue.lowerBound)
                textEnd = Int32(truncatingIfNeeded: newValue.upperBound)
            }
        }

        init(tag: Tag, parent: Int32) {
            self.tag = tag
            self.parent = parent
        }

        var isText: Bool { tag == .text }
    }

    /// Tag names by number, and numbers by name (see `Tag`); flags per number.
    private(set) var tagNames = Tag.known
    private var tagIDs = Tag.knownIDs
    private var tagFlags = Tag.knownFlags
    /// All elements' class/id bytes and kept style bytes, concatenated (nodes hold ranges).
    var classIDs: [UInt8] = []
    var styles: [UInt8] = []

    /// The number and flags for a lowercased element name, giving a new name the next number.
    mutating func intern(_ name: String) -> (Tag, TagFlags) {
        if let id = tagIDs[name] { return (Tag(id: id), tagFlags[Int(id)]) }
        let id = UInt32(tagNames.count)  // a page has far fewer than 2^32 nodes
        let flags = TagFlags.flagged[name] ?? []
        tagNames.append(name)
        tagIDs[name] = id
        tagFlags.append(flags)
        return (Tag(id: id), flags)
    }

    /// Room for `count` element names, made once: a page interns a few dozen (div, span, p …), and growing the
    /// table from the known names up to them copied and rehashed it several times per page.
    mutating func reserveTagNames(_ count: Int) {
        tagIDs.reserveCapacity(count)
        tagNames.reserveCapacity(count)
        tagFlags.reserveCapacity(count)
    }

    /// The lowercased name of a tag ("" for text).
    func name(_ tag: Tag) -> String { tagNames[Int(tag.id)] }

    /// Node `i`'s class/id bytes.
    func classID(_ i: Int) -> ArraySlice<UInt8> {
        let r = nodes[i].classID
        return classIDs[Int(r.lowerBound)..<Int(r.upperBound)]
    }

    /// Node `i`'s kept style bytes.
    func style(_ i: Int) -> ArraySlice<UInt8> {
        let r = nodes[i].style
        return styles[Int(r.lowerBound)..<Int(r.upperBound)]
    }

    var nodes: [Node] = []
    /// All text nodes' UTF-8 bytes, concatenated.
    var text: [UInt8] = []
    /// Where each text piece (one SAX callback's bytes) came from, in `text` order. Most pieces lie in the
    /// source exactly as written (签约33个 at byte 120): one entry places all their bytes, instead of two
    /// offsets per byte. Pieces the parser rewrote (an entity, a raw body) keep offsets per byte in `byteStarts`
    /// and `byteEnds`. `sourceStart(_:hint:)` and `sourceEnd(_:hint:)` read either kind.
    struct Piece {
        /// Where the piece starts in `text`.
        var text: Int32
        /// Literal pieces: the source offset of their first byte. Others: where their bytes start in `byteStarts`.
        var at: Int32
        var literal: Bool
    }
    var pieces: [Piece] = []
    /// Per byte of the pieces that are not literal: its source offset, and the offset after its character.
    var byteStarts: [Int32] = []
    var byteEnds: [Int32] = []
    /// Text nodes that could not be re-anchored in the source.
    var anchorMisses = 0
    /// Text pieces placed from the parser's position, and those the anchor had to search for (diagnostics).
    var literalTexts = 0
    var searchedTexts = 0

    /// Records the offsets of the bytes just appended to `text` from `start` on: literal at `at`, when the
    /// piece is well-formed UTF-8 (then a byte's character is found by stepping back to its lead byte).
    mutating func addLiteralPiece(from start: Int, at: Int) {
        pieces.append(Piece(text: Int32(start), at: Int32(at), literal: true))
    }

    /// Records the offsets of the bytes just appended to `text` from `start` on, given per byte.
    mutating func addPiece(from start: Int, starts: some Collection<Int32>, ends: some Collection<Int32>) {
        pieces.append(Piece(text: Int32(start), at: Int32(byteStarts.count), literal: false))
        byteStarts.append(contentsOf: starts)
        byteEnds.append(contentsOf: ends)
    }

    /// The piece holding text byte `k`; `hint` (the last answer) is tried first, then the next one.
    @inline(__always)
    func piece(_ k: Int, hint: inout Int) -> Int {
        let k32 = Int32(k)
        let count = pieces.count
        if hint < count, pieces[hint].text <= k32, hint + 1 == count || pieces[hint + 1].text > k32 { return hint }
        let next = hint + 1
        if next < count, pieces[next].text <= k32, next + 1 == count || pieces[next + 1].text > k32 {
            hint = next
            return next
        }
        var lo = 0, hi = count - 1  // the last piece starting at or before k
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if pieces[mid].text <= k32 { lo = mid } else { hi = mid - 1 }
        }
        hint = lo
        return lo
    }

    /// The source offset of text byte `k`.
    func sourceStart(_ k: Int, hint: inout Int) -> Int32 {
        let p = pieces[piece(k, hint: &hint)]
        return p.literal ? p.at &+ Int32(k) &- p.text : byteStarts[Int(p.at) + k - Int(p.text)]
    }

    /// The source offset just after the character of text byte `k`.
    func sourceEnd(_ k: Int, hint: inout Int) -> Int32 {
        let index = piece(k, hint: &hint)
        let p = pieces[index]
        guard p.literal else { return byteEnds[Int(p.at) + k - Int(p.text)] }
        // Well-formed UTF-8: the character starts at the lead byte at or before k.
        var lead = k
        while lead > Int(p.text), text[lead] & 0xC0 == 0x80 { lead -= 1 }
        let b = text[lead]
        let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        let end = index + 1 < pieces.count ? Int(pieces[index + 1].text) : text.count
        return p.at &+ Int32(min(end, lead + length) - Int(p.text))
    }

    /// Appends the source offsets of text bytes `range` to `offsets`.
    func appendSourceStarts(_ range: Range<Int>, to offsets: inout [Int32], hint: inout Int) {
        var k = range.lowerBound
        while k < range.upperBound {
            let index = piece(k, hint: &hint)
            let p = pieces[index]
            let end = min(range.upperBound, index + 1 < pieces.count ? Int(pieces[index + 1].text) : text.count)
            if p.literal {
                // Counting up from the piece's offset: room made with one fill, then written in a loop the compiler
                // vectorizes (appending a Range element by element does not).
                let from = Int32(truncatingIfNeeded: k) &+ (p.at &- p.text)
                let base = offsets.count, count = end - k
                offsets.append(contentsOf: repeatElement(0, count: count))
                offsets.withUnsafeMutableBufferPointer { o in
                    let p = o.baseAddress! + base  // no overflow check per element: the loop vectorizes
                    for j in 0..<count { p[j] = from &+ Int32(truncatingIfNeeded: j) }
                }
            } else {
                let from = Int(p.at) + k - Int(p.text)
                offsets.append(contentsOf: byteStarts[from..<(from + end - k)])
            }
            k = end
        }
    }

    /// Adds a node as the last child of `parent` (-1 for a root) and returns its index.
    @discardableResult
    mutating func append(_ node: Node) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(node)
        let p = Int(node.parent)
        if p >= 0 {
            // Linked through the buffer: one uniqueness check for the three writes (a node is appended per element
            // and text of the page).
            nodes.withUnsafeMutableBufferPointer { n in
                precondition(p < n.count, "parent after its child")
                let last = Int(n[p].lastChild)
                if last >= 0 { n[last].next = index } else { n[p].firstChild = index }
                n[p].lastChild = index
            }
        }
        return index
    }

    /// The children of a node, in order.
    func children(of i: Int) -> [Int] {
        var out: [Int] = []
        var c = nodes[i].firstChild
        while c >= 0 {
            out.append(Int(c))
            c = nodes[Int(c)].next
        }
        return out
    }

    /// The first element named `tag` in document order at or under `i`.
    func first(_ tag: Tag, under i: Int = 0) -> Int? {
        guard !nodes.isEmpty else { return nil }
        var end = nodes.count
        var p = i
        // Descendants of i are the contiguous index range after i up to the next node outside it.
        while p >= 0, p < nodes.count {
            if nodes[p].next >= 0 { end = Int(nodes[p].next); break }
            p = Int(nodes[p].parent)
        }
        if p < 0 { end = nodes.count }
        for k in i..<end where nodes[k].tag == tag { return k }
        return nil
    }
}

extension HTMLTree {
    /// What an element's class/id values name, for MainContent: a chrome fragment (nav, footer, share …) or "title".
    struct ClassNames: OptionSet, Hashable {
        let rawValue: UInt8
        static let chrome = ClassNames(rawValue: 1 << 0)
        static let title = ClassNames(rawValue: 1 << 1)
    }
}

/// Roles of a tag, as bits, so the per-node loops never hash or compare strings.
struct TagFlags: OptionSet, Hashable {
    let rawValue: UInt16
    /// Starts and ends a text block (p, div, td …).
    static let block = TagFlags(rawValue: 1 << 0)
    /// May become the main container (div, td, article …).
    static let container = TagFlags(rawValue: 1 << 1)
    /// Judged on its own by link density and chrome phrases.
    static let judged = TagFlags(rawValue: 1 << 2)
    /// Never content (script, style, head …).
    static let alwaysDropped = TagFlags(rawValue: 1 << 3)
    /// Chrome unless it holds the article (nav, footer, form …).
    static let chromeTag = TagFlags(rawValue: 1 << 4)

    /// Every name that has a role, with its flags; any other name has none. Each page interns its own names
    /// (div, span, p …): one lookup here instead of five list and set searches per name and page.
    static let flagged: [String: TagFlags] = {
        let names = Set(ContentBuilder.blockTags).union(MainContent.containerTags).union(MainContent.blockTags)
            .union(BoilerplateXPaths.alwaysDropped.entries).union(BoilerplateXPaths.chromeTags.entries)
        return Dictionary(uniqueKeysWithValues: names.map { ($0, of($0)) })
    }()

    static func of(_ tag: String) -> TagFlags {
        var f: TagFlags = []
        if ContentBuilder.blockTags.contains(tag) { f.insert(.block) }
        if MainContent.containerTags.contains(tag) { f.insert(.container) }
        if MainContent.blockTags.contains(tag) { f.insert(.judged) }
        if BoilerplateXPaths.alwaysDropped.entries.contains(tag) { f.insert(.alwaysDropped) }
        if BoilerplateXPaths.chromeTags.entries.contains(tag) { f.insert(.chromeTag) }
        return f
    }
}
