import Foundation
import Testing
@testable import Gongbao

@Suite("HTMLSAXBuilder")
struct HTMLSAXBuilderTests {
    /// Each node as one comparable line: depth, tag, attributes read, text (script and style bodies left
    /// out: the SAX builder does not keep them, they are never content).
    private func lines(_ tree: HTMLTree) -> [String] {
        var depth = [Int](repeating: 0, count: tree.nodes.count)
        var out: [String] = []
        for (i, n) in tree.nodes.enumerated() {
            if n.parent >= 0 { depth[i] = depth[Int(n.parent)] + 1 }
            if n.isText {
                if ["script", "style"].contains(tree.name(tree.nodes[Int(n.parent)].tag)) { continue }
                out.append("\(depth[i]) text \(String(decoding: tree.text[n.textRange], as: UTF8.self))")
            } else {
                out.append("\(depth[i]) <\(tree.name(n.tag))> \(String(decoding: tree.classID(i), as: UTF8.self)) "
                    + "\(String(decoding: tree.style(i), as: UTF8.self)) \(n.columnSpan)x\(n.rowSpan) \(n.inLink) \(n.classNames.rawValue)")
            }
        }
        return out
    }

    private func sources() throws -> [(String, SourceText)] {
        let fixtures = ["article.html", "broken.html", "entities.html", "tables.html", "gbk.html", "charset-mismatch.html",
                        "declared-utf8-gbk-bytes.html", "no-text.html"]
        var out = try fixtures.map { ($0, try IngestFixture.source($0)) }
        out += try IngestFixture.corpusPages().map { ($0, try TextDecoding.decode(try DocumentReader.read(path: $0))) }
        for html in ["<p><![if !supportLists]>1.<![endif]>文字</p>", "<p>a</ b>c</p>", "<p>a</_x>c<?php x ?>d</p>",
                     "<p>a&#0;b&#99999999;c&#x;d</p>", "<!DOCTYPE html><p>人才\r\n7.8万人</p>", "a<!-- x -->b<p>c</html><p>d", "<!DOCTYPE html><p>c</html><p>d",
                     "<p>x<o:p>y</o:p></p>",
                     // Code bodies cut before parsing: the tree must not change.
                     "<p>a<script>var s = \"<p>x</p>\";</script>b<STYLE type=x>p{}</STYLE>c</p>",
                     "<p>a<script/>b<p>c</script>d", "<a title=\"<script>\">t</a><p>u</p>",
                     "<!-- <script> --><p>v</p><script>w", "<p>x</p><?php <script> ?><p>y</p>",
                     "<p>q<script>1</scripts>r</p>", "<scripts>s</scripts><p>t</p>", "<p>a<script>x</script >b</p>",
                     "<p>a<style>x<!-- </style> -->b</p>",
                     // Unread attributes cut before parsing: the tree must not change either.
                     "<div id=a href=\"/x?a=1&amp;b=2\" class='c d' target=_blank>t<a href=\"y\"/>u<img src=z/>v</div>",
                     "<td nowrap width=\"50%\" colspan=2 ROWSPAN = \"3\" Style=\"DISPLAY: none\">w</td>",
                     "<p title=\"a>b\" class=x>y</p><p title='\"' class=z>q</p><p a=\"1\"b=\"2\" class=k>r</p>",
                     "<meta content=\"a name=\"viewport\" /><p class=m data-x=\"<p>\">s</p>",
                     "<p onclick=\"f('x')\"\nclass=\"n\"\r\n\tlang=zh>t</p><br clear=all/><hr noshade size=1>",
                     "<p x==y class=a>1</p><p x= class=b>2</p><p x=\"unclosed class=c>3</p><p>4</p>",
                     "<!-- <a href=\"x\"> --><a href='y' id=q>5</a><p:x foo=\"1\" class=r>6</p:x>",
                     "<a href=\"x\" class=\"a\" class=\"b\">7</a><a class=c href=x class=d>8</a>",
                     // class/id values: kept when they name a chrome fragment or a title, whatever their case.
                     "<div class=\"a\" class=\"nav\">1</div><div id=x ID=\"Footer\">2</div><div class=NavBar id=q>3</div>"
                         + "<div class=\"main title\" id=\"\">4</div><div class=\"&#110;av\">5</div><div class id=share>6</div>",
                     // Comment bodies cut: only comments libxml2 ends where the reader does.
                     "<p>a<!-- x -->b<!---->c<!-- y --->d</p>", "<p>e<!-->f<!-- z -->g</p>", "<p>h<!--->i<!-- -->j</p>",
                     "<p>k<!-- l --!>m<p>n-->o</p>", "<p>p<!-- <a href=x>q</a> --><b class=r>s</b></p>",
                     // Styles that cannot hide are cut; a duplicate style leaves the tag whole.
                     "<p style=\"color:red\" style=\"display:none\">t</p><p style=\"DISPLAY:NONE\">u</p>",
                     "<p style style=\"display:none\">v</p><p style=\"visibility:&#104;idden\">w</p>",
                     "<div style='width:100px' class=x>y<span style=color:red>z</span></div>"] + textCutPages + HTMLSAXBuilderTests.phantomPages {
            out.append((html, try IngestFixture.html(html)))
        }
        return out
    }

