import Testing
@testable import Gongbao

@Suite("BoilerplateXPaths")
struct BoilerplateXPathsTests {
    @Test("every group is named and non-empty")
    func groupsNonEmpty() {
        let groups = [BoilerplateXPaths.alwaysDropped, BoilerplateXPaths.chromeTags, BoilerplateXPaths.chromePhrases,
                      BoilerplateXPaths.chromeBlocks, BoilerplateXPaths.hiddenStyles]
            + BoilerplateXPaths.classIDGroups
        for group in groups {
            #expect(!group.name.isEmpty)
            #expect(!group.entries.isEmpty, "\(group.name)")
            #expect(group.entries.allSatisfy { !$0.isEmpty }, "\(group.name)")
        }
    }
}
