import Foundation

/// Lines a newspaper page prints around its columns, not part of the article: a jump line sending the reader to
/// another page ((下转第2版), （上接第一版）, 转A3版) and an editor's credit line (责任编辑：王某, 本版编辑 李明 美术编辑
/// 张三).
///
/// Why: OCR of a newspaper column puts them wherever they stood on the scan — most often between two lines of a
/// sentence (城镇新增就⏎（下转第2版）⏎业1.2万人). Kept, the line breaks the sentence twice: the figure after it loses
/// its subject, a number broken by the column stays two numbers, and a credit's name can be read as a subject (王某).
/// Dropped with its line end (`PageFurniture.ranges`), the line joiner sees 就⏎业1.2万人 like any other hard line break.
/// No statement is written in these shapes, so they go wherever they stand, with or without a form feed.
///
/// Not dropped: a bare page number on a line of its own (3) away from a form feed — a table's cell looks the same
/// (`PageFurniture`).
enum NewspaperFurniture {
    /// The word lists of Resources/furniture.yaml, read once (`FurnitureWords.bundled`).
    static let words = FurnitureWords.bundled

    /// The words a jump line opens with (下转第2版, 上接第1版, 接第3版, 转第4版, 续第5版).
    static let jumpWords: [[UInt32]] = words.jump.map { $0.unicodeScalars.map(\.value) }

    /// The titles of a credit line (责任编辑：王某), longest first.
    static let creditWords: [[UInt32]] = words.credit.map { $0.unicodeScalars.map(\.value) }.sorted { $0.count > $1.count }

    /// The brackets a jump line may stand in: ( [ （ 【 〔 and their closers.
    static let openBrackets: Set<UInt32> = [0x28, 0x5B, 0xFF08, 0x3010, 0x3014]
    static let closeBrackets: Set<UInt32> = [0x29, 0x5D, 0xFF09, 0x3011, 0x3015]

    /// Chinese numerals of a page number (一 … 十, 零, 〇).
    static let chineseNumerals: Set<UInt32> = [0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
                                               0x5341, 0x96F6, 0x3007]

    /// Scalars a furniture line may open with (past blanks): a bracket or the first letter of one of the words.
    static let openers: Set<UInt32> = openBrackets.union((jumpWords + creditWords).compactMap(\.first))

    /// The scalar whose UTF-8 starts at `i` (before `hi`); 0xFFFD for a broken one.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> UInt32 {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return b0 }
        if b0 & 0xE0 == 0xC0, i + 1 < hi { return (b0 & 0x1F) << 6 | (UInt32(b[i + 1]) & 0x3F) }
        if b0 & 0xF0 == 0xE0, i + 2 < hi {
            return (b0 & 0x0F) << 12 | (UInt32(b[i + 1]) & 0x3F) << 6 | (UInt32(b[i + 2]) & 0x3F)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < hi {
            return (b0 & 0x07) << 18 | (UInt32(b[i + 1]) & 0x3F) << 12 | (UInt32(b[i + 2]) & 0x3F) << 6
                | (UInt32(b[i + 3]) & 0x3F)
        }
        return 0xFFFD
    }