    /// Pages whose texts are cut inside before parsing (CodeBodies.cutText), or must not be.
    private var textCutPages: [String] {
        let long = "签约33个项目，总金额175.65亿元，其中工业项目20个、服务业项目13个。"
        let blanks = String(repeating: " ", count: 950)
        return [
            "<p>\(long)</p>\(long)</div><!-- c -->\(long)<br/>\(long)</ p>\(long)<p>\(long)",
            "<p>&nbsp;&nbsp;\(long)&#12288;\(long)&amp;\(long)&foo;\(long)&bar\(long)&#x4e00;\(long)&#0;\(long)&#;\(long)</p>",
            "<p>\(long)\u{01}\(long)</p><p>\(long)\u{0C}\(long)</p><p>\(long)\u{FFFE}\(long)</p><p>\(long)\u{85}\(long)</p>",
            "<html><head><title>\(long)</title>\(long)</head><body>\(long)</body></html>\(long)",
            "\(long)<html><head>\(blanks)\(long)</head><body><p>a</p>\(blanks)\(long)\(long)</body></html>",
            "<div>\(blanks)\(blanks)\(long)</div><div>\(String(repeating: long, count: 40))</div><p>\(blanks)x\(blanks)</p>",
            "<p>a</p><textarea>\(long)</textarea><p>\(long)</p>", "<p>\(long)</p><x:textarea>\(long)<p>\(long)</p>",
            "<p>\(long)</p><XMP>\(long)</XMP>\(long)", "<table><tr>\(long)<td>\(long)</td>\(long)</tr>\(long)</table>",
            "<p>人才\r\n\(long)\r\n</p>\r\n\t\(long)\r\n<p>\t\(long)\t</p>", "<p>\(long)<\(long)</p><p>\(long)< b\(long)</p>",
            "<p>\(long)</p   >\(long)</p\n>\(long)</p x>\(long)<br class=a>\(long)<script></script>\(long)",
            "<ul><li>\(long)<li>\(long)</ul><dl><dt>\(long)<dd>\(long)</dl><select><option>\(long)</select>",
            // Blank runs between tags lose their inside (CodeBodies.blankCut): short and long ones, with tabs and CRs, in
            // head, body, tables, pre; one of 899 bytes (cut) and one of 1000 (a full chunk: libxml2 may open a <p>).
            "<html>\r\n\t\t<head>\r\n\t\t\t<title>\(long)</title>\r\n\t\t</head>\r\n\t\t<body>\r\n\t\t\t<div>\(long)</div>\r\n"
                + "\t\t\t<table>\r\n\t\t\t\t<tr>\r\n\t\t\t\t\t<td>汽车</td>\t\t \t\t<td>万辆</td>\r\n\t\t\t\t</tr>\r\n\t\t\t</table>\r\n"
                + "<pre>\n        \n</pre><p>a</p>        <p>b</p>       <p>c</p>\n\n\n\n\n\n\n\n<!-- x -->\n\n\n\n\n\n\n\n<p>d</p></body></html>",
            "<div>\(String(repeating: " ", count: 899))</div><p>\(long)</p>\(String(repeating: "\t", count: 1000))<b>x</b>"
                + "<span>\(long)</span>\(String(repeating: "\n", count: 40))<i>y</i>\(String(repeating: " ", count: 20))&nbsp;z",
            "\n\n\n\n\n\n\n\n\n<!DOCTYPE html>\n\n\n\n\n\n\n\n\n<html>         <body>         text         <p>q</p>",
            "<textarea>\n\n\n\n\n\n\n\n\n</textarea>\n\n\n\n\n\n\n\n\n<p>r</p>",
        ]
    }

