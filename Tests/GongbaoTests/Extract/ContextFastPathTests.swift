import Foundation
import Testing
@testable import Gongbao

/// The per-figure steps after the scan (qualifiers, scopes, metrics) must answer exactly as the simple code they
/// replace.
@Suite("Context fast paths")
struct ContextFastPathTests {
    /// Every sequence of up to four appends: the packed list holds what an Array would, in the same order, and
    /// sorts and converts as the Array did.
    @Test("QualifierList: as [Qualifier]")
    func qualifierList() {
        var sequences: [[Qualifier]] = [[]]
        for _ in 0..<4 {
            sequences += sequences.filter { $0.count == sequences.last!.count }.flatMap { s in
                Qualifier.allCases.map { s + [$0] }
            }
        }
        #expect(sequences.count == 1 + 4 + 16 + 64 + 256)
        for s in sequences {
            var list = QualifierList()
            var reference: [Qualifier] = []
            for q in s {
                #expect(list.contains(q) == reference.contains(q))
                list.append(q)
                reference.append(q)
            }
            #expect(Array(list) == reference)
            #expect(list.count == reference.count && list.isEmpty == reference.isEmpty)
            #expect(list.array == reference)
            var byRank = list
            byRank.sortByRank()
            list.sort()
            reference.sort()
            #expect(Array(list) == reference)
            #expect(list.array == reference)
            #expect(byRank == list)
        }
        // sortByRank against sort() on every list of up to five qualifiers.
        let all = Qualifier.allCases
        for n in 0...5 {
            for code in 0..<Int(pow(Double(all.count), Double(n))) {
                var list = QualifierList(), c = code
                for _ in 0..<n { list.append(all[c % all.count]); c /= all.count }
                var byRank = list
                byRank.sortByRank()
                list.sort()
                #expect(byRank == list)
            }
        }
        #expect(QualifierList(arrayLiteral: .target, .about) == [.target, .about])
        #expect(Qualifier.allCases.map(QualifierList.rank) == Qualifier.allCases.map { Qualifier.sortedCases.firstIndex(of: $0)! })
        #expect(Qualifier.allCases.allSatisfy { QualifierList.qualifier(code: QualifierList.code($0)) == $0 })
    }

    /// Texts of the bundled corpus (plain text only), when the repository is at hand.
    static func corpusTexts() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().prefix(4).compactMap {
            try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)
        }
    }
}

extension ContextFastPathTests {
    @Test("initializeMetric field by field: the same metric as built whole")
    func metricFields() {
        #expect(MetricFields.offsets != nil)
        let source = SourceText(path: "a.txt", bytes: Array("地区生产总值增长5.2%，约7.8万人以上".utf8), encoding: "UTF-8")
        let content = ContentText(identityOf: source)
        var lists: [QualifierList] = [[], [.about], [.target, .about], [.moreThan, .moreThan]]
        lists.append([.atMost, .about, .moreThan, .target])
        for (i, qualifiers) in lists.enumerated() {
            var figure = Figure(span: 0..<3, numberStart: 1, value: Decimal(i) * 1.5, valueMax: i % 2 == 0 ? nil : 8,
                                unit: i == 0 ? nil : "万元以上的长单位名", kind: i == 3 ? .date : .percent,
                                qualifiers: qualifiers, direction: i == 1 ? .down : nil,
                                dateValue: i == 3 ? "2024-03" : nil, unitEnd: 3)
            figure.subject = i == 2 ? "" : "城镇居民人均可支配收入"
            figure.scope = i == 4 ? nil : "截至2023年一季度；全区"
            figure.isCumulative = i == 2
            var copy = figure
            let slots = UnsafeMutablePointer<Metric>.allocate(capacity: 2)
            defer { slots.deinitialize(count: 2); slots.deallocate() }
            var years: [String: Decimal?] = [:]
            var locator = source.locator()
            ExtractorSupport.initializeMetric(slots, taking: &figure, ranges: (2..<9, 2..<9), source: source,
                                              content: content, locator: &locator, years: &years)
            var locator2 = source.locator()
            ExtractorSupport.initializeMetric(slots + 1, taking: &copy, ranges: (2..<9, 2..<9), source: source,
                                              content: content, locator: &locator2, years: &years, fields: nil)
            #expect(slots[0] == slots[1])
            #expect(slots[0].qualifiers == Array(qualifiers) && slots[0].partOf == nil)
        }
    }
}

extension ContextFastPathTests {
    @Test("ContextReader: target words found on the cursor's walk, as by the separate search of each sentence")
    func targetsOnCursorWalk() throws {
        let book = PatternBook(try Lexicon.bundled())
        var texts = [
            "2026年计划投资12亿元，预计完成15亿元，将由10%调整为30%。“计划”3个，签约4个，力争5个；年内6个",
            "主要预期目标是：增长5%左右；就业6万人以上。将房产税税率由10%调整为30%，将于2026年建成。",
            "收入安排19.4亿元，加上上年结转等资金，总收入75.2亿元。累计完成投资12亿元，增长5%；已建成3个，计划新建4个。\n安排资金改造2个",
            "完成1个！累计2个？3个安排4个累计5个;已6个\n7个计划8个“计划9个”10个 预计11个将12个将由13个为14个",
        ]
        texts += Self.corpusTexts().map { String($0.prefix(4000)) }
        for s in texts {
            let text = DocText(unnormalized: s)
            var starts: [Int] = []
            for i in 0..<text.count where text.isDigit(i) && !text.isDigit(i - 1) { starts.append(i) }
            let n = text.count
            for blocked in [[], [12..<16], [0..<3, 30..<40, 41..<42], [5..<(n / 2)]] as [[Range<Int>]] {
                for order in [starts, starts.reversed(), starts.enumerated().filter { $0.offset % 3 != 1 }.map(\.element)] {
                    var walk = ContextReader(book: book, text: text, blocked: blocked)
                    var reference = ContextReader(book: book, text: text, blocked: blocked)
                    reference.separateTargetSearch = true
                    var lastEnd = 0
                    for i in order {
                        var e = i
                        while text.isDigit(e) || (e < n && text.t[e] == 0x2E) { e += 1 }
                        let end = min(e + 1, n)
                        let fig = Figure(span: i..<end, numberStart: i, value: 1, unit: "个", kind: .count, unitEnd: end)
                        var a = fig, b = fig
                        let floor = min(lastEnd, i)
                        walk.annotate(&a, lastEnd: floor)
                        reference.annotate(&b, lastEnd: floor)
                        #expect(Array(a.qualifiers) == Array(b.qualifiers) && a.direction == b.direction
                                && a.isCumulative == b.isCumulative)
                        lastEnd = end
                    }
                }
            }
        }
    }
}
