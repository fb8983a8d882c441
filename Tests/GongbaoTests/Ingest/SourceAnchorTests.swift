import Testing
@testable import Gongbao

@Suite("SourceAnchor")
struct SourceAnchorTests {
    private func anchor(_ text: String, in html: String) -> (starts: [Int32], misses: Int) {
        var a = SourceAnchor(source: Array(html.utf8), entity: { $0 == Array("nbsp".utf8) ? 0xA0 : nil })
        var starts: [Int32] = [], ends: [Int32] = []
        Array(text.utf8).withUnsafeBufferPointer { a.anchor($0, starts: &starts, ends: &ends) }
        return (starts, a.misses)
    }

    @Test("text after tags, comments and scripts maps to its own bytes")
    func skipsMarkup() {
        let html = "<p class=\"a>b\"><!-- 人才 --><script>x='人才'</script>人才7.8</p>"
        let (starts, misses) = anchor("人才7.8", in: html)
        #expect(misses == 0)
        let at = Int32(Array(html.utf8).count - Array("人才7.8</p>".utf8).count)
        #expect(starts.first == at)
        #expect(starts[1] == at + 1)
    }

    @Test("entities map to their ampersand; a stray quote does not swallow the page")
    func entities() {
        let html = "<meta content=\"a name=\"viewport\" /><p>A&nbsp;&#x4e00;B</p>"
        let (starts, misses) = anchor("A\u{A0}一B", in: html)
        #expect(misses == 0)
        let amp = Int32(Array(html.utf8).firstIndex(of: UInt8(ascii: "&"))!)
        #expect(starts[1] == amp)
    }

    @Test("text that is not in the source is counted as a miss and maps to the cursor")
    func miss() {
        let (starts, misses) = anchor("不在", in: "<p>别的</p>")
        #expect(misses == 1)
        #expect(starts.allSatisfy { $0 == 0 })
    }

    @Test("entity names are looked up in libxml2's table once and then answered from memory, unknown names too")
    func entityValuesRemembered() {
        for name in ["nbsp", "ldquo", "rdquo", "amp", "mdash", "middot", "notanentity", "NBSP", "nbsp"] {
            let bytes = Array(name.utf8)
            let first = HTMLText.EntityValues.shared.value(bytes)
            #expect(first == HTMLText.EntityValues.lookup(bytes), "\(name)")
            #expect(HTMLText.EntityValues.shared.value(bytes) == first, "\(name)")
        }
        #expect(HTMLText.entityValue(Array("ldquo".utf8)) == 0x201C)
        #expect(HTMLText.entityValue(Array("nbsp".utf8)) == 0xA0)
        #expect(HTMLText.entityValue(Array("notanentity".utf8)) == nil)
    }
}