    /// True when the line `lo..<hi` (its line end included) is a jump or credit line. Asked of short lines only.
    static func matches(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x0C { i += 1 }
        // Most short lines are text: one look at the first letter answers them, before anything is decoded.
        guard i < hi else { return false }
        guard openers.contains(scalar(b, i, hi)) else { return false }
        let line = Array(String(decoding: UnsafeBufferPointer(rebasing: b[i..<hi]), as: UTF8.self).unicodeScalars
            .map(\.value))
        guard let first = line.first, openers.contains(first) else { return false }
        // Blanks (the ideographic space too) are word breaks; trailing ones go.
        let words = line.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C || $0 == 0x3000 })
            .map(Array.init)
        guard !words.isEmpty else { return false }
        return isJump(words) || isCredit(words)
    }

    static func isIdeograph(_ s: UInt32) -> Bool { (0x4E00...0x9FFF).contains(s) }

    static func isNumeral(_ s: UInt32) -> Bool {
        (0x30...0x39).contains(s) || (0xFF10...0xFF19).contains(s) || chineseNumerals.contains(s)
    }

    /// (下转第2版), 上接第一版, （转A3版）: brackets optional, 第 optional, a page letter optional, one number, 版.
    static func isJump(_ words: [[UInt32]]) -> Bool {
        var s = words.joined().map { $0 }
        if let f = s.first, openBrackets.contains(f) {
            guard let l = s.last, closeBrackets.contains(l) else { return false }
            s = Array(s.dropFirst().dropLast())
        }
        guard let word = jumpWords.first(where: { s.starts(with: $0) }) else { return false }
        var k = word.count
        if k < s.count, s[k] == 0x7B2C { k += 1 }  // 第
        if k < s.count, (0x41...0x5A).contains(s[k]) || (0xFF21...0xFF3A).contains(s[k]) { k += 1 }  // A3版
        let digits = k
        while k < s.count, isNumeral(s[k]) { k += 1 }
        return k > digits && k + 1 == s.count && s[k] == 0x7248  // 版
    }

    /// 责任编辑：王某, 本版编辑 李明 美术编辑 张三, 责编 王某 李某: a title first, then names (one to four ideographs),
    /// a title and its name apart (：, :, blanks) or, after a title of four letters, together.
    static func isCredit(_ words: [[UInt32]]) -> Bool {
        var sawTitle = false, needsName = false
        for w in words {
            var rest = w[...]
            if let title = creditWords.first(where: { rest.starts(with: $0) }) {
                rest = rest.dropFirst(title.count)
                // Written together only after a title of four letters (责任编辑王某; 统筹推进 is text).
                if let c = rest.first, c == 0x3A || c == 0xFF1A { rest = rest.dropFirst() } else if !rest.isEmpty, title.count < 4 { return false }
                sawTitle = true
                needsName = true
                if rest.isEmpty { continue }
            } else if !sawTitle {
                return false
            }
            if let c = rest.first, c == 0x3A || c == 0xFF1A { rest = rest.dropFirst() }
            if rest.isEmpty { continue }
            guard rest.count <= 4, rest.allSatisfy(isIdeograph) else { return false }
            needsName = false
        }
        return sawTitle && !needsName
    }
}

/// The word lists of a newspaper's page furniture, data in Resources/furniture.yaml.
struct FurnitureWords: Equatable {
    var jump: [String] = []
    var credit: [String] = []
    /// The labels a web page's breadcrumb line opens with (当前位置：首页 > 新闻): see `HeadingLines`.
    var location: [String] = []

    static let fileName = "furniture.yaml"

    /// The bundled table; empty lists (no line dropped as furniture) if the bundle cannot be read, as a missing
    /// table must not stop extraction — `FurnitureWordsTests` holds the bundled file to its shape.
    static var bundled: FurnitureWords {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil),
              let data = FileManager.default.contents(atPath: url.appendingPathComponent(fileName).path)
        else { return FurnitureWords() }
        return (try? parse(String(decoding: data, as: UTF8.self))) ?? FurnitureWords()
    }

    /// Reads the table's text; a missing list or an empty entry is an error naming file:line.
    static func parse(_ text: String) throws(LexiconError) -> FurnitureWords {
        let file = try YAMLFile(name: fileName, text: text)
        var words = FurnitureWords()
        for (key, what) in [("jump_words", \FurnitureWords.jump), ("credit_words", \FurnitureWords.credit),
                            ("location_labels", \FurnitureWords.location)] {
            guard let node = file.child(file.root, key) else { throw file.fail(file.root, "missing \(key)") }
            let list = try file.strings(node, key)
            if list.isEmpty { throw file.fail(node, "\(key) must not be empty") }
            words[keyPath: what] = list
        }
        return words
    }
}
