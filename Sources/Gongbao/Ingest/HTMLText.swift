import CLibXML2
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The readable content of an HTML page: title and article as text blocks, boilerplate dropped,
/// every byte mapped back to the decoded source. The only file that talks to libxml2.
///
/// The page is already UTF-8 (TextDecoding decided), so libxml2 is told to ignore `<meta charset>`;
/// it only parses, in recovery mode, and never touches the network. Its SAX events (the ones its own
/// tree builder consumes, recovery included) build an `HTMLTree` directly through `HTMLSAXBuilder`;
/// `MainContent` and `ContentBuilder` do the rest in Swift.
/// Example: `<div id="zoom"><p>签约33个项目，总金额175.65亿元。</p></div>` inside a portal page gives
/// "签约33个项目，总金额175.65亿元。" and the offset of 签 in the file.
public enum HTMLText {
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// The page's content; empty (no bytes) when the page has no readable text.
    public static func content(of source: SourceText) -> ContentText {
        let tree = parse(source)
        return ContentBuilder.content(of: tree, selection: MainContent(tree: tree))
    }

    /// The page's content, or `.empty` naming the file when the page has no readable text.
    public static func nonEmptyContent(of source: SourceText) throws(IngestError) -> ContentText {
        let content = content(of: source)
        if TextDecoding.isBlank(content.bytes) { throw .empty(path: source.path) }
        return content
    }

    /// Text nodes that could not be re-anchored (diagnostics for tests and `bench`).
    static func anchorMisses(in source: SourceText) -> Int { parse(source).anchorMisses }