    /// Pages with elements cut whole before parsing (CodeBodies.Phantom), or that must not be: in an explicit head and
    /// body, with blanks or text before them, a `<` or text after them, attributes kept or cut, closed at once or not.
    static var phantomPages: [String] {
        let long = "签约33个项目，总金额175.65亿元，其中工业项目20个、服务业项目13个。"
        let wide = String(repeating: " ", count: 40)
        return [
            // A pretty-printed page: head metas, links, scripts and styles; body images, script tags, Word's <o:p>.
            "<!DOCTYPE html>\n<html>\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=x content=y />\n  <title>\(long)</title>\n"
                + "  <link rel=stylesheet href=a.css>\n  <script src=a.js></script>\n\t<style>p{}</style>\r\n</head>\n<body>\n"
                + "  <div class=main>\n    <img src=a.png>\n    <p>\(long)<o:p></o:p></p>\n"
                + "    <p><span lang=EN-US><o:p></o:p></span>\(long)<br>\(long)</p>\(wide)<IMG SRC=\"b.png\">\(wide)\n"
                + "    <script>var a = \"<p>x</p>\";</script>\r\n    <input type=hidden value=1/>\n  </div>\n"
                + "<a href=x><img src=y></a><table><tr><td><img src=z><br></td><td>\(long)</td></tr></table>\n</body>\n</html>\n",
            // Text right before an element (no blank run: a `<` must follow), a stray `<` after one, elements side by side.
            "<html><body><p>\(long)<o:p></o:p></p><p>a<br>b</p><p>c<img src=x>< d</p><p>e<o:p></o:p><o:p></o:p><b>f</b>"
                + "<o:p></o:p><O:P></O:P>\n<span></span><em class=q></em>g</p><p>【<a href=x>关闭</a>】<br><br>\n</p>"
                + "<p>h<br><br><br>i</p></body></html>",
            // Closed at once or not: <span/>, <span class=x/> (the slash is the value's), a script closed by </scripts>.
            "<body>\n<span/>\n<p>a</p>\n<span class=x/>\n<p>b</p><b>c</b>\n<script></scripts>\n<p>d</p>\n</body>",
            // Kept attributes, elements before the body or after it, a second body, text in the head, a div in the head.
            "<html><head>\n<meta a=b>\ntext\n<meta c=d>\n</head><img src=x>\n<body>\n<img class=nav src=x>\n"
                + "<img style=\"display:none\">\n<body>\n<img src=y>\n</body>\n<img src=z>\n<p>a</p></html>\n<img src=w>\n",
            "<head><meta a=b>\n<div>x</div>\n<meta c=d>\n<link e=f>\n</head>\n<body>\n<img>\n<p>y</p>\n</body>",
            "<head>\n<title>t<meta a=b>\n</title>\n<meta c=d>\n<base href=x>\n<meta e=f>\n</head>\n<body><img></body>",
            // Blank runs before an element: long (cut inside), with CRs and tabs, 899 and 1000 bytes; an element last.
            "<body><div>\r\n\t\t\t\t\t\t<img src=a>\r\n\t\t\t\t\t\t<p>a</p></div>\n<div>"
                + String(repeating: " ", count: 899) + "<img src=b><p>b</p></div><div>" + String(repeating: "\t", count: 1000)
                + "<img src=c>\(long)</div><p>c</p>\n<img src=d>",
            // Inside a textarea nothing is cut any more; an element before a comment and a processing instruction.
            "<body><p>a</p>\n<img src=x><!-- c -->\n<img src=y><?php x ?>\n<textarea>\n<img src=z>\n</textarea>\n<img src=w>\n<p>b</p></body>",
        ]
    }

