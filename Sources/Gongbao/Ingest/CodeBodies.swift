#if canImport(Glibc)
import Glibc
#endif

/// The bodies of `<script>` and `<style>` elements, and the attributes no stage reads, found before parsing so
/// libxml2 never reads them.
///
/// A third of a portal page's bytes are code (jQuery inline, 统计 snippets, CSS), and another quarter are
/// attributes such as `href="/art/2024/…"`, `target="_blank"` or `width="100%"`; libxml2 reads them character
/// by character (and allocates each value) only for us to throw them away. The page handed to the parser has
/// these cut out (`<a href="/x" class=t>var</a><script src=x>var a="<p>";</script>` becomes
/// `<a class=t>var</a><script></script>`); `sourceOffset` maps an offset in that shorter text back to the source.
/// Conservative on purpose: a self-closing `<script/>`, a body without its closing tag, anything after an
/// unclosed comment, and every attribute of a tag that is not plainly written (see `attributeCuts`) are left alone.
struct CodeBodies {
    /// Source ranges removed, in order.
    private(set) var ranges: [Range<Int>] = []
    /// Per range: its start in the shortened text, and the bytes removed up to and including it.
    private var shortStarts: [Int] = []
    private var removedThrough: [Int] = []
    /// How many `<` the scan stopped at outside code bodies and comments (tags, comments, stray `<`): a bound for the
    /// nodes the parser's events make (each element starts at one, each text node after one), so the tree is sized
    /// once (`HTMLSAXBuilder.init`). The shortened page's length gave too few for pages whose attributes were cut.
    private(set) var markup = 0

    private static let names = [Array("script".utf8), Array("style".utf8)]
    private static let closers = [Array("</script".utf8), Array("</style".utf8)]

    init() {}

