#if canImport(Glibc)
import Glibc
#endif

/// Decides which parts of a page are the article: drops chrome (by tag, class/id name, phrase and link
/// density), then finds the element that holds most of the remaining non-link text.
///
/// The rule of thumb: when unsure, keep. A chrome-looking element that holds a large share of the page's
/// non-link text is kept (an ASP.NET `<form>` around the whole page, a `div.content-bottom` that is the
/// article); the main container is narrowed only while one child holds most of the text. Example: a
/// 营口 portal page narrows to `div.TRS_Editor`, and its 当前位置 bar and 版权所有 footer are gone.
struct MainContent {
    /// Share of the page's non-link text above which a chrome-looking element is kept anyway.
    static let keepShare = 0.4
    /// The main container narrows to a child while that child holds this share of the kept text.
    static let narrowShare = 0.9

    /// Per node: removed from the content (itself or an ancestor is chrome).
    private(set) var dropped: [Bool]
    /// Per node: the index just after its subtree (descendants are contiguous in document order).
    private(set) var subtreeEnd: [Int]
    /// Per node: non-space characters of kept text, and how many of them are inside `<a>`.
    private(set) var characters: [Int]
    private(set) var linkCharacters: [Int]
    /// The element whose subtree is emitted.
    private(set) var main: Int
    /// A heading to emit before the main container, when it lies outside it (h1, a .title, or `<title>`).
    private(set) var title: Int?
    /// The text node of the page's date stamp (发布时间：2024-11-18 10:00) when it stands between that heading and
    /// the main container: emitted after the heading, since it dates the article (10月份… reads as 2024-10).
    private(set) var stamp: Int?