    /// Parses the page with libxml2's SAX interface into Swift values, anchoring text as it goes.
    static func parse(_ source: SourceText) -> HTMLTree {
        guard !source.bytes.isEmpty, source.bytes.count < Int(Int32.max) else { return HTMLTree() }
        xmlInitParser()
        // libxml2 stops at a NUL byte; a stray one becomes a space (same length, so offsets hold).
        // memchr finds one (or that there is none) many times faster than a Swift loop over the page.
        let hasNUL = source.bytes.withUnsafeBytes { memchr($0.baseAddress!, 0, $0.count) != nil }
        let bytes = hasNUL ? source.bytes.map { $0 == 0 ? 0x20 : $0 } : source.bytes
        let anchor = SourceAnchor(source: bytes, entity: entityValue)
        // Script and style bodies are cut out before parsing (never content, a third of a page's bytes).
        let code = CodeBodies(in: anchor)
        let parsed = code.isEmpty ? bytes : code.shortened(bytes)
        return parsed.withUnsafeBufferPointer { buf -> HTMLTree in bytes.withUnsafeBufferPointer { original -> HTMLTree in
            let builder = UnsafeMutablePointer<HTMLSAXBuilder>.allocate(capacity: 1)
            builder.initialize(to: HTMLSAXBuilder(source: buf, original: original, anchor: anchor, code: code))
            defer { builder.deinitialize(count: 1); builder.deallocate() }
            let ctxt = buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                htmlCreateMemoryParserCtxt(chars, Int32(buf.count))
            }
            guard let ctxt else { return builder.pointee.tree }
            defer { htmlFreeParserCtxt(ctxt) }
            _ = htmlCtxtUseOptions(ctxt, options)
            // The bytes are UTF-8 already (TextDecoding decided): no conversion, whatever <meta> says.
            _ = xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
            ctxt.pointee.sax.pointee = saxHandler
            ctxt.pointee._private = UnsafeMutableRawPointer(builder)
            _ = htmlParseDocument(ctxt)
            builder.pointee.placePhantoms(before: Int.max)
            builder.pointee.tree.anchorMisses = builder.pointee.anchor.misses
            return builder.pointee.tree
        } }
    }

    /// The builder behind a SAX callback's context (the parser context, whose `_private` holds it).
    private static func builder(_ ctx: UnsafeMutableRawPointer?) -> (UnsafeMutablePointer<HTMLSAXBuilder>, xmlParserCtxtPtr)? {
        guard let ctx else { return nil }
        let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let b = ctxt.pointee._private else { return nil }
        return (b.assumingMemoryBound(to: HTMLSAXBuilder.self), ctxt)
    }

    /// The parser's offset in the source: bytes already shifted out of its buffer plus the cursor.
    private static func position(_ ctxt: xmlParserCtxtPtr) -> Int {
        guard let input = ctxt.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else { return 0 }
        return Int(input.pointee.consumed) + (cur - base)
    }

    nonisolated(unsafe) private static let saxHandler: htmlSAXHandler = {
        var h = htmlSAXHandler()
        // Every event first puts back the elements cut whole that the parser has passed (`placePhantoms`).
        h.startElement = { ctx, name, attributes in
            guard let (b, ctxt) = builder(ctx) else { return }
            b.pointee.placePhantoms(before: position(ctxt))
            b.pointee.startElement(name, attributes)
        }
        h.endElement = { ctx, _ in
            guard let (b, ctxt) = builder(ctx) else { return }
            b.pointee.placePhantoms(before: position(ctxt))
            b.pointee.endElement()
        }
        h.characters = { ctx, chars, length in
            guard let (b, ctxt) = builder(ctx), let chars, length > 0 else { return }
            let at = position(ctxt)
            b.pointee.placePhantoms(before: at)
            b.pointee.characters(UnsafeBufferPointer(start: chars, count: Int(length)), position: at, raw: false)
        }
        h.cdataBlock = { ctx, chars, length in
            guard let (b, ctxt) = builder(ctx), let chars, length > 0 else { return }
            let at = position(ctxt)
            b.pointee.placePhantoms(before: at)
            b.pointee.characters(UnsafeBufferPointer(start: chars, count: Int(length)), position: at, raw: true)
        }
        h.internalSubset = { ctx, _, _, _ in
            guard let (b, ctxt) = builder(ctx) else { return }
            b.pointee.placePhantoms(before: position(ctxt))
            guard b.pointee.tree.nodes.count == 1 else { return }
            b.pointee.sawDoctype = true
        }
        h.comment = { ctx, _ in
            guard let (b, ctxt) = builder(ctx) else { return }
            b.pointee.placePhantoms(before: position(ctxt))
            b.pointee.breakText()
        }
        h.processingInstruction = { ctx, _, _ in
            guard let (b, ctxt) = builder(ctx) else { return }
            b.pointee.placePhantoms(before: position(ctxt))
            b.pointee.breakText()
        }
        return h
    }()

    /// libxml2's own tree copied into Swift values: the way pages were read before the SAX builder,
    /// kept so a test can check that both give the same tree.
    static func parseWithTree(_ source: SourceText) -> HTMLTree {
        var tree = HTMLTree()
        guard !source.bytes.isEmpty, source.bytes.count < Int(Int32.max) else { return tree }
        xmlInitParser()
        // libxml2 stops at a NUL byte; a stray one becomes a space (same length, so offsets hold).
        let bytes = source.bytes.contains(0) ? source.bytes.map { $0 == 0 ? 0x20 : $0 } : source.bytes
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                htmlReadMemory(chars, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        var anchor = SourceAnchor(source: bytes, entity: entityValue)
        // A synthetic root: content after a stray </html> becomes a second top-level element in libxml2.
        tree.append(HTMLTree.Node(tag: .document, parent: -1))
        var top: [xmlNodePtr] = []
        var child = doc.pointee.children
        while let c = child {
            top.append(c)
            child = c.pointee.next
        }
        // Iterative pre-order walk: (libxml2 node, parent index in tree, inside <a>, inside raw text).
        var stack: [(xmlNodePtr, Int32, Bool, Bool)] = top.reversed().map { ($0, 0, false, false) }
        var names: [UnsafeRawPointer: (HTMLTree.Tag, TagFlags)] = [:]
        while let (node, parent, inLink, raw) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                // Names are interned in the parser's dictionary: one lookup per distinct pointer.
                let tag: HTMLTree.Tag
                let flags: TagFlags
                if let p = node.pointee.name, let known = names[UnsafeRawPointer(p)] {
                    (tag, flags) = known
                } else {
                    (tag, flags) = tree.intern(name(node.pointee.name))
                    if let p = node.pointee.name { names[UnsafeRawPointer(p)] = (tag, flags) }
                }
                var element = HTMLTree.Node(tag: tag, parent: parent)
                element.flags = flags
                element.inLink = inLink
                readAttributes(node, into: &element, classIDs: &tree.classIDs, styles: &tree.styles)
                let index = tree.append(element)
                let isRaw = raw || tag.isRawText
                var kids: [xmlNodePtr] = []
                var child = node.pointee.children
                while let c = child {
                    kids.append(c)
                    child = c.pointee.next
                }
                for c in kids.reversed() { stack.append((c, index, inLink || tag == .a, isRaw)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard parent >= 0, let content = node.pointee.content else { continue }
                let length = Int(xmlStrlen(content))
                guard length > 0 else { continue }
                let bytes = UnsafeBufferPointer(start: content, count: length)
                let start = tree.text.count
                tree.text.append(contentsOf: bytes)
                if raw {
                    // Script and style bodies are skipped by the anchor's reader, never matched.
                    let c = Int32(anchor.cursor)
                    tree.addPiece(from: start, starts: repeatElement(c, count: length), ends: repeatElement(c, count: length))
                } else {
                    tree.addPiece(from: start, starts: EmptyCollection(), ends: EmptyCollection())
                    anchor.anchor(bytes, starts: &tree.byteStarts, ends: &tree.byteEnds)
                }
                var text = HTMLTree.Node(tag: .text, parent: parent)
                text.textRange = start..<tree.text.count
                text.inLink = inLink
                tree.append(text)
            default:
                continue
            }
        }
        tree.anchorMisses = anchor.misses
        return tree
    }

    private static func name(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p).lowercased()
    }

    /// class, id, style, colspan and rowspan, read from the attribute nodes without copying the others.
    private static func readAttributes(_ node: xmlNodePtr, into element: inout HTMLTree.Node,
                                       classIDs: inout [UInt8], styles: inout [UInt8]) {
        var attr = node.pointee.properties
        while let a = attr {
            defer { attr = a.pointee.next }
            guard let key = a.pointee.name else { continue }
            let which: Int
            if xmlStrcasecmp(key, "class") == 0 || xmlStrcasecmp(key, "id") == 0 { which = 0 }
            else if xmlStrcasecmp(key, "style") == 0 { which = 1 }
            else if xmlStrcasecmp(key, "colspan") == 0 { which = 2 }
            else if xmlStrcasecmp(key, "rowspan") == 0 { which = 3 }
            else { continue }
            guard let valueNode = a.pointee.children, let value = valueNode.pointee.content else { continue }
            let bytes = UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value)))
            HTMLSAXBuilder.store(which, bytes, into: &element, classIDs: &classIDs, styles: &styles)
        }
    }

    /// libxml2's own HTML entity table, so the anchor decodes exactly what the parser decoded.
    static func entityValue(_ name: [UInt8]) -> UInt32? {
        EntityValues.shared.value(name)
    }

    /// `htmlEntityLookup` walks libxml2's table of 253 names one by one (2,500 instructions for &ldquo;, which the
    /// anchor reads again after the parser): its answers, found or not, are kept by name for the process; bounded.
    final class EntityValues: @unchecked Sendable {
        static let shared = EntityValues()
        private let lock = NSLock()
        private var known: [[UInt8]: UInt32?] = [:]
        private let limit = 4096

        func value(_ name: [UInt8]) -> UInt32? {
            lock.lock()
            if let v = known[name] { lock.unlock(); return v }
            lock.unlock()
            let v = EntityValues.lookup(name)
            lock.lock()
            if known.count < limit { known[name] = v }
            lock.unlock()
            return v
        }

        static func lookup(_ name: [UInt8]) -> UInt32? {
            var z = name
            z.append(0)
            let desc = z.withUnsafeBufferPointer { htmlEntityLookup($0.baseAddress) }
            guard let desc else { return nil }
            return UInt32(desc.pointee.value)
        }
    }
}
