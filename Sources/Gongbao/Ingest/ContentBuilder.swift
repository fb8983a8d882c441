/// Writes the kept part of a page as text blocks, with each byte's source offset and the tables' grids.
///
/// Blocks (p, div, h1–h6, li, td/th …) are separated by "\n\n", `<br>` is "\n", runs of spaces and
/// line breaks inside a block become one space, and a line break between two CJK characters disappears
/// (人才\n总量 is 人才总量, as a browser shows it). Separators map to the end of the text before them.
struct ContentBuilder {
    private let tree: HTMLTree
    private let selection: MainContent
    private var out: [UInt8] = []
    private var offsets: [Int32] = []
    private var tables: [TextTable] = []

    private var lastEnd: Int32 = 0
    private var pendingBreak = 0
    private var pendingSpace = false
    private var spaceHadNewline = false
    /// The pending space held a tab and no line break: a cell boundary of a table flattened into text
    /// (汽车⇥万辆⇥93.4), kept as a tab so Extract can read the columns; indentation after a newline stays a space.
    private var spaceHadTab = false
    private var spaceOffset: Int32 = 0
    private var lastWide = false
    /// The text piece last looked up (`HTMLTree.piece(_:hint:)`): text is read in order, so it is usually right.
    private var pieceHint = 0
    /// Output offsets where blocks start (for table captions).
    private var blockStarts: [Int] = []
    private var markWanted = false
    private var markPosition: Int?
    private var tableStack: [TableState] = []
    private var lastTableEnd = 0

