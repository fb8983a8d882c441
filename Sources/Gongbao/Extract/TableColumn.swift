import Foundation

/// A column of a statistical table, read from its header, and how its cells are named; shared by the tables of
/// HTML pages (TableReader) and the tables flattened into text (FlattenedTableReader).
///
/// 单位 holds each row's unit; 产量 measures the row (汽车 → 汽车产量); 绝对数, 年末数（亿元） add nothing to the
/// row's name (货物周转量); 比上年增长（%） is a change of what the row measures (汽车产量增长).
struct TableColumn {
    var raw: String
    /// The header without its bracketed unit and comparison words (比上年增长（%） → 增长).
    var name: String
    var isUnitColumn = false
    var unit: TableReader.HeaderUnit?
    var isChange = false
    var isGeneric = false
    /// The period the column is named by (2024年, 1-10月, 本月, 1-10月累计), nil when it names none.
    var period: String? = nil
    /// Whether `period` is a running total (1-10月, 前三季度, 累计).
    var isRunning = false
    /// What a column named by a measure and a period measures (营业收入 under 1-11月（亿元）, the two header rows joined
    /// as 营业收入1-11月): the name before the period; empty when the name holds no such pair.
    var measure = ""

    init(_ raw: String, lexicon: Lexicon, headerUnit: (String) -> TableReader.HeaderUnit?) {
        self.raw = raw
        name = raw
        if let cut = raw.firstIndex(where: { "(（【[".contains($0) }) { name = String(raw[..<cut]) }
        // A unit written without brackets (增长%, 增速‰) is no word of the name.
        while let last = name.unicodeScalars.last, [0x25, 0xFF05, 0x2030].contains(last.value) { name.unicodeScalars.removeLast() }
        // (Words compared as bytes through LiteralSearch, with Foundation's and Swift's answers: headers are read
        // for every tab-separated candidate header of a page.)
        let name0 = name
        isUnitColumn = lexicon.tableUnitHeaders.contains { LiteralSearch.equals($0, name0) }
        if !isUnitColumn { unit = headerUnit(raw) }
        // Nor are points written so (增减百分点 → 增减): a percent unit of two letters or more at the name's end.
        if unit?.kind == .percent, name.unicodeScalars.count > 2,
           let u = lexicon.units.filter({ $0.kind == .percent && $0.surface.unicodeScalars.count >= 2
               && LiteralSearch.hasSuffix(name0, $0.surface) && name0.unicodeScalars.count > $0.surface.unicodeScalars.count })
               .max(by: { $0.surface.unicodeScalars.count < $1.surface.unicodeScalars.count }) {
            name.unicodeScalars.removeLast(u.surface.unicodeScalars.count)
        }
        if let cmp = lexicon.tableComparisons.first(where: { LiteralSearch.hasPrefix(name0, $0) && name0.count > $0.count }) {
            name.removeFirst(cmp.count)
            isChange = true
        }
        let name1 = name
        if ["增长", "增速", "增减", "涨跌", "下降", "增幅"].contains(where: { LiteralSearch.contains(name1, $0) }) { isChange = true }
        // 比上年增长, 增速 without (%) still state a rate: never the row's 万辆 or the caption's 亿元.
        if unit == nil, !isUnitColumn, ["增长", "增速", "增幅", "涨跌"].contains(where: { LiteralSearch.contains(name1, $0) }) {
            unit = TableReader.HeaderUnit(factor: 1, unit: "%", kind: .percent)
        }
        // A period (2024年, 1-10月) says when, not what: it is never added to a row's name.
        isGeneric = lexicon.tableGenericHeaders.contains { LiteralSearch.equals($0, name1) } || name.contains(where: \.isASCIIDigitLike)
        if !isChange, !isUnitColumn { (period, isRunning) = Self.period(named: name1, words: lexicon.tablePeriodHeaders) }
        if period != nil { isGeneric = true }
        if isGeneric, !isChange, let d = name.firstIndex(where: \.isASCIIDigitLike), d > name.startIndex,
           TableColumn.isPeriodLabel(String(name[d...])) {
            measure = String(name[..<d])
            // (营业收入1-11月: the column's period is the label after the measure.)
            if period == nil { (period, isRunning) = Self.period(named: String(name[d...]), words: lexicon.tablePeriodHeaders) }
        }
    }

    /// The period a value column's name writes, and whether it runs from the year's start: a period label (2024年,
    /// 1-10月: running), a word of `period_value` (本月; 累计: running), or a label before one (1-10月累计).
    static func period(named name: String, words: [String]) -> (String?, Bool) {
        func running(_ s: String) -> Bool {
            let t = s.unicodeScalars.map(\.value)
            if MonthRange.end(t, at: 0, before: t.count) != nil || MonthRange.firstMonthsEnd(t, at: 0, before: t.count) != nil { return true }
            return LiteralSearch.contains(s, "累计") || LiteralSearch.contains(s, "前三季度") || LiteralSearch.contains(s, "上半年")
        }
        if isPeriodLabel(name) { return (name, running(name)) }
        if let w = words.first(where: { LiteralSearch.equals($0, name) }) { return (name, running(w)) }
        if let w = words.first(where: { LiteralSearch.hasSuffix(name, $0) && name.count > $0.count }),
           isPeriodLabel(String(name.dropLast(w.count))) {
            return (name, true)
        }
        return (nil, false)
    }

