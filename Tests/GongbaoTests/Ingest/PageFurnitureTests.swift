import Foundation
import Testing
@testable import Gongbao

@Suite("Page furniture of PDF text")
struct PageFurnitureTests {
    /// The text `PageFurniture` leaves of `text`.
    static func kept(_ text: String) -> String {
        let source = SourceText(path: "a.txt", bytes: Array(text.utf8), encoding: "UTF-8")
        return String(decoding: ContentText(plainText: source).bytes, as: UTF8.self)
    }

    @Test("a page number between dashes goes with its form feed and line end", arguments: [
        "支出完成\n—3—\u{0C}\n199.9亿元", "支出完成\n- 12 -\n199.9亿元", "支出完成\n－３－\n199.9亿元",
        "支出完成\n  —  3  —  \n199.9亿元", "支出完成\n—3—\n\u{0C}\n199.9亿元", "支出完成\n·3·\n199.9亿元",
    ])
    func dashed(text: String) {
        #expect(Self.kept(text) == "支出完成\n199.9亿元")
    }

    @Test("第3页, 3/10 and a bare 3 go only beside a form feed", arguments: [
        ("支出完成\n第3页 共10页\u{0C}\n199.9亿元", "支出完成\n199.9亿元"),
        ("支出完成\n3/10\u{0C}\n199.9亿元", "支出完成\n199.9亿元"),
        ("支出完成\n3\u{0C}\n199.9亿元", "支出完成\n199.9亿元"),
        ("支出完成\u{0C}\n第 4 页\n199.9亿元", "支出完成\n199.9亿元"),
        ("支出完成\n—3—\n\u{0C}199.9亿元", "支出完成\n199.9亿元"),
        ("项目\n12\n2024年", "项目\n12\n2024年"),
        ("日期\n3/10\n到期", "日期\n3/10\n到期"),
        ("见\n第3页\n所列", "见\n第3页\n所列"),
    ])
    func besideFormFeed(text: String, expected: String) {
        #expect(Self.kept(text) == expected)
    }

    @Test("numbers that are not page numbers stay", arguments: [
        "增长\n-3\n个百分点", "时期\n2023-2024\n之间", "支出完成\n—3—项\n199.9亿元", "3\u{0C}万元",
    ])
    func notPageNumbers(text: String) {
        #expect(Self.kept(text) == text)
    }

    @Test("a newspaper's jump and credit lines go wherever they stand, with their line end", arguments: [
        "城镇新增就\n（下转第2版）\n业1.2万人", "城镇新增就\n(上接第一版)\n业1.2万人", "城镇新增就\n下转A3版\n业1.2万人",
        "城镇新增就\n责任编辑：王某\n业1.2万人", "城镇新增就\n  本版编辑 李明 美术编辑 张三\n业1.2万人",
        "城镇新增就\n责任编辑王小明\n业1.2万人", "城镇新增就\n【转第4版】\n业1.2万人",
    ])
    func newspaperFurniture(text: String) {
        #expect(Self.kept(text) == "城镇新增就\n业1.2万人")
    }

    @Test("a bare page number inside a column of text goes; a cell after a short label stays")
    func bareNumberInColumn() {
        let column = "年末全市常住人口为五百一十万人，比\n上年末减少二万人。全年城镇新增就\n3\n业1.2万人，比上年增长5.2%。"
        #expect(Self.kept(column) == "年末全市常住人口为五百一十万人，比\n上年末减少二万人。全年城镇新增就\n业1.2万人，比上年增长5.2%。")
        // A cell: the label before it is shorter than the line before that; a sentence's end before it.
        let cells = "提供住宿的民政机构（个）合计\n养老机构\n586\n儿童福利机构\n11"
        #expect(Self.kept(cells) == cells)
        let ended = "年末全市常住人口为五百一十万人。\n上年末全市常住人口为五百一十万。\n12\n项目"
        #expect(Self.kept(ended) == ended)
        let long = "年末全市常住人口为五百一十万人，比\n上年末减少二万人。全年城镇新增就\n1234\n业1.2万人"
        #expect(Self.kept(long) == long)
    }

    @Test("text that only looks like a jump or credit line stays", arguments: [
        "全市\n统筹推进\n各项工作", "新\n转第2版块\n业务", "出版\n编辑部\n12人", "（下转第2版面）", "责任编辑：",
        "下转第二版和第三版", "编辑：王某负责的12个项目",
    ])
    func notNewspaperFurniture(text: String) {
        #expect(Self.kept(text) == text)
    }

    @Test("the furniture words are data: the bundled furniture.yaml, read once")
    func furnitureWordsAreData() throws {
        let words = NewspaperFurniture.words
        #expect(words.jump.contains("下转") && words.credit.contains("责任编辑"))
        #expect(words.location.contains("当前位置"))
        let text = "jump_words: [下转, 另见]\ncredit_words: [主编]\nlocation_labels: [当前位置]\n"
        #expect(try FurnitureWords.parse(text) == FurnitureWords(jump: ["下转", "另见"], credit: ["主编"], location: ["当前位置"]))
    }

    @Test("a broken furniture table is an error naming its file and line")
    func brokenFurnitureTable() {
        #expect(throws: LexiconError.self) { try FurnitureWords.parse("jump_words: [下转]\n") }
        do {
            _ = try FurnitureWords.parse("jump_words: [下转]\ncredit_words: []\nlocation_labels: [当前位置]\n")
            Issue.record("an empty list was taken")
        } catch {
            #expect(error.file == "furniture.yaml" && error.line == 2)
        }
    }

    @Test("text without page furniture is its own content, stored as the identity")
    func identity() {
        let source = SourceText(path: "a.txt", bytes: Array("人才7.8万人\n第二行".utf8), encoding: "UTF-8")
        #expect(ContentText(plainText: source).isIdentity)
    }

    @Test("each kept byte maps to its place in the source, the end to the source's end")
    func offsets() {
        let text = "ab\n—3—\u{0C}\ncd"
        let source = SourceText(path: "a.txt", bytes: Array(text.utf8), encoding: "UTF-8")
        let content = ContentText(plainText: source)
        let dropped = Array("—3—\u{0C}\n".utf8).count
        #expect(Array(content.sourceOffsets) == [0, 1, 2, Int32(3 + dropped), Int32(4 + dropped), Int32(5 + dropped)])
    }

    @Test("a sentence broken by a page keeps its subject, and the figure its line and column in the file")
    func throughThePipeline() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongbao-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("budget.txt").path
        let text = "2025年，全市社会保险基金预算支出完成\n—3—\u{0C}\n199.9亿元，同比增长5.1%。\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let metrics = try Pipeline.standard().run(paths: [path], jobs: 1).documents.flatMap(\.metrics)
        let money = try #require(metrics.first { $0.unit == "元" })
        #expect(money.subject == "社会保险基金预算支出")
        #expect(money.location.line == 3)
        #expect(money.location.column == 1)
    }
}