    init(in anchor: SourceAnchor) {
        let s = anchor.source
        let n = s.count
        var i = 0
        // Text is cut until a textarea or xmp (whose text the builder places differently) might be open.
        var textCuts = true
        var madeTextCuts = false
        // Counted in the closure and returned (a count captured from outside was stored back at every `<`).
        markup = s.withUnsafeBufferPointer { p -> Int in
            var marks = 0
            // Elements cut whole (`Phantom`): where libxml2 stands is known only in an explicit head (before anything
            // that closes it) and in an explicit body (until an end tag that could pop it).
            var place = Place.start
            var inTitle = false
            // The end of the last plainly written tag or comment (-1 after anything else), and of the last markup.
            var lastEnd = -1
            var tokenEnd = 0
            // The end of the last element cut whole when text came right before it (or before the elements cut side by
            // side with it): the next one cut at that point must leave a `<` after it too, or the texts would merge.
            var textUpTo = -1
            guard let base = p.baseAddress else { return marks }
            while i < n {
                // A text's reader usually stops on the next `<` already: memchr only past other bytes.
                let q: Int
                if p[i] == 0x3C {
                    q = i
                } else {
                    guard let hit = memchr(base + i, 0x3C, n - i) else { break }
                    q = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                }
                marks += 1
                guard q + 1 < n else { return marks }
                let c = p[q + 1]
                // Text in the head (but in its title) or before it: libxml2 may imply a body there.
                if place == .head || place == .start, !inTitle, !CodeBodies.isBlankRun(p, tokenEnd, q) { place = .between }
                if c == 0x3F {  // <?…>: a processing instruction, read by libxml2 up to its '>'
                    guard let gt = memchr(base + q, 0x3E, n - q) else { return marks }
                    i = UnsafeRawPointer(gt) - UnsafeRawPointer(base) + 1
                    if place == .head { place = .between }
                    lastEnd = -1
                    tokenEnd = i
                    continue
                }
                if c == 0x21 {  // <!-- … --> or <!DOCTYPE …>
                    if q + 3 < n, p[q + 2] == 0x2D, p[q + 3] == 0x2D {
                        guard let close = CodeBodies.commentClose(p, from: q + 4) else { return marks }
                        // The comment's text is never read (a comment only ends a text node): libxml2 gets `<!---->`.
                        if CodeBodies.isPlainComment(p, q + 4, close) {
                            ranges.append(q + 4..<close)
                            lastEnd = close + 3
                            i = CodeBodies.cutTextOrBlanks(p, from: close + 3, enabled: textCuts, made: &madeTextCuts,
                                                           into: &ranges, &phantoms, place, afterOpenTag: false)
                        } else {
                            i = close + 3
                            lastEnd = -1
                        }
                        tokenEnd = close + 3
                    } else {
                        guard let gt = memchr(base + q, 0x3E, n - q) else { return marks }
                        i = UnsafeRawPointer(gt) - UnsafeRawPointer(base) + 1
                        if place == .head { place = .between }
                        lastEnd = -1
                        tokenEnd = i
                    }
                    continue
                }
                if c == 0x2F {  // </name>: text after a plainly written end tag may be cut
                    let end = CodeBodies.plainEndTag(p, at: q)
                    if place != .done { place = CodeBodies.placeAfterEndTag(p, at: q, place, inTitle: &inTitle) }
                    lastEnd = end ?? -1
                    tokenEnd = end ?? q + 1
                    i = end.map {
                        CodeBodies.cutTextOrBlanks(p, from: $0, enabled: textCuts, made: &madeTextCuts, into: &ranges, &phantoms,
                                                   place, afterOpenTag: false)
                    } ?? q + 1
                    continue
                }
                guard SourceAnchor.isLetter(c) else {
                    i = q + 1
                    if place == .head || place == .start { place = .between }
                    lastEnd = -1
                    tokenEnd = q + 1
                    continue
                }
                var e = q + 1
                while e < n, SourceAnchor.isLetter(p[e]) || (p[e] >= 0x30 && p[e] <= 0x39) { e += 1 }
                // A plainly written tag is read once, its unread attributes cut; any other, as before.
                let kept = ranges.count
                let plain = CodeBodies.attributeCuts(p, tag: q, into: &ranges)
                let after = plain ?? anchor.tagEnd(e)
                i = after
                if place != .done {
                    var nameEnd = q + 1
                    while nameEnd < n, CodeBodies.isNameByte(p[nameEnd]) { nameEnd += 1 }
                    let phantom = CodeBodies.phantomIndex(p, q + 1, nameEnd)
                    let before = place
                    place = CodeBodies.placeAfterStartTag(p, q + 1, nameEnd, place, phantom: phantom, inTitle: &inTitle)
                    // An element cut whole where libxml2 is known to stand (see `Phantom`).
                    if phantom >= 0, before == place, textCuts, let after = plain,
                       place == .body || place == .head,
                       let selfClosed = CodeBodies.onlyCuts(p, from: nameEnd, to: after, ranges[kept...]),
                       let end = CodeBodies.phantomEnd(p, anchor, tag: q, nameEnd: nameEnd, after: after, name: phantom,
                                                       selfClosed: selfClosed),
                       end < n {
                        let blankBefore = lastEnd >= 0 && q - lastEnd < CodeBodies.maximumBlankCut
                            && CodeBodies.isBlankRun(p, lastEnd, q)
                        let textBefore = !blankBefore || q == textUpTo
                        if !textBefore || p[end] == 0x3C, CodeBodies.isQuietAfter(p, end, inHead: place == .head) {
                            textUpTo = textBefore ? end : -1
                            let start = blankBefore ? lastEnd : q
                            while let last = ranges.last, last.lowerBound >= start { ranges.removeLast() }
                            // The blanks before it, if they were cut alone, go with it.
                            while let last = phantoms.last, last.name < 0, last.blank.lowerBound >= start { phantoms.removeLast() }
                            ranges.append(start..<end)
                            phantoms.append(Phantom(at: ranges.count - 1, blank: start..<q, name: phantom))
                            lastEnd = end
                            tokenEnd = end
                            i = CodeBodies.cutTextOrBlanks(p, from: end, enabled: textCuts, made: &madeTextCuts, into: &ranges,
                                                           &phantoms, place, afterOpenTag: false)
                            continue
                        }
                    }
                }
                lastEnd = plain ?? -1
                tokenEnd = after
                // textarea, xmp, plaintext: 8, 3 and 9 letters, or any name with a prefix (x:textarea).
                let letters = e - q - 1
                if textCuts, letters == 8 || letters == 3 || letters == 9 || (e < n && p[e] == 0x3A),
                   CodeBodies.endsTextCuts(p, tag: q) {
                    textCuts = false
                }
                // Most tags are neither: test the name's length and first letter before comparing it.
                let length = e - q - 1
                guard length == 6 || length == 5, c | 0x20 == 0x73, anchor.matchesLower(at: q + 1, CodeBodies.names[length == 6 ? 0 : 1]) else {
                    if plain != nil {
                        // After a start tag that stays open its events all came before the `>`.
                        let open = place != .done && !(after >= 2 && p[after - 2] == 0x2F) && !CodeBodies.isVoid(p, q + 1, e)
                        i = CodeBodies.cutTextOrBlanks(p, from: after, enabled: textCuts, made: &madeTextCuts, into: &ranges,
                                                       &phantoms, place, afterOpenTag: open)
                    }
                    continue
                }  // script or style
                let which = length == 6 ? 0 : 1
                if after >= 2, after <= n, p[after - 1] == 0x3E, p[after - 2] == 0x2F { continue }  // <script/>
                guard after < n, let close = CodeBodies.findLower(CodeBodies.closers[which], anchor, from: after) else { return marks }
                if close > after { ranges.append(after..<close) }
                i = close
                tokenEnd = close
            }
            return marks
        }
        var removed = 0
        hasTextCuts = madeTextCuts
        for r in ranges {
            shortStarts.append(r.lowerBound - removed)
            removed += r.count
            removedThrough.append(removed)
        }
        // Each element cut whole is put back when the parser passes the point of its cut in the shorter text.
        for k in phantoms.indices {
            phantoms[k].at = shortStarts[phantoms[k].at] - (phantoms[k].name == CodeBodies.blanksAfterOpenTag ? 1 : 0)
        }
    }

    /// Where libxml2 stands, as far as cutting whole elements goes: before any element (`start`), inside an explicit
    /// `<head>` that nothing has closed yet (`head`: its stack is html, head), after an explicit `<body>` start tag and
    /// before any end tag that could pop the body (`body`: html and body open, a body seen, so no element is implied),
    /// not known before a `<body>` (`between`), or not known for the rest of the page (`done`).
    enum Place { case start, head, between, body, done }