    init(tree: HTMLTree) {
        let nodes = tree.nodes
        let n = nodes.count
        dropped = [Bool](repeating: false, count: n)
        subtreeEnd = []
        characters = []
        linkCharacters = []
        main = 0
        guard n > 0 else { return }

        var hardDropped = [Bool](repeating: false, count: n)
        // Both passes run over every node of the page: through raw buffers, without a bounds or uniqueness check
        // per access.
        var counts = [Int](repeating: 0, count: n), links = counts, ends = (0..<n).map { $0 + 1 }
        nodes.withUnsafeBufferPointer { nb in
            hardDropped.withUnsafeMutableBufferPointer { hard in
                for i in 0..<n {
                    let p = Int(nb[i].parent)
                    hard[i] = (p >= 0 && hard[p]) || nb[i].flags.contains(.alwaysDropped)
                }
                counts.withUnsafeMutableBufferPointer { chars in
                    links.withUnsafeMutableBufferPointer { link in
                        ends.withUnsafeMutableBufferPointer { end in
                            for i in stride(from: n - 1, through: 0, by: -1) {
                                let p = Int(nb[i].parent)
                                if nb[i].isText, !hard[i] {
                                    chars[i] = MainContent.visibleCount(tree.text[nb[i].textRange])
                                    if nb[i].inLink { link[i] = chars[i] }
                                }
                                if p >= 0 {
                                    end[p] = max(end[p], end[i])
                                    if !hard[i] {
                                        chars[p] += chars[i]
                                        link[p] += link[i]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        characters = counts
        linkCharacters = links
        subtreeEnd = ends
        // The whole document, not <body>: libxml2 puts content after a stray </html> beside <html>.
        let body = 0
        let total = characters[body] - linkCharacters[body]

        // Chrome candidates, kept when they hold a large share of the page's own text.
        // The elements inside a chrome one are dropped with it whatever they are (chrome is read only to drop a
        // subtree): they are not judged, and a page's menus and footers cost one test each, not one per link.
        var chrome = [Bool](repeating: false, count: n)
        var e = body + 1
        let pageEnd = subtreeEnd[body]
        while e < pageEnd {
            guard !nodes[e].isText, !hardDropped[e] else { e += 1; continue }
            // Hidden text is never content, however much of it there is: portals hide a second copy of the
            // article (适老版, mobile view) with display:none, and keeping it would count every figure twice.
            let own = characters[e] - linkCharacters[e]
            if isHidden(e, tree) || (!(Double(own) >= MainContent.keepShare * Double(total) && total > 0)
                                     && isChrome(e, tree)) {
                chrome[e] = true
                e = subtreeEnd[e]
                continue
            }
            e += 1
        }
        var softDropped = hardDropped
        var kept = [Int](repeating: 0, count: n)
        nodes.withUnsafeBufferPointer { nb in
            softDropped.withUnsafeMutableBufferPointer { soft in
                for i in 0..<n {
                    let p = Int(nb[i].parent)
                    soft[i] = soft[i] || chrome[i] || (p >= 0 && soft[p])
                }
                kept.withUnsafeMutableBufferPointer { keep in
                    for i in stride(from: n - 1, through: 0, by: -1) where !soft[i] {
                        if nb[i].isText, !nb[i].inLink { keep[i] = counts[i] }
                        let p = Int(nb[i].parent)
                        if p >= 0 { keep[p] += keep[i] }
                    }
                }
            }
        }
        // Nothing left but there was text: the rules were wrong for this page, keep all of it.
        if kept[body] == 0 && total > 0 {
            softDropped = hardDropped
            for i in stride(from: n - 1, through: 0, by: -1) where !softDropped[i] {
                kept[i] = nodes[i].isText && !nodes[i].inLink ? characters[i] : kept[i]
                let p = Int(nodes[i].parent)
                if p >= 0 { kept[p] += kept[i] }
            }
        }
        dropped = softDropped

        // Narrow while one child holds most of the kept text.
        var m = body
        let keptTotal = kept[body]
        while keptTotal > 0 {
            var best = -1
            for c in tree.children(of: m) where nodes[c].flags.contains(.container) && !dropped[c] {
                if best < 0 || kept[c] > kept[best] { best = c }
            }
            guard best >= 0, Double(kept[best]) >= MainContent.narrowShare * Double(keptTotal) else { break }
            m = best
        }
        main = m
        title = findTitle(tree, body: body, hardDropped: hardDropped)
        if let title, title < main { stamp = findStamp(tree, from: subtreeEnd[title], hardDropped: hardDropped) }
    }

    /// Labels of a page's date stamp: 发布时间, 发布日期, 发文日期, 成文日期, 日期, 时间.
    private static let stampLabels: [[UInt8]] = ["发布", "日期", "时间"].map { Array($0.utf8) }

    /// The first text node from `start` up to the main container that is a short date stamp: a label and a year
    /// of four digits followed by - / . or 年 (发布时间：2024-11-18, 日期：2024年11月18日). Nil when there is none.
    private func findStamp(_ tree: HTMLTree, from start: Int, hardDropped: [Bool]) -> Int? {
        var i = start
        while i < main {
            defer { i += 1 }
            guard tree.nodes[i].isText, !hardDropped[i] else { continue }
            let bytes = tree.text[tree.nodes[i].textRange]
            let visible = MainContent.visibleCount(bytes)
            guard visible >= 8, visible <= 60,
                  MainContent.stampLabels.contains(where: { MainContent.contains(bytes, $0) }) else { continue }
            let b = Array(bytes)
            var k = 0
            while k + 4 < b.count {
                if (b[k] == 0x31 && b[k + 1] == 0x39) || (b[k] == 0x32 && b[k + 1] == 0x30),
                   b[k + 2] >= 0x30, b[k + 2] <= 0x39, b[k + 3] >= 0x30, b[k + 3] <= 0x39,
                   k == 0 || !(b[k - 1] >= 0x30 && b[k - 1] <= 0x39) {
                    let next = b[k + 4]
                    if next == 0x2D || next == 0x2F || next == 0x2E
                        || (k + 6 < b.count && next == 0xE5 && b[k + 5] == 0xB9 && b[k + 6] == 0xB4) { return i }   // 年
                }
                k += 1
            }
        }
        return nil
    }

    /// Whether an inline style hides the element (display:none, visibility:hidden).
    private func isHidden(_ i: Int, _ tree: HTMLTree) -> Bool {
        !tree.nodes[i].style.isEmpty && MainContent.hiddenStyles.contains { MainContent.contains(tree.style(i), $0) }
    }

    /// Whether the element looks like chrome by its tag, its class/id, its style, a phrase, or its links.
    private func isChrome(_ i: Int, _ tree: HTMLTree) -> Bool {
        // Fields read in place: copying the whole node (tag, class, style) per element was a measurable share.
        let flags = tree.nodes[i].flags
        if flags.contains(.chromeTag) { return true }
        // Read when the class/id was stored (one PhraseSet pass per value).
        if tree.nodes[i].classNames.contains(.chrome), tree.nodes[i].tag != .html, tree.nodes[i].tag != .body {
            return true
        }
        guard flags.contains(.judged), characters[i] > 0 else { return false }
        if Double(linkCharacters[i]) >= BoilerplateXPaths.linkDensity * Double(characters[i]) { return true }
        if characters[i] <= BoilerplateXPaths.chromePhraseMaxCharacters {
            let bytes = subtreeText(i, tree)
            if MainContent.chromePhrases.occurs(in: bytes) { return true }
            if bytes.count <= MainContent.longestChromeBlock * 2 {
                var trimmed: [UInt8] = []
                trimmed.reserveCapacity(bytes.count)  // (grown append by append, it was reallocated several times)
                var k = bytes.startIndex  // a slice of the page's text: its own indices
                while k < bytes.endIndex {
                    if bytes[k] <= 0x20 { k += 1; continue }
                    if bytes[k] == 0xC2, k + 1 < bytes.endIndex, bytes[k + 1] == 0xA0 { k += 2; continue }
                    trimmed.append(bytes[k])
                    k += 1
                }
                if MainContent.chromeBlocks.contains(trimmed) { return true }
            }
        }
        return false
    }

    /// The text of the subtree at `i`, its text nodes joined. They are almost always one run of `tree.text` (text is
    /// stored in document order), which is then read in place instead of copied for every block judged.
    private func subtreeText(_ i: Int, _ tree: HTMLTree) -> ArraySlice<UInt8> {
        var lo = -1, hi = -1
        for k in i..<subtreeEnd[i] where tree.nodes[k].isText {
            let r = tree.nodes[k].textRange
            if lo < 0 {
                lo = r.lowerBound
            } else if r.lowerBound != hi {
                var bytes: [UInt8] = []
                for k in i..<subtreeEnd[i] where tree.nodes[k].isText {
                    bytes.append(contentsOf: tree.text[tree.nodes[k].textRange])
                }
                return bytes[...]
            }
            hi = r.upperBound
        }
        return lo < 0 ? [] : tree.text[lo..<hi]
    }

    /// Class/id fragments (all at least two bytes long, as PhraseSet needs: nav, ewm …).
    private static let classWords = PhraseSet(BoilerplateXPaths.classIDGroups.flatMap(\.entries))

    /// Whether lowercased class/id bytes hold a chrome fragment or "title": the only things asked of them (`isChrome`,
    /// `findTitle`), so a value with neither is not kept. No fragment holds a space, so a joined "class id" holds
    /// one exactly when one of its values does.
    static func namesSomething(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        !classNames(lowered).isEmpty
    }

    /// What lowercased class/id bytes name, read once when the attribute is stored (`HTMLSAXBuilder.store`).
    static func classNames(_ lowered: UnsafeBufferPointer<UInt8>) -> HTMLTree.ClassNames {
        var names: HTMLTree.ClassNames = []
        if classWords.occurs(in: lowered) { names.insert(.chrome) }
        if contains(lowered, titleWord) { names.insert(.title) }
        return names
    }
    private static let chromePhrases = PhraseSet(BoilerplateXPaths.chromePhrases.entries)
    private static let chromeBlocks = Set(BoilerplateXPaths.chromeBlocks.entries.map { Array($0.utf8) })
    private static let longestChromeBlock = BoilerplateXPaths.chromeBlocks.entries.map(\.utf8.count).max() ?? 0
    private static let titleWord = Array("title".utf8)
    private static let hiddenStyles = BoilerplateXPaths.hiddenStyles.entries.map { Array($0.utf8) }

    /// The same test on raw bytes.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            var k = 0
            while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
            i += 1
        }
        return false
    }

    /// Byte-level substring test (Foundation's String search is far slower on Linux).
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Elements the main container may narrow to (never an inline `<b>` that broken markup left open).
    static let containerTags: Set<String> = [
        "html", "body", "div", "section", "article", "main", "td", "table", "tbody", "tr", "form", "center",
        "dd", "li", "ul", "font", "span",
    ]

    /// Block elements judged by link density and phrases (inline elements are judged with their block).
    static let blockTags: Set<String> = [
        "div", "p", "ul", "ol", "dl", "dd", "dt", "li", "table", "tbody", "tr", "td", "th", "section", "center",
        "span", "font",
    ]

    /// The page heading when the main container does not include it: the first h1 with text of its own,
    /// else a short `.title` element before the main container, else `<title>`.
    private func findTitle(_ tree: HTMLTree, body: Int, hardDropped: [Bool]) -> Int? {
        let nodes = tree.nodes
        func emitted(_ i: Int) -> Bool { i >= main && i < subtreeEnd[main] && !dropped[i] }
        func ownText(_ i: Int) -> Int { characters[i] - linkCharacters[i] }
        for i in 0..<nodes.count where nodes[i].tag == .h1 && !hardDropped[i] && ownText(i) >= 4 {
            return emitted(i) ? nil : i
        }
        for i in body..<main where !dropped[i] && tree.nodes[i].classNames.contains(.title) {
            let c = ownText(i)
            if c >= 4 && c <= 100 { return i }
        }
        if main == body || nodes[main].tag == .html || nodes[main].tag == .body { return nil }  // whole page kept
        if let t = tree.first(.title) {
            // <title> sits in <head>, which is always dropped, so its characters were not counted.
            return MainContent.visibleCount(tree.text[tree.nodes[t].firstChild >= 0
                ? tree.nodes[Int(tree.nodes[t].firstChild)].textRange : 0..<0]) > 0 ? t : nil
        }
        return nil
    }

    /// Non-space scalars in UTF-8 bytes (spaces, tabs, line breaks and NBSP do not count).
    static func visibleCount(_ bytes: ArraySlice<UInt8>) -> Int {
        // Every text byte of the page passes here: a branch-free count over the raw bytes. A scalar is
        // counted at its first byte when that is above space (0x21…0x7F or a lead byte 0xC0…); an NBSP
        // (C2 A0) counted at its C2 is taken back at its A0. (Swift's SIMD types were slower here.)
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            guard n > 0 else { return 0 }
            // Written without branches or short-circuits so the compiler can vectorize both loops.
            // Counted per block of at most 255 bytes into one byte each: the vector loop then adds 16 bytes per step
            // instead of widening every byte to a 64-bit lane.
            var count = 0
            var from = 0
            while from < n {
                let to = min(n, from + 255)
                var block: UInt8 = 0
                for i in from..<to {
                    let b = p[i]
                    block &+= ((b &- 0x21 < 0x5F) ? 1 : 0) | ((b >= 0xC0) ? 1 : 0)
                }
                count &+= Int(block)
                from = to
            }
            // Most text has no C2 byte at all (Latin-1 signs such as ·, ×, NBSP): then there is nothing to take back.
            guard memchr(p.baseAddress!, 0xC2, n) != nil else { return count }
            for i in 1..<max(n, 1) {
                count &-= ((p[i] == 0xA0) ? 1 : 0) & ((p[i - 1] == 0xC2) ? 1 : 0)
            }
            return count
        }
    }
}