    @Test("elements cut whole before parsing are put back where libxml2 had them")
    func phantomsAreMade() throws {
        let page = HTMLSAXBuilderTests.phantomPages[0]
        let source = try IngestFixture.html(page)
        let code = CodeBodies(in: SourceAnchor(source: source.bytes, entity: { _ in nil }))
        let names = code.phantoms.filter { $0.name >= 0 }.map { String(decoding: CodeBodies.phantomNames[$0.name], as: UTF8.self) }
        #expect(names == ["meta", "meta", "link", "script", "style", "img", "o:p", "o:p", "img", "script", "input", "img",
                          "img", "br"])
        let short = String(decoding: code.shortened(source.bytes), as: UTF8.self)
        #expect(!short.contains("<meta") && !short.contains("<img") && !short.contains("<o:p") && !short.contains("var a"))
        #expect(short.contains("<title>") && short.contains("<br>\u{7B7E}"))  // <br> between two texts stays
        // The tree is the one libxml2 builds from the whole page, every text byte at its own offset.
        let tree = HTMLText.parse(source)
        #expect(lines(tree) == lines(HTMLText.parseWithTree(source)))
        #expect(tree.anchorMisses == 0)
        var hint = 0
        for k in tree.text.indices where tree.text[k] != 0x26 {
            #expect(source.bytes[Int(tree.sourceStart(k, hint: &hint))] == tree.text[k], "byte \(k)")
        }
        // Content after the cut head still traces to the file, line and column.
        let content = HTMLText.content(of: source)
        #expect(expectTraceable(content, in: source, "phantoms") > 30)
        let figure = Array("175.65亿元".utf8)
        let at = try #require((0...(content.bytes.count - figure.count)).first {
            Array(content.bytes[$0..<$0 + figure.count]) == figure })
        let location = source.location(ofOffset: Int(content.sourceOffsets[at]))
        // (Lines split on LF bytes: a Swift String keeps CR LF as one Character.)
        let lines = source.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        #expect(lines[location.line - 1].contains("175.65亿元"))
        #expect(Array(lines[location.line - 1].unicodeScalars).dropFirst(location.column - 1).starts(with: "175.65亿元".unicodeScalars))
    }

    @Test("blank runs between tags are cut alone where libxml2's place is known, and only where nothing else happens there")
    func blankPhantoms() throws {
        func blanks(_ page: String) throws -> [String] {
            let source = try IngestFixture.html(page)
            return CodeBodies(in: SourceAnchor(source: source.bytes, entity: { _ in nil })).phantoms.filter { $0.name < 0 }.map {
                String(decoding: source.bytes[$0.blank], as: UTF8.self) + "|" + ($0.name == CodeBodies.blanksAfterOpenTag ? "open" : "closed")
            }
        }
        // After a start tag that stays open any tag may follow; after an end tag only one that closes nothing, or an end tag.
        #expect(try blanks("<body><ul>\n <li>a</li>\n <li>b</li>\n</ul>\n<div>c</div>  <span>d</span>\t<!-- e -->\n<p>f</p></body>")
            == ["\n |open", "\n|closed", "  |closed", "\t|closed"])
        // Not before the body, nor after a void element or <x/> before a tag that closes one, nor where text follows.
        #expect(try blanks("<div>\n<p>a</p>\n</div><body><br>\n<p>b</p><br/>\n<p>c</p>\n<b>d</b> e\n</body>\n<p>g</p>")
            == ["\n|closed"])
        // The blanks before an element cut whole go with it.
        #expect(try blanks("<body><div>\n  <img src=x>\n</div></body>") == ["\n|closed"])
    }

    @Test("no element is cut where libxml2 might stand elsewhere: before the body, after it, in a head it left")
    func phantomsOnlyWhereKnown() throws {
        let pages = HTMLSAXBuilderTests.phantomPages
        func cut(_ page: String) throws -> [String] {
            let source = try IngestFixture.html(page)
            return CodeBodies(in: SourceAnchor(source: source.bytes, entity: { _ in nil })).phantoms.filter { $0.name >= 0 }.map {
                String(decoding: source.bytes[$0.blank.upperBound..<($0.blank.upperBound + 12)], as: UTF8.self)
            }
        }
        #expect(try cut(pages[3]) == ["<meta a=b>\nt", "<img src=y>\n"])
        #expect(try cut(pages[4]) == ["<meta a=b>\n<", "<img>\n<p>y</"])
        #expect(try cut(pages[5]) == ["<meta c=d>\n<", "<img></body>"])
        #expect(try cut(pages[7]) == ["<img src=x><"])  // not before a processing instruction
    }

    @Test("the SAX events give the tree libxml2 itself builds, on every fixture and Corpus page")
    func sameTreeAsLibxml2() throws {
        for (name, source) in try sources() {
            let sax = lines(HTMLText.parse(source))
            let dom = lines(HTMLText.parseWithTree(source))
            #expect(sax.count == dom.count, "\(name)")
            if let k = sax.indices.first(where: { $0 < dom.count && sax[$0] != dom[$0] }) {
                Issue.record("\(name): node \(k): SAX \(sax[k]) vs tree \(dom[k])")
            }
        }
    }

    @Test("literal text takes its offsets from the parser; every byte maps to the same byte in the source")
    func literalOffsets() throws {
        let source = try IngestFixture.html("<p>签约33个项目，总金额175.65亿元。</p><p>a &amp; b</p>")
        let tree = HTMLText.parse(source)
        var hint = 0
        #expect(tree.anchorMisses == 0)
        for (k, b) in tree.text.enumerated() where b != 0x26 && b > 0x20 {
            #expect(source.bytes[Int(tree.sourceStart(k, hint: &hint))] == b)
        }
        let amp = try #require(tree.text.firstIndex(of: 0x26))
        #expect(Array(source.bytes[Int(tree.sourceStart(amp, hint: &hint))..<Int(tree.sourceEnd(amp, hint: &hint))])
            == Array("&amp;".utf8))
    }

    @Test("offsets read from text pieces are the ones per byte would be: each literal character maps to itself")
    func pieceOffsets() throws {
        for (name, source) in try sources() {
            let tree = HTMLText.parse(source)
            var hint = 0
            let t = tree.text
            var k = 0
            while k < t.count {
                let (v, length) = t.withUnsafeBufferPointer { SourceAnchor.decode($0, k) }
                let start = Int(tree.sourceStart(k, hint: &hint)), end = Int(tree.sourceEnd(k, hint: &hint))
                if v > 0x20, v != 0x26, v != 0xA0, end - start == length {
                    // Written as is: every byte of the character at its own offset, the character's end after it.
                    for j in 0..<length {
                        #expect(Int(tree.sourceStart(k + j, hint: &hint)) == start + j, "\(name) \(k)")
                        #expect(Int(tree.sourceEnd(k + j, hint: &hint)) == end, "\(name) \(k)")
                    }
                    #expect(Array(source.bytes[start..<end]) == Array(t[k..<(k + length)]), "\(name) \(k)")
                }
                k += length
            }
        }
    }

    @Test("a text cut inside before parsing comes back whole, each byte mapped to itself in the source")
    func cutTextOffsets() throws {
        let long = "签约33个项目，总金额175.65亿元，其中工业项目20个、服务业项目13个。"
        let source = try IngestFixture.html("<div><p>\(long)</p>&nbsp;\(long)<br>\(long)\(long)</div>")
        let code = CodeBodies(in: SourceAnchor(source: source.bytes, entity: { _ in nil }))
        #expect(code.hasTextCuts)
        let tree = HTMLText.parse(source)
        #expect(tree.anchorMisses == 0)
        #expect(String(decoding: tree.text, as: UTF8.self) == long + "\u{A0}" + long + long + long)
        var hint = 0
        for (k, b) in tree.text.enumerated() where b > 0x20 && b != 0xC2 && b != 0xA0 {
            #expect(source.bytes[Int(tree.sourceStart(k, hint: &hint))] == b)
            #expect(tree.sourceEnd(k, hint: &hint) > tree.sourceStart(k, hint: &hint))
        }
    }
}

