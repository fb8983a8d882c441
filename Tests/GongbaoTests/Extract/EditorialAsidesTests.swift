import Testing
@testable import Gongbao

/// EditorialAsides.removed on subjects of our own: a bracket ending in 下同/后同 goes, ASCII or full-width, with
/// anything before 下同 inside it; other brackets stay.
@Suite("Editorial asides dropped from subjects")
struct EditorialAsidesTests {
    static let words = EditorialAsides.Words(["下同", "后同"])

    @Test("a bracket ending in 下同 or 后同 is dropped; others are kept")
    func removed() {
        #expect(EditorialAsides.removed(from: "出口总值较上年(下同)", words: Self.words) == "出口总值较上年")
        #expect(EditorialAsides.removed(from: "工业（按可比价计算，下同）增加值", words: Self.words) == "工业增加值")
        #expect(EditorialAsides.removed(from: "市级(含新区，后同)收入", words: Self.words) == "市级收入")
        #expect(EditorialAsides.removed(from: "生产总值(GDP)", words: Self.words) == nil)
        #expect(EditorialAsides.removed(from: "上下同心", words: Self.words) == nil)
        #expect(EditorialAsides.removed(from: "", words: Self.words) == nil)
    }
}