    /// An element cut whole before parsing, that the builder puts back into the tree where libxml2 would have put it
    /// (`HTMLSAXBuilder.placePhantoms`). Only elements that change nothing in libxml2's state: a void element
    /// (`<img src=x>`, `<meta charset=utf-8>`) or one closed at once (`<script src=x></script>`, `<o:p></o:p>`),
    /// whose start tag closes and implies nothing where it stands (see `phantomNames`), whose every attribute is cut
    /// anyway, and which touches no text that would merge with another without it: it follows a tag or comment
    /// with only blanks between (the blanks are cut with it and put back as the text they were), or a `<` follows it.
    /// A third of the elements of a portal page's head and many of its body (images, script tags) never reach libxml2,
    /// which spends some 2,000 instructions on each start tag and as many on an end tag.
    struct Phantom {
        /// The offset in the shorter text where the cut lies (during the scan: the index of the cut in `ranges`): an
        /// event of the parser standing past it comes after the element.
        var at: Int
        /// The blanks before the element, in the source (empty when text or nothing was before it).
        var blank: Range<Int>
        /// The element's name: an index in `phantomNames`.
        var name: Int
    }

    /// The elements cut whole, in document order.
    private(set) var phantoms: [Phantom] = []

    /// Names of elements that may be cut whole, as libxml2 spells them (lowercased). The void ones first (libxml2
    /// 2.9's empty elements: no end tag read); then those cut only with their end tag right after them. None of them
    /// closes an open element when it starts (libxml2's htmlStartClose), but img and br, which close only a head:
    /// they are cut only in the body, and in the head only meta, link, script and style.
    static let phantomNames: [[UInt8]] = ["img", "br", "input", "meta", "link", "param",
                                          "script", "style", "o:p", "span", "em", "b", "i", "strong", "font", "u"]
        .map { Array($0.utf8) }
    static let voidNames = 6
    static let metaName = 3, linkName = 4, scriptName = 6, styleName = 7