@Suite("CodeBodies")
struct CodeBodiesTests {
    @Test("isLiteralText (two Chinese characters per load) answers as a plain check of each scalar")
    func literalTextMatchesReference() {
        func reference(_ bytes: [UInt8]) -> Bool {
            guard Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes else { return false }  // well-formed
            return String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy { s in
                let v = s.value
                return (v >= 0x20 || v == 0x09 || v == 0x0A || v == 0x0D) && v != 0x26 && !(0x7F...0x9F).contains(v)
                    && v != 0xFFFE && v != 0xFFFF
            }
        }
        let parts: [[UInt8]] = ["签", "约", "中", "文", "ａ", "a", "1", " ", "\n", "\t", "&", "\u{01}", "\u{7F}", "\u{85}",
                                "\u{A0}", "\u{FFFE}", "\u{FFFD}", "\u{E000}", "\u{10000}", "\u{3000}", "\u{1000}", "\u{CFFF}"]
            .map { Array($0.utf8) } + [[0xE4, 0xB8], [0xB8], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                       [0xC0, 0x80], [0xF8, 0x88, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xE4, 0x41, 0x80]]
        var mix = Mix(state: 12345)
        func next(_ n: Int) -> Int { mix.next(n) }
        for round in 0..<3000 {
            // Mostly Chinese runs (the fast path), with one odd part now and then.
            var bytes: [UInt8] = []
            for _ in 0..<(1 + next(24)) { bytes += parts[round % 3 == 0 ? next(parts.count) : next(3)] }
            if round % 2 == 0 { bytes += parts[next(parts.count)] + parts[next(4)] + parts[next(4)] }
            let fast = bytes.withUnsafeBufferPointer { CodeBodies.isLiteralText($0, 0, $0.count) }
            #expect(fast == reference(bytes), "\(bytes)")
        }
    }