    private struct TableState {
        var record: Bool
        var rows: [[TextTable.Cell]] = []
        var row: [TextTable.Cell]?
        var caption: Range<Int>?
    }

    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td",
        "th", "thead", "tbody", "tfoot", "caption", "section", "article", "main", "blockquote", "pre", "center",
        "address", "figure", "figcaption", "hr", "body", "html", "title", "fieldset", "legend", "details",
        "summary", "header", "footer", "nav", "aside", "form",
    ]

    static func content(of tree: HTMLTree, selection: MainContent) -> ContentText {
        var builder = ContentBuilder(tree: tree, selection: selection)
        guard !tree.nodes.isEmpty else { return ContentText(bytes: [], sourceOffsets: [0]) }
        // The kept text is at most the page's text plus separators: no regrowth on the way.
        builder.out.reserveCapacity(tree.text.count + 256)
        builder.offsets.reserveCapacity(tree.text.count + 257)
        if let title = selection.title, !repeatsHeading(title, tree: tree, selection: selection) {
            for k in title..<selection.subtreeEnd[title] where tree.nodes[k].isText { builder.emitText(k) }
            builder.blockBoundary()
        }
        if let stamp = selection.stamp {
            builder.emitText(stamp)
            builder.blockBoundary()
        }
        builder.walk(from: selection.main)
        builder.offsets.append(builder.lastEnd)
        return ContentText(bytes: builder.out, sourceOffsets: builder.offsets, tables: builder.tables,
                           blankLinesEndBlocks: true)
    }

    /// True when the main container already starts with the heading (or `<title>` is that heading plus
    /// the site name, 标题_某某市人民政府), so it is not written twice.
    static func repeatsHeading(_ title: Int, tree: HTMLTree, selection: MainContent) -> Bool {
        func visible(_ range: Range<Int>, limit: Int, skipDropped: Bool) -> [UInt8] {
            var bytes: [UInt8] = []
            for k in range where tree.nodes[k].isText && !(skipDropped && selection.dropped[k]) {
                appendVisible(tree.text[tree.nodes[k].textRange], to: &bytes)
                if bytes.count >= limit { break }
            }
            return bytes
        }
        let headingBytes = visible(title..<selection.subtreeEnd[title], limit: 1000, skipDropped: false)
        let headBytes = visible(selection.main..<selection.subtreeEnd[selection.main], limit: 600, skipDropped: true)
        guard !headingBytes.isEmpty, !headBytes.isEmpty else { return false }
        // Foundation's search compares canonically equivalent characters (slow on Linux); for text of
        // characters that no normalization changes or combines (ASCII, CJK ideographs and punctuation,
        // full-width forms: 关于2025年预算的报告) that is the plain byte search, and each scalar is a Character,
        // so the heading starts with the head's first ten Characters exactly when it starts with their bytes.
        if isCanonicallyPlain(headingBytes) && isCanonicallyPlain(headBytes) {
            return MainContent.contains(headBytes[...], headingBytes)
                || headingBytes.starts(with: headBytes[..<prefixEnd(headBytes, scalars: 10)])
        }
        let heading = String(decoding: headingBytes, as: UTF8.self)
        let head = String(decoding: headBytes, as: UTF8.self)
        return head.contains(heading) || heading.hasPrefix(String(head.prefix(10)))
    }

    /// Appends the bytes of `text` above space (what `repeatsHeading` compares) to `bytes`: copied whole, then the
    /// blanks squeezed out in place. Appended one by one, each byte checked the array's capacity and uniqueness (16K
    /// instructions per page and call on the 560 HTML copies).
    static func appendVisible(_ text: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        let from = bytes.count
        bytes.append(contentsOf: text)
        let kept = bytes.withUnsafeMutableBufferPointer { b -> Int in
            var w = from
            for r in from..<b.count {
                let c = b[r]
                b[w] = c
                w &+= c > 0x20 ? 1 : 0
            }
            return w
        }
        bytes.removeLast(bytes.count - kept)
    }

    /// The byte offset after the first `scalars` scalars of well-formed UTF-8 (the end when it holds fewer).
    static func prefixEnd(_ bytes: [UInt8], scalars: Int) -> Int {
        var k = 0, seen = 0
        while k < bytes.count, seen < scalars {
            let b = bytes[k]
            k += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            seen += 1
        }
        return min(k, bytes.count)
    }

    /// True when every scalar is one that canonical equivalence leaves alone and that never combines
    /// with its neighbour: printable ASCII, no-break space (&nbsp;: only a compatibility mapping, which
    /// Foundation's search does not apply — "a\u{A0}b" does not contain "a b"), · × ÷, dashes, quotes and … (not the spaces and invisible
    /// format characters of that block), ①, ■, CJK punctuation (not the combining tone marks 〪–〯),
    /// CJK ideographs, full-width ASCII forms. Anything else, or ill-formed bytes, is not plain.
    static func isCanonicallyPlain(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { t in
            var k = 0
            while k < t.count {
                let b = t[k]
                if b >= 0x21 && b <= 0x7E { k += 1; continue }
                if b == 0xC2 || b == 0xC3, k + 1 < t.count {
                    let v = UInt32(b & 0x1F) << 6 | UInt32(t[k + 1] & 0x3F)
                    guard t[k + 1] & 0xC0 == 0x80, v == 0xA0 || v == 0xB7 || v == 0xD7 || v == 0xF7 else { return false }
                    k += 2
                    continue
                }
                guard b >= 0xE0, b < 0xF0, k + 2 < t.count, t[k + 1] & 0xC0 == 0x80, t[k + 2] & 0xC0 == 0x80 else {
                    return false
                }
                // Leads E5…E9 are U+5000…U+9FFF, all CJK ideographs: most of a Chinese heading, without decoding.
                if b >= 0xE5 && b <= 0xE9 { k += 3; continue }
                let (v, _) = SourceAnchor.decode(t, k)
                let plain = (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x203E)
                    || (v >= 0x2460 && v <= 0x24FF) || (v >= 0x25A0 && v <= 0x25FF)
                    || (v >= 0x3000 && v <= 0x3029) || (v >= 0x3030 && v <= 0x303F)
                    || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xFF01 && v <= 0xFF5E)
                guard plain else { return false }
                k += 3
            }
            return true
        }
    }

    private init(tree: HTMLTree, selection: MainContent) {
        self.tree = tree
        self.selection = selection
        out.reserveCapacity(tree.text.count)
        offsets.reserveCapacity(tree.text.count + 1)
    }

    /// Pre-order walk with explicit enter/exit events (deeply nested garbage must not overflow the stack).
    private mutating func walk(from root: Int) {
        var stack: [(Int, Bool)] = [(root, false)]
        while let (i, exit) = stack.popLast() {
            if exit {
                leave(i, tree.nodes[i])
                continue
            }
            // Dropped nodes and text nodes need no copy of the node.
            if selection.dropped[i] { continue }
            if tree.nodes[i].isText {
                emitText(i)
                continue
            }
            let node = tree.nodes[i]
            enter(i, node)
            stack.append((i, true))
            // Children pushed in reverse without an array per element: append in order, then flip the run.
            let first = stack.count
            var c = tree.nodes[i].firstChild
            while c >= 0 {
                stack.append((Int(c), false))
                c = tree.nodes[Int(c)].next
            }
            stack[first...].reverse()
        }
    }

    private mutating func enter(_ i: Int, _ node: HTMLTree.Node) {
        let tag = node.tag
        if tag == .br { lineBreak(); return }
        if node.flags.contains(.block) { blockBoundary() }
        switch tag {
        case .table:
            var nested = false
            for k in (i + 1)..<selection.subtreeEnd[i] where tree.nodes[k].tag == .table { nested = true; break }
            var state = TableState(record: !nested)
            if state.record { state.caption = captionBeforeTable() }
            tableStack.append(state)
        case .tr:
            if tableStack.last?.record == true { tableStack[tableStack.count - 1].row = [] }
        case .td, .th, .caption:
            if tableStack.last?.record == true { markWanted = true; markPosition = nil }
        default:
            break
        }
    }

    private mutating func leave(_ i: Int, _ node: HTMLTree.Node) {
        let tag = node.tag
        switch tag {
        case .td, .th:
            guard tableStack.last?.record == true else { break }
            let cell = TextTable.Cell(range: markedRange(), columnSpan: node.columnSpan, rowSpan: node.rowSpan,
                                      isHeader: tag == .th)
            tableStack[tableStack.count - 1].row = (tableStack[tableStack.count - 1].row ?? []) + [cell]
        case .caption:
            guard tableStack.last?.record == true else { break }
            let range = markedRange()
            if !range.isEmpty { tableStack[tableStack.count - 1].caption = range }
        case .tr:
            guard tableStack.last?.record == true else { break }
            if let row = tableStack[tableStack.count - 1].row, !row.isEmpty {
                tableStack[tableStack.count - 1].rows.append(row)
            }
            tableStack[tableStack.count - 1].row = nil
        case .table:
            guard var state = tableStack.popLast() else { break }
            if let row = state.row, !row.isEmpty { state.rows.append(row) }
            if state.record, !state.rows.isEmpty {
                tables.append(TextTable(caption: state.caption, rows: TableHeader.marked(state.rows, in: out)))
            }
            lastTableEnd = out.count
        default:
            break
        }
        if node.flags.contains(.block) { blockBoundary() }
    }

    private mutating func markedRange() -> Range<Int> {
        defer { markWanted = false; markPosition = nil }
        guard let start = markPosition else { return out.count..<out.count }
        return start..<out.count
    }

    /// The short line just before a table that names it (表1 2025年人口情况), with a following 单位 line.
    private func captionBeforeTable() -> Range<Int>? {
        let starts = blockStarts.filter { $0 >= lastTableEnd }
        guard let last = starts.last else { return nil }
        func isShortLine(_ r: Range<Int>) -> Bool {
            let text = String(decoding: out[r], as: UTF8.self)
            return text.count <= 60 && !text.contains("。") && !text.contains("；")
        }
        let lastRange = last..<out.count
        guard isShortLine(lastRange) else { return nil }
        let text = String(decoding: out[lastRange], as: UTF8.self)
        if text.hasPrefix("单位") || text.hasPrefix("（单位") || text.hasPrefix("(单位"), starts.count >= 2 {
            let previous = starts[starts.count - 2]
            if isShortLine(previous..<last) { return previous..<out.count }
        }
        return lastRange
    }

    // MARK: - Text

    mutating func blockBoundary() {
        if !out.isEmpty { pendingBreak = 2 }
        pendingSpace = false
    }

    private mutating func lineBreak() {
        if !out.isEmpty { pendingBreak = min(2, pendingBreak + 1) }
        pendingSpace = false
    }

    mutating func emitText(_ i: Int) {
        let range = tree.nodes[i].textRange
        tree.text.withUnsafeBufferPointer { t in
            var k = range.lowerBound
            while k < range.upperBound {
                let (v, len) = SourceAnchor.decode(t, k)
                if SourceAnchor.isSpace(v) {
                    if !pendingSpace {
                        pendingSpace = true
                        spaceOffset = tree.sourceStart(k, hint: &pieceHint)
                    }
                    if v == 0x0A || v == 0x0D { spaceHadNewline = true }
                    if v == 0x09 { spaceHadTab = true }
                    k += len
                    continue
                }
                // The first character of a run settles the pending break or space; then the run (up to the next
                // space) is copied whole, bytes and offsets, the first character with it.
                settleBeforeCharacter(wide: v >= 0x2E80)
                var r = k + len, lastStart = k
                let n = t.count
                while r < range.upperBound {
                    // Characters of three bytes led by E1–EF (U+1000 and up: Chinese text) and printable ASCII are
                    // never spaces: stepped over without decoding; anything else is decoded as before.
                    let b = t[r]
                    if b >= 0xE1, b <= 0xEF, r + 2 < n { lastStart = r; r += 3; continue }
                    if b > 0x20, b < 0x80 { lastStart = r; r += 1; continue }
                    let (v2, len2) = SourceAnchor.decode(t, r)
                    if SourceAnchor.isSpace(v2) { break }
                    lastStart = r
                    r += len2
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: t[k..<r]))
                tree.appendSourceStarts(k..<r, to: &offsets, hint: &pieceHint)
                lastEnd = tree.sourceEnd(lastStart, hint: &pieceHint)
                lastWide = lastStart == k ? v >= 0x2E80 : SourceAnchor.decode(t, lastStart).0 >= 0x2E80
                k = r
            }
        }
    }

    /// Before a character is emitted: the pending line breaks (a new block) or the pending space, unless the
    /// space was a line break between two wide characters (a hard-wrapped Chinese line joins up again).
    private mutating func settleBeforeCharacter(wide: Bool) {
        if out.isEmpty {
            blockStarts.append(0)
        } else if pendingBreak > 0 {
            for _ in 0..<pendingBreak {
                out.append(0x0A)
                offsets.append(lastEnd)
            }
            blockStarts.append(out.count)
        } else if pendingSpace, !(spaceHadNewline && lastWide && wide) {
            out.append(spaceHadTab && !spaceHadNewline ? 0x09 : 0x20)
            offsets.append(spaceOffset)
        }
        pendingBreak = 0
        pendingSpace = false
        spaceHadNewline = false
        spaceHadTab = false
        if markWanted {
            markPosition = out.count
            markWanted = false
        }
    }
}

/// Marks a table's first row as headers when it reads like one: no cell is a bare number while a later
/// row has numbers (指标 | 2025年 | 增长（%） over 地区生产总值 | 1234.5 | 5.2).
enum TableHeader {
    static func marked(_ rows: [[TextTable.Cell]], in text: [UInt8]) -> [[TextTable.Cell]] {
        guard rows.count >= 2, !rows[0].contains(where: { $0.isHeader }) else { return rows }
        func isNumber(_ cell: TextTable.Cell) -> Bool {
            let s = String(decoding: text[cell.range], as: UTF8.self).filter { !$0.isWhitespace }
            guard s.contains(where: { $0.isNumber }) else { return false }
            return s.allSatisfy { $0.isNumber || ".,%-+‰．，－—/".contains($0) }
        }
        guard !rows[0].contains(where: isNumber), rows.dropFirst().contains(where: { $0.contains(where: isNumber) })
        else { return rows }
        var result = rows
        for c in result[0].indices { result[0][c].isHeader = true }
        return result
    }
}
