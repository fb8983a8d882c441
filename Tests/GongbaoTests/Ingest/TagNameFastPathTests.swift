import Testing
@testable import Gongbao

/// The element-name fast paths (`HTMLSAXBuilder.plainName`, `TagFlags.flagged`) against the simple
/// reference they replace: lowercasing and splitting off a prefix, and `TagFlags.of`.
@Suite("Tag name fast paths")
struct TagNameFastPathTests {
    /// What the builder interned before: the name lowercased, a prefix (o:p, wb:share-button) split off.
    private func reference(_ name: String) -> String {
        let lowered = name.lowercased()
        if let colon = lowered.firstIndex(of: ":"), lowered.index(after: colon) < lowered.endIndex {
            return String(lowered[lowered.index(after: colon)...])
        }
        return lowered
    }

    private func plain(_ name: String) -> String? {
        var bytes = Array(name.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { HTMLSAXBuilder.plainName($0.baseAddress!) }
    }

    @Test func plainNamesAreTheirOwnReference() {
        let names = ["div", "p", "span", "td", "h1", "share-button", "x_y.z", "", "a1b2", "o:p", "DIV", "Td",
                     "wb:share-button", "x:", "名字", "diV", "é", "font"]
        for name in names {
            if let fast = plain(name) {
                #expect(fast == reference(name), "\(name)")
            }
        }
        #expect(plain("div") == "div")
        #expect(plain("o:p") == nil)
        #expect(plain("DIV") == nil)
        #expect(plain("名字") == nil)
    }

    @Test func flaggedTableMatchesTagFlagsOf() {
        var names = Set(ContentBuilder.blockTags).union(MainContent.containerTags).union(MainContent.blockTags)
            .union(BoilerplateXPaths.alwaysDropped.entries).union(BoilerplateXPaths.chromeTags.entries)
        names.formUnion(["span", "font", "img", "b", "strong", "center", "o:p", "", "share-button", "x"])
        for name in names {
            #expect((TagFlags.flagged[name] ?? []) == TagFlags.of(name), "\(name)")
        }
    }
}