    @Test("script and style bodies are cut; offsets in the shorter text map back; doubtful cases are left alone")
    func cuts() {
        let page = Array("<p>a<script src=x>var s='<p>';</script>签<style>p{}</style>约</p>".utf8)
        let code = CodeBodies(in: SourceAnchor(source: page, entity: { _ in nil }))
        #expect(code.ranges.count == 3)
        let short = code.shortened(page)
        #expect(String(decoding: short, as: UTF8.self) == "<p>a<script></script>签<style></style>约</p>")
        let qian = short.firstIndex(of: 0xE7)!  // 签
        #expect(page[code.sourceOffset(qian)] == 0xE7)
        #expect(Array(page[code.sourceOffset(qian)..<code.sourceOffset(qian) + 3]) == Array("签".utf8))
        let attributes = Array(("<a href=\"/x\" class=nav target=_blank>签</a><p a=1b=2 c=3>约</p><img src=x/>"
            + "<div id=Main-Box class=\"TitleBar\">x</div><div class=a class=b>y</div><p ID='a&amp;b'>z</p>").utf8)
        let cut = CodeBodies(in: SourceAnchor(source: attributes, entity: { _ in nil }))
        // class/id values that name no chrome fragment nor "title" are cut, unless written twice or with a reference.
        #expect(String(decoding: cut.shortened(attributes), as: UTF8.self) == "<a class=nav>签</a><p a=1b=2 c=3>约</p><img>"
            + "<div class=\"TitleBar\">x</div><div class=a class=b>y</div><p ID='a&amp;b'>z</p>")
        // Text: the inside of a long one, between its first and last non-blank characters; not past a textarea.
        let text = Array("<p> 签约33个项目，总金额175.65亿元。 </p>\n<textarea>签约33个项目，总金额175.65亿元。</textarea>".utf8)
        let textCut = CodeBodies(in: SourceAnchor(source: text, entity: { _ in nil }))
        #expect(String(decoding: textCut.shortened(text), as: UTF8.self)
            == "<p> 签。 </p>\n<textarea>签约33个项目，总金额175.65亿元。</textarea>")
        for doubtful in ["<script/>x</script>", "<script>never closed", "<!-- unclosed <script>x</script>"] {
            #expect(CodeBodies(in: SourceAnchor(source: Array(doubtful.utf8), entity: { _ in nil })).isEmpty, "\(doubtful)")
        }
    }
}