    /// A row or column named by a period: 2021 年, 2024年1-10月, 一季度.
    static func isPeriodLabel(_ s: String) -> Bool {
        // A digit is required (a character between "0" and "9" starts with one); most names have none, and the
        // byte test spares them the walk over characters below.
        guard s.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let t = s.filter { !$0.isWhitespace }
        guard let last = t.last, "年月度".contains(last), t.contains(where: \.isASCIIDigitLike) else { return false }
        return t.allSatisfy { $0.isASCIIDigitLike || "年月季度上下半第一二三四—-~～".contains($0) }
    }

    var isPercent: Bool { unit?.kind == .percent }

    /// The period of each column's cells, and whether it runs from the year's start: the column's own, or for a
    /// change column that names none, the period of the value column before it — a change states the change of the
    /// level beside it (本月(亿元) ⇥ 同比增长(%) ⇥ 1-10月(亿元) ⇥ 同比增长(%): each pair of a row is dated by its own).
    static func periods(_ cols: [TableColumn]) -> [(String, Bool)?] {
        var out: [(String, Bool)?] = cols.map { c in c.period.map { ($0, c.isRunning) } }
        for j in cols.indices.dropFirst(2) where cols[j].isChange && out[j] == nil {
            if let v = (1..<j).last(where: { !cols[$0].isChange && !cols[$0].isUnitColumn }) { out[j] = out[v] }
        }
        return out
    }

    /// What the value columns measure, when they say it (产量; not 绝对数): the first value column's name.
    static func measured(_ columns: [TableColumn]) -> String {
        let value = columns.first { !$0.isUnitColumn && !$0.isChange && !$0.isPercent }
        return value.flatMap { $0.isGeneric ? nil : $0.name } ?? ""
    }

    /// 汽车 in 产量 → 汽车产量; in 比上年增长（%） → 汽车产量增长; 货物周转量 in 绝对数 → 货物周转量; a row with
    /// no name (a year, a garbled cell) → the column's name.
    /// `topic`: what the table's caption says it covers (规模以上工业企业), nil when it names nothing: its 总计/合计 row is
    /// the topic's figure — 总计 under 利润总额 is 规模以上工业企业利润总额, its change 规模以上工业企业利润总额同比增长 — where a
    /// column names the measure.
    static func subject(row: String, column c: TableColumn, measured: String, topic: String? = nil) -> String {
        func joined(_ a: String, _ h: String) -> String {
            if h.isEmpty || a.hasSuffix(h) { return a }
            // 发电量 in 产量 stays 发电量: the row already names a quantity of the same kind.
            if let x = a.last, let y = h.last, x == y { return a }
            return a + h
        }
        if let topic, row == "总计" || row == "合计" {
            if c.isChange || c.isPercent {
                if c.isChange, !c.name.isEmpty { return joined(topic, measured) + c.name }
            } else if c.isGeneric {
                if !c.measure.isEmpty { return topic + c.measure }
            } else if !c.name.isEmpty {
                return joined(topic, c.name)
            }
        }
        if c.isChange || c.isPercent {
            let base = c.isChange ? joined(row, measured) : row
            return base.isEmpty ? c.name : base + c.name
        }
        // 总计 in a column of 营业收入 (1-11月): the total row names only the column's measure.
        if c.isGeneric, !row.isEmpty, !c.measure.isEmpty {
            return row == "总计" || row == "合计" ? c.measure : joined(row, c.measure)
        }
        if c.isGeneric || row.isEmpty { return row.isEmpty ? c.name : row }
        return joined(row, c.name)
    }
}

/// Names the rows of a table marked as parts of the total above them (#铁路 under 货物周转量 → 铁路货物周转量).
///
/// Unmarked rows right after a part are parts too (#铁路 公路 航空) while they are shorter than the total and do
/// not begin like it (金融机构本外币贷款余额 after 金融机构本外币存款余额 is a new total).
struct TablePartNamer {
    var parent: String? = nil
    var parentUnit: String? = nil
    var inParts = false

    /// `unit`: the row's unit cell as written (亿元, 万人), nil without a unit column. An unmarked row after the parts
    /// of a total is one more part only in the total's unit: 城镇新增就业 (万人) after 一般公共预算收入 (亿元) and its
    /// 其中：税收收入 is a row of its own.
    ///
    /// `indented`: nil when the table does not indent its parts; else whether this row's name is indented. In a table
    /// that does, an indented row is a part of the row above it that is not (出口, 进口 under 货物进出口总额) and a row
    /// that is not indented is a total of its own, whatever it follows (固定资产投资 after 其中：制造业 under
    /// 规模以上工业增加值).
    mutating func name(_ row: String, marked: Bool, unit: String? = nil, indented: Bool? = nil) -> String {
        guard !row.isEmpty else { return row }
        let isPart: Bool
        if let indented {
            isPart = indented
        } else {
            let sameUnit = unit == nil || parentUnit == nil || unit == parentUnit
            isPart = marked || (inParts && sameUnit && parent.map { row.count < $0.count && row.prefix(2) != $0.prefix(2) } == true)
        }
        guard isPart, let parent else {
            parent = row
            parentUnit = unit
            inParts = false
            return row
        }
        inParts = true
        // A part whose head is in the total's name names its own kind (住户存款 of 存款余额, 客车 of 汽车, 夏粮 of
        // 粮食); 铁路 only qualifies the total (铁路货物周转量).
        if let head = row.last, parent.contains(head) { return row }
        return row + parent
    }
}

extension Character {
    var isASCIIDigitLike: Bool { ("0"..."9").contains(self) }
}
