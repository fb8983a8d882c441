/// A parsed page as plain Swift values: elements and text nodes in document order, each text byte
/// already anchored to its source offset. Built from libxml2's SAX events (no C tree is made), so
/// content selection never holds C pointers. The SAX builder keeps no script or style bodies (never content).
struct HTMLTree {
    struct Node {
        /// Lowercased element name; empty for a text node.
        var tag: String
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        /// What the tag is for content selection and output, computed once per tag name.
        var flags: TagFlags = []
        /// Lowercased `class` and `id` values joined by a space (for boilerplate names), as bytes.
        var classID: [UInt8] = []
        /// Lowercased `style` without spaces (to see `display:none`), as bytes.
        var style: [UInt8] = []
        var columnSpan: Int = 1
        var rowSpan: Int = 1
        /// For text nodes: the range of their bytes in `HTMLTree.text`.
        var textRange: Range<Int> = 0..<0
        /// True inside an `<a>`.
        var inLink = false

        var isText: Bool { tag.isEmpty }
    }

    var nodes: [Node] = []
    /// All text nodes' UTF-8 bytes, concatenated.
    var text: [UInt8] = []
    /// Per byte of `text`: its source offset, and the offset after its character.
    var sourceStarts: [Int32] = []
    var sourceEnds: [Int32] = []
    /// Text nodes that could not be re-anchored in the source.
    var anchorMisses = 0
    /// Text pieces placed from the parser's position, and those the anchor had to search for (diagnostics).
    var literalTexts = 0
    var searchedTexts = 0

    /// Adds a node as the last child of `parent` (-1 for a root) and returns its index.
    @discardableResult
    mutating func append(_ node: Node) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(node)
        let p = Int(node.parent)
        if p >= 0 {
            if nodes[p].lastChild >= 0 { nodes[Int(nodes[p].lastChild)].next = index } else { nodes[p].firstChild = index }
            nodes[p].lastChild = index
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
    func first(_ tag: String, under i: Int = 0) -> Int? {
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