    /// The names as C strings for the builder (kept for the process: the builder's name caches key on the pointer).
    nonisolated(unsafe) static let phantomNamePointers: [UnsafePointer<UInt8>] = phantomNames.map { name in
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: name.count + 1)
        p.initialize(from: name, count: name.count)
        p[name.count] = 0
        return UnsafePointer(p)
    }

    /// The index in `phantomNames` of the tag name `p[from..<to]` (ASCII case ignored), or -1 (`TagNameClass`).
    @inline(__always)
    static func phantomIndex(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        Int(TagNameClass.of(p, from, to).phantom)
    }

    /// Whether the tag name `p[from..<to]` is `name` (lowercase ASCII letters), case ignored.
    private static func isName(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ name: StaticString) -> Bool {
        guard to - from == name.utf8CodeUnitCount else { return false }
        let w = name.utf8Start
        for k in 0..<(to - from) where p[from + k] | 0x20 != w[k] { return false }
        return true
    }

    /// The place after a start tag named `p[from..<to]` (`phantom`: its index in `phantomNames`).
    static func placeAfterStartTag(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ place: Place,
                                   phantom: Int, inTitle: inout Bool) -> Place {
        switch place {
        case .start:
            if isName(p, from, to, "html") { return .start }
            if isName(p, from, to, "head") { return .head }
            return isName(p, from, to, "body") ? .body : .between
        case .head:
            if phantom == metaName || phantom == linkName || phantom == scriptName || phantom == styleName { return .head }
            if isName(p, from, to, "title") {
                inTitle = true
                return .head
            }
            return isName(p, from, to, "body") ? .body : .between
        case .between:
            return isName(p, from, to, "body") ? .body : .between
        case .body, .done:
            return place
        }
    }

    /// The place after the end tag at `q`: the head ends with anything but the end of its title, script or style; the
    /// body with the end of a body, head or html (each may pop it). Read from the name whether or not the tag is plain.
    static func placeAfterEndTag(_ p: UnsafeBufferPointer<UInt8>, at q: Int, _ place: Place, inTitle: inout Bool) -> Place {
        var e = q + 2
        while e < p.count, isNameByte(p[e]) { e += 1 }
        switch place {
        case .head:
            if isName(p, q + 2, e, "title") {
                inTitle = false
                return .head
            }
            return isName(p, q + 2, e, "script") || isName(p, q + 2, e, "style") ? .head : .between
        case .body:
            return isName(p, q + 2, e, "body") || isName(p, q + 2, e, "html") || isName(p, q + 2, e, "head") ? .done : .body
        case .start, .between:
            return .between
        case .done:
            return .done
        }
    }

    /// `Phantom.name` of a run of blanks cut alone: after a tag or comment whose last event comes as the parser stands
    /// just past its end (an end tag, a void element, a comment), or after a start tag that stays open (its events all
    /// came before its `>`: the first event at the cut comes from what follows).
    static let blanksAlone = -1, blanksAfterOpenTag = -2

    /// `cutText`, but where libxml2's place is known (`Place`) a run of blanks up to the next tag or comment is cut whole
    /// and put back by the builder as the text node libxml2 made of it (`Phantom` with no element): libxml2 reads each
    /// of the blank runs between a page's tags (a hundred thousand texts in 560 portal pages) for nothing else.
    /// Taken where nothing else could happen at the cut: after a start tag that stays open any tag may follow; after
    /// anything else only what `isQuietAfter` allows.
    static func cutTextOrBlanks(_ p: UnsafeBufferPointer<UInt8>, from: Int, enabled: Bool, made: inout Bool,
                                into ranges: inout [Range<Int>], _ phantoms: inout [Phantom], _ place: Place,
                                afterOpenTag: Bool) -> Int {
        let n = p.count
        if enabled, place == .body || place == .head, from < n, isBlank(p[from]) {
            var k = from
            while k < n, k - from < maximumBlankCut, isBlank(p[k]) { k += 1 }
            if k < n, p[k] == 0x3C, afterOpenTag || isQuietAfter(p, k, inHead: place == .head) {
                ranges.append(from..<k)
                phantoms.append(Phantom(at: ranges.count - 1, blank: from..<k,
                                        name: afterOpenTag ? blanksAfterOpenTag : blanksAlone))
                return k
            }
        }
        return cutText(p, from: from, enabled: enabled, made: &made, into: &ranges)
    }

    /// Whether the tag name `p[from..<to]` is one of libxml2 2.9's empty elements (no content, ended at its `>`):
    /// `TagNameClass.voidNames`.
    @inline(__always)
    static func isVoid(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        TagNameClass.of(p, from, to).isVoid
    }

    /// Whether what follows an element cut whole at `end` makes libxml2 do nothing while it stands just past the cut:
    /// text, an end tag or a comment do (their events come once the parser has read past the cut), and so does a start
    /// tag that closes no open element (read ahead at the `<`, a closing one ends the open element first, at the very
    /// point of the cut, where an end tag before the cut ends its own: the two could not be told apart). A `<` that opens
    /// nothing (`< b`) is not taken.
    static func isQuietAfter(_ p: UnsafeBufferPointer<UInt8>, _ end: Int, inHead: Bool) -> Bool {
        let n = p.count
        guard end < n, p[end] == 0x3C else { return true }
        guard end + 2 < n else { return false }
        let c = p[end + 1]
        if c == 0x2F { return SourceAnchor.isLetter(p[end + 2]) }
        if c == 0x21 { return end + 3 < n && p[end + 2] == 0x2D && p[end + 3] == 0x2D }
        guard SourceAnchor.isLetter(c) else { return false }
        var e = end + 1
        while e < n, isNameByte(p[e]) { e += 1 }
        let name = TagNameClass.of(p, end + 1, e)
        // In the head every other element closes it (`TagNameClass.headNames`); in the body the start tags of
        // libxml2 2.9's htmlStartClose do (`TagNameClass.startClosers`), any other closes nothing.
        return inHead ? name.isHeadName : !name.isStartCloser
    }

    /// Whether `p[from..<to]` is all blanks (or empty).
    static func isBlankRun(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to, isBlank(p[k]) { k += 1 }
        return k >= to
    }

    /// When the start tag's bytes after its name, `p[from..<to]`, are all cut by `cuts` but for blanks and its
    /// closing `>` or `/>` (no attribute reaches libxml2): whether libxml2 reads `/>` (the element closed at once); nil
    /// otherwise. `<span class=x/>` is not closed at once: the slash belongs to the (cut) value.
    static func onlyCuts(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ cuts: ArraySlice<Range<Int>>) -> Bool? {
        var k = from
        for r in cuts {
            guard isBlankRun(p, k, r.lowerBound) else { return nil }
            k = r.upperBound
        }
        while k < to, isBlank(p[k]) { k += 1 }
        if k + 1 == to { return false }
        return k + 2 == to && p[k] == 0x2F ? true : nil
    }

    /// The end of the element whose start tag is at `tag` (its name ends at `nameEnd`, the tag at `after`) when it can be
    /// cut whole: a void element or one written `<x/>` ends with its tag; script and style with their plainly written end
    /// tag after the body; the others with their end tag right after the start tag. Nil otherwise.
    static func phantomEnd(_ p: UnsafeBufferPointer<UInt8>, _ anchor: SourceAnchor, tag: Int, nameEnd: Int, after: Int,
                           name: Int, selfClosed: Bool) -> Int? {
        let n = p.count
        if name < voidNames || selfClosed { return after }
        let close: Int
        if name == scriptName || name == styleName {
            guard after < n, let found = findLower(closers[name - scriptName], anchor, from: after) else { return nil }
            close = found
        } else {
            close = after
        }
        // </name> with the same name (not </scripts>), written plainly.
        let length = nameEnd - tag - 1
        guard close + 2 + length < n, p[close] == 0x3C, p[close + 1] == 0x2F,
              !isNameByte(p[close + 2 + length]) else { return nil }
        for k in 0..<length where p[close + 2 + k] | 0x20 != p[tag + 1 + k] | 0x20 { return nil }
        return plainEndTag(p, at: close)
    }

    var isEmpty: Bool { ranges.isEmpty }

    /// Some cut lies inside a text (see `cutText`): a text piece the parser hands over may stand for more source.
    private(set) var hasTextCuts = false

    /// Cuts of text shorter than this are not worth a range (each costs a lookup when mapping offsets back).
    static let minimumTextCut = 24

    /// The text that starts at `from` (just after a tag or comment that libxml2 ends there too) runs to the next `<`;
    /// its inside is cut when libxml2 would copy it literally, and the offset of that `<` returned (`from` when there is
    /// none or cuts are off). libxml2 spends most of its time on text, one character at a time; the builder takes the
    /// text from the source instead (`HTMLSAXBuilder.characters`). 签约33个项目，总金额175.65亿元 is parsed as 签元.
    static func cutText(_ p: UnsafeBufferPointer<UInt8>, from: Int, enabled: Bool, made: inout Bool,
                        into ranges: inout [Range<Int>]) -> Int {
        guard enabled, from < p.count, p.baseAddress != nil else { return from }
        // Most texts between tags are a line break and an indent, too short for a text cut: their `<` is looked for in
        // place, and a run of blanks (all libxml2 reads of most portal pages' text) loses its inside.
        var near = from
        let stop = min(p.count, from + minimumTextCut + 2)
        var blank = true
        while near < stop {
            let b = p[near]
            if b == 0x3C {
                if blank, let cut = blankCut(from, near) {
                    ranges.append(cut)
                    made = true
                }
                return near
            }
            blank = blank && isBlank(b)
            near += 1
        }
        return cutLongText(p, from: from, near: near, blank: blank, made: &made, into: &ranges)
    }

    /// `cutText` past its first bytes (`near`, all blank so far when `blank`): out of line, so the short texts' loop
    /// above stays inlined where tags are read.
    @inline(never)
    private static func cutLongText(_ p: UnsafeBufferPointer<UInt8>, from: Int, near: Int, blank: Bool, made: inout Bool,
                                    into ranges: inout [Range<Int>]) -> Int {
        guard let base = p.baseAddress else { return from }
        guard near < p.count, let hit = memchr(base + near, 0x3C, p.count - near) else { return from }
        let end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        if blank, end - from < maximumBlankCut {
            var k = near
            while k < end, isBlank(p[k]) { k += 1 }
            if k == end, let cut = blankCut(from, end) {
                ranges.append(cut)
                made = true
                return end
            }
        }
        // A reference (&nbsp; &#12288;) ends libxml2's text, and a new one starts after its `;`: each part is cut alone.
        var part = from
        while part < end {
            let amp = memchr(base + part, 0x26, end - part).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
            if let cut = textCut(p, part, amp ?? end) {
                ranges.append(cut)
                made = true
            }
            guard let amp, let after = referenceEnd(p, amp, end) else { break }
            part = after
        }
        return end
    }

    /// Blank runs shorter than this keep their inside (a cut costs more than libxml2 reading a few blanks).
    static let minimumBlankCut = 12
    /// Blank runs this long or longer are left whole: libxml2 hands a text over in chunks of 1000 bytes, and a full
    /// chunk of blanks is not blank to it (the next character is no `<`), so it may open an implied `<p>` there.
    static let maximumBlankCut = 900

    /// The cut for the blank text `from..<end` (spaces, tabs, line breaks; it ends at a `<`): all but its first and
    /// last byte. libxml2 then reads a blank text of two bytes at the same place, ending at the same `<`, and does with
    /// it what it did with the whole (blank text opens no element); the builder reads the whole run back from the page
    /// (`HTMLSAXBuilder.literalRange`: the piece stands for more source than its length), so tabs and line breaks
    /// inside it still reach ContentBuilder (汽车⇥万辆 stays a cell break).
    static func blankCut(_ from: Int, _ end: Int) -> Range<Int>? {
        end - from >= minimumBlankCut && end - from < maximumBlankCut ? (from + 1)..<(end - 1) : nil
    }

    /// The offset after the reference at `amp` (its `&`) when it is written `&name;`, `&#123;` or `&#x4e00;`, which
    /// libxml2 reads up to and with the `;` whether it knows the name or not; nil for anything else.
    static func referenceEnd(_ p: UnsafeBufferPointer<UInt8>, _ amp: Int, _ end: Int) -> Int? {
        var i = amp + 1
        guard i < end else { return nil }
        if p[i] == 0x23 {  // #
            i += 1
            let hex = i < end && p[i] | 0x20 == 0x78
            if hex { i += 1 }
            let digits = i
            while i < end, i - digits < 8 {
                let b = p[i]
                guard (b >= 0x30 && b <= 0x39) || (hex && b | 0x20 >= 0x61 && b | 0x20 <= 0x66) else { break }
                i += 1
            }
            guard i > digits, i < end, p[i] == 0x3B else { return nil }
            return i + 1
        }
        guard SourceAnchor.isLetter(p[i]) else { return nil }
        while i < end, i - amp <= 32, SourceAnchor.isLetter(p[i]) || (p[i] >= 0x30 && p[i] <= 0x39) { i += 1 }
        guard i < end, p[i] == 0x3B else { return nil }
        return i + 1
    }

    /// The cut for the text `p[from..<end]`: everything between its first and its last non-blank character, when the
    /// whole text is characters libxml2 copies as they are (well-formed UTF-8, no `&`, no control character) and the
    /// first non-blank character ends within the parser's first 1000-byte chunk. Then libxml2 sees a text that is
    /// blank or not exactly where the full one is (the only thing it asks of text besides copying it: a non-blank
    /// first chunk may open an implied `<p>`), ends it at the same `<`, and hands over pieces that each start before
    /// or after the cut, never at it.
    static func textCut(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Range<Int>? {
        guard end - from >= minimumTextCut + 2 else { return nil }
        var i = from
        while i < end, isBlank(p[i]) { i += 1 }
        guard i < end, i - from < 896 else { return nil }
        let b = p[i]
        let first = i + (b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2)
        var j = end
        while j > first, isBlank(p[j - 1]) { j -= 1 }
        var last = j - 1
        while last > first, p[last] & 0xC0 == 0x80 { last -= 1 }
        guard last - first >= minimumTextCut, isLiteralText(p, from, end) else { return nil }
        return first..<last
    }

    /// Byte roles of five three-byte characters in a 16-byte load (its last byte is not looked at).
    private static let leadBytes = SIMDMask<SIMD16<Int8>>([true, false, false, true, false, false, true, false, false,
                                                           true, false, false, true, false, false, false])
    private static let tailBytes = SIMDMask<SIMD16<Int8>>([false, true, true, false, true, true, false, true, true,
                                                           false, true, true, false, true, true, false])

    /// True when libxml2 copies `p[from..<end]` unchanged: well-formed UTF-8 of characters XML allows (no U+FFFE/FFFF),
    /// no `&` (a reference), no control character but tab and line breaks, no DEL or C1 control.
    static func isLiteralText(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Bool {
        @inline(__always) func tail(_ k: Int) -> Bool { p[k] & 0xC0 == 0x80 }
        var k = from
        let raw = UnsafeRawPointer(p.baseAddress!)
        let leadBase = SIMD16<UInt8>(repeating: 0xE1), leadSpan = SIMD16<UInt8>(repeating: 12)
        let tailMask = SIMD16<UInt8>(repeating: 0xC0), tailBits = SIMD16<UInt8>(repeating: 0x80)
        let leads = CodeBodies.leadBytes, tails = CodeBodies.tailBytes
        while k < end {
            // Five characters of U+1000…U+CFFF (leads E1…EC: nearly all Chinese text) per 16-byte load: each lead in
            // range, the two bytes after it continuation bytes.
            if k + 16 <= end {
                let v = raw.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self)
                let isLead = (v &- leadBase) .< leadSpan
                let isTail = (v & tailMask) .== tailBits
                // (The failing lanes read as two words: `any(...)` took a generic, unspecialized reduction.)
                let bad = unsafeBitCast((leads .& .!isLead) .| (tails .& .!isTail), to: SIMD2<UInt64>.self)
                if bad[0] | bad[1] == 0 {
                    k += 15
                    continue
                }
            }
            // Two such characters per 8-byte load.
            if k + 8 <= end {
                let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                let b0 = UInt8(truncatingIfNeeded: w), b3 = UInt8(truncatingIfNeeded: w >> 24)
                if b0 &- 0xE1 < 12, b3 &- 0xE1 < 12, w & 0x0000_C0C0_00C0_C000 == 0x0000_8080_0080_8000 {
                    k += 6
                    continue
                }
            }
            let b = p[k]
            if b < 0x80 {
                if b < 0x20 { guard b == 0x09 || b == 0x0A || b == 0x0D else { return false } }
                if b == 0x26 || b == 0x7F { return false }
                k += 1
                continue
            }
            if b >= 0xE1, b <= 0xEC {  // most Chinese text
                guard k + 2 < end, tail(k + 1), tail(k + 2) else { return false }
                k += 3
                continue
            }
            switch b {
            case 0xC2:
                guard k + 1 < end, p[k + 1] >= 0xA0, p[k + 1] <= 0xBF else { return false }
                k += 2
            case 0xC3...0xDF:
                guard k + 1 < end, tail(k + 1) else { return false }
                k += 2
            case 0xE0, 0xED, 0xEE, 0xEF:
                guard k + 2 < end, tail(k + 1), tail(k + 2) else { return false }
                let second = p[k + 1]
                if b == 0xE0, second < 0xA0 { return false }
                if b == 0xED, second > 0x9F { return false }
                if b == 0xEF, second == 0xBF, p[k + 2] >= 0xBE { return false }
                k += 3
            case 0xF0...0xF4:
                guard k + 3 < end, tail(k + 1), tail(k + 2), tail(k + 3) else { return false }
                let second = p[k + 1]
                if b == 0xF0, second < 0x90 { return false }
                if b == 0xF4, second > 0x8F { return false }
                k += 4
            default:
                return false
            }
        }
        return true
    }

    /// The offset after the end tag at `q` when it is written `</name>` (blanks allowed before `>`), which libxml2
    /// ends at that `>` too; nil for anything else.
    static func plainEndTag(_ p: UnsafeBufferPointer<UInt8>, at q: Int) -> Int? {
        let n = p.count
        var i = q + 2
        guard i < n, SourceAnchor.isLetter(p[i]) else { return nil }
        let nameStart = i
        while i < n, isNameByte(p[i]) { i += 1 }
        guard i - nameStart <= 60 else { return nil }
        while i < n, isBlank(p[i]) { i += 1 }
        guard i < n, p[i] == 0x3E else { return nil }
        return i + 1
    }

    /// Whether the start tag at `q` may open a textarea or xmp (also with a prefix, x:textarea), or plaintext:
    /// text inside them is placed at the cursor by the builder, not read from the parser's position.
    static func endsTextCuts(_ p: UnsafeBufferPointer<UInt8>, tag q: Int) -> Bool {
        var e = q + 1
        var hasX = false
        while e < p.count, isNameByte(p[e]) {
            hasX = hasX || p[e] | 0x20 == 0x78  // all three names hold an x; most tags (div, p, td, span) do not
            e += 1
        }
        guard hasX else { return false }
        for word in textareaLike where e - q - 1 >= word.count {
            for start in (q + 1)...(e - word.count) {
                var k = 0
                while k < word.count, p[start + k] | 0x20 == word[k] { k += 1 }
                if k == word.count { return true }
            }
        }
        return false
    }

    private static let textareaLike = [Array("textarea".utf8), Array("xmp".utf8), Array("plaintext".utf8)]


    @inline(__always) private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// A byte libxml2 allows in an element or attribute name after its first (letters, digits, : - _ .).
    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
        SourceAnchor.isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x2D || b == 0x5F || b == 0x2E
    }

    /// Cuts for the unread attributes of the start tag at `tag` (its `<`), and the tag's end (just past its `>`);
    /// nil, and no cut, unless the whole tag is plainly written. Each cut is one attribute with the blanks before
    /// it, ` href="/x"`, so the parser reads the tag as before minus that attribute: what follows the cut is a
    /// blank, `>` or `/>`, as it followed the value. The tag is read as libxml2 reads it (name, blanks, `=`, a
    /// quoted value up to its quote or an unquoted one up to a blank or `>`); it is left whole when an attribute is
    /// glued to the one before, a quote does not close within 2 KB (`SourceAnchor.tagEnd`'s reach, so the end found
    /// here is the one it finds), an unquoted value holds a quote, `<`, `=` or a backtick, or a name runs over 60 bytes.
    static func attributeCuts(_ p: UnsafeBufferPointer<UInt8>, tag: Int, into ranges: inout [Range<Int>]) -> Int? {
        let n = p.count
        let before = ranges.count
        func fail() -> Int? {
            ranges.removeSubrange(before...)
            return nil
        }
        var i = tag + 1
        var styles = 0
        // class and id values that name nothing MainContent looks for are cut too, unless one is written twice
        // (libxml2 keeps the first of two: cutting it would promote the second).
        // (The cuts of class and id values are found again among the tag's cuts by their names when they must be
        // put back: a list of them, kept for the rare tag that needs it, was an allocation per tag.)
        var classes = 0, ids = 0
        func done(_ end: Int) -> Int {
            if classes > 1 || ids > 1 {
                var k = ranges.count
                while k > before {
                    k -= 1
                    if isClassOrIDCut(p, ranges[k]) { ranges.remove(at: k) }
                }
            }
            return end
        }
        while i < n, isNameByte(p[i]) { i += 1 }
        while true {
            let blanks = i
            while i < n, isBlank(p[i]) { i += 1 }
            guard i < n else { return fail() }
            let b = p[i]
            if b == 0x3E { return done(i + 1) }
            if b == 0x2F, i + 1 < n, p[i + 1] == 0x3E { return done(i + 2) }  // "/>"
            guard i > blanks, SourceAnchor.isLetter(b) || b == 0x5F || b == 0x3A || b == 0x2E else { return fail() }
            let nameStart = i
            while i < n, isNameByte(p[i]) { i += 1 }
            guard i - nameStart <= 60 else { return fail() }
            let nameEnd = i
            let which = keptIndex(p, nameStart, nameEnd)
            if which == 0 { classes += 1 }
            if which == 1 { ids += 1 }
            if which == styleIndex {
                // A second style (with or without a value) would stop being a dropped duplicate once the first is
                // cut: such a tag is left whole.
                styles += 1
                guard styles == 1 else { return fail() }
            }
            var j = i
            while j < n, isBlank(p[j]) { j += 1 }
            guard j < n, p[j] == 0x3D else { continue }  // no value: kept, read on from the name's end
            j += 1
            while j < n, isBlank(p[j]) { j += 1 }
            guard j < n else { return fail() }
            let valueEnd: Int
            let q = p[j]
            if q == 0x22 || q == 0x27 {
                let reach = min(n - j - 1, 2047)
                guard reach > 0, let hit = memchr(p.baseAddress! + j + 1, Int32(q), reach) else { return fail() }
                valueEnd = UnsafeRawPointer(hit) - UnsafeRawPointer(p.baseAddress!) + 1
            } else {
                var k = j
                while k < n, !isBlank(p[k]), p[k] != 0x3E {
                    let c = p[k]
                    guard c != 0x3C, c != 0x22, c != 0x27, c != 0x3D, c != 0x60 else { return fail() }
                    k += 1
                }
                guard k > j else { return fail() }
                valueEnd = k
            }
            guard valueEnd < n else { return fail() }
            let next = p[valueEnd]
            guard isBlank(next) || next == 0x3E || (next == 0x2F && valueEnd + 1 < n && p[valueEnd + 1] == 0x3E) else {
                return fail()
            }
            if which == styleIndex {
                // A style is read only when it hides the element; one that cannot (no none/hidden, no entity that
                // could spell them) is cut too.
                let quoted = p[j] == 0x22 || p[j] == 0x27
                let value = UnsafeBufferPointer(rebasing: p[(quoted ? j + 1 : j)..<(quoted ? valueEnd - 1 : valueEnd)])
                if !CodeBodies.holdsReference(value), !HTMLSAXBuilder.mayHide(value) { ranges.append(blanks..<valueEnd) }
            } else if which < 0 {
                ranges.append(blanks..<valueEnd)
            } else if which <= 1 {
                let quoted = p[j] == 0x22 || p[j] == 0x27
                let value = UnsafeBufferPointer(rebasing: p[(quoted ? j + 1 : j)..<(quoted ? valueEnd - 1 : valueEnd)])
                if !CodeBodies.holdsReference(value), !HTMLSAXBuilder.namesSomething(value) { ranges.append(blanks..<valueEnd) }
            }
            i = valueEnd
        }
    }

    /// Which of the attributes Ingest reads (`HTMLSAXBuilder.readAttributes`: 0 class, 1 id, 2 style, 3 colspan,
    /// 4 rowspan) the attribute name `p[from..<to]` is (ASCII case ignored), or -1; every other one is cut. Spelled
    /// out by length: this runs for every attribute of the page, and walking an array of names retained each one.
    private static func keptIndex(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        @inline(__always) func at(_ k: Int) -> UInt8 { p[from + k] | 0x20 }
        switch to - from {
        case 2:
            return at(0) == 0x69 && at(1) == 0x64 ? 1 : -1  // id
        case 5:
            if at(0) == 0x63, at(1) == 0x6C, at(2) == 0x61, at(3) == 0x73, at(4) == 0x73 { return 0 }  // class
            if at(0) == 0x73, at(1) == 0x74, at(2) == 0x79, at(3) == 0x6C, at(4) == 0x65 { return 2 }  // style
            return -1
        case 7:
            guard at(1) == 0x6F, at(3) == 0x73, at(4) == 0x70, at(5) == 0x61, at(6) == 0x6E else { return -1 }  // o?span
            if at(0) == 0x63, at(2) == 0x6C { return 3 }  // colspan
            if at(0) == 0x72, at(2) == 0x77 { return 4 }  // rowspan
            return -1
        default:
            return -1
        }
    }

    private static let styleIndex = 2

    /// Whether an attribute value holds a `&` (a reference that could spell anything): memchr, where the generic
    /// `contains` was called out of line for every class, id and style value.
    @inline(__always)
    private static func holdsReference(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = value.baseAddress, value.count > 0 else { return false }
        return memchr(base, 0x26, value.count) != nil
    }

    /// Whether the cut `r` (an attribute with the blanks before it, as `attributeCuts` makes them) is of a class or
    /// id: the only cuts of a tag taken back when one of them is written twice.
    private static func isClassOrIDCut(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound, isBlank(p[i]) { i += 1 }
        let nameStart = i
        while i < r.upperBound, isNameByte(p[i]) { i += 1 }
        let which = keptIndex(p, nameStart, i)
        return which == 0 || which == 1
    }

    /// The source without the bodies.
    func shortened(_ source: [UInt8]) -> [UInt8] {
        // Copied between raw buffers into an array made at its final size: there is a cut per text and tag, and an
        // append per piece checked capacity and uniqueness each time.
        let total = source.count - (removedThrough.last ?? 0)
        return [UInt8](unsafeUninitializedCapacity: total) { out, count in
            source.withUnsafeBufferPointer { s in
                guard let from = s.baseAddress, let to = out.baseAddress else { count = 0; return }
                var at = 0, w = 0
                for r in ranges {
                    let n = r.lowerBound - at
                    (to + w).initialize(from: from + at, count: n)
                    w += n
                    at = r.upperBound
                }
                (to + w).initialize(from: from + at, count: s.count - at)
                count = w + s.count - at
            }
        }
    }

    /// The source offset of offset `p` in the shortened text (a cut point maps to the closing tag).
    func sourceOffset(_ p: Int) -> Int {
        var hint = 0
        return sourceOffset(p, hint: &hint)
    }

    /// The same, for offsets that mostly rise (the parser's text pieces): `hint` keeps the number of cuts before
    /// the last offset asked, and the search walks on from there instead of bisecting hundreds of cuts each time.
    func sourceOffset(_ p: Int, hint: inout Int) -> Int {
        shortStarts.withUnsafeBufferPointer { starts in
            let count = starts.count
            var lo = min(max(hint, 0), count)
            if lo > 0, starts[lo - 1] > p {
                // Went back: bisect.
                var a = 0, b = count
                while a < b {
                    let mid = (a + b) / 2
                    if starts[mid] <= p { a = mid + 1 } else { b = mid }
                }
                lo = a
            } else {
                while lo < count, starts[lo] <= p { lo += 1 }
            }
            hint = lo
            return lo == 0 ? p : p + removedThrough[lo - 1]
        }
    }

    /// The first `-->` at or after `from`: each is found by its `>` (memchr), then the two dashes before it.
    private static func commentClose(_ p: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = p.baseAddress else { return nil }
        var i = from + 2
        while i < p.count, let hit = memchr(base + i, 0x3E, p.count - i) {
            let gt = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if p[gt - 1] == 0x2D, p[gt - 2] == 0x2D { return gt - 2 }
            i = gt + 1
        }
        return nil
    }

    /// Whether libxml2 ends the comment whose text is `p[from..<close]` where this reader does, at the `-->` at
    /// `close`: not when the text opens with `>` or `->` (`<!-->` and `<!--->` end at once) or holds `--!>`, which
    /// also ends a comment there.
    static func isPlainComment(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ close: Int) -> Bool {
        guard close > from, p[from] != 0x3E, !(p[from] == 0x2D && from + 1 < close && p[from + 1] == 0x3E) else {
            return false
        }
        var k = from
        while k + 3 < close + 3, k + 3 < p.count {
            if p[k] == 0x2D, p[k + 1] == 0x2D, p[k + 2] == 0x21, p[k + 3] == 0x3E { return false }
            k += 1
        }
        return true
    }

    private static func findLower(_ needle: [UInt8], _ anchor: SourceAnchor, from: Int) -> Int? {
        let s = anchor.source
        return s.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress else { return nil }
            var i = from
            // memchr to each `<` (code bodies are long, their `<` few).
            while i + needle.count <= p.count, let hit = memchr(base + i, 0x3C, p.count - i) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                guard at + needle.count <= p.count else { return nil }
                if anchor.matchesLower(at: at, needle) { return at }
                i = at + 1
            }
            return nil
        }
    }
}
