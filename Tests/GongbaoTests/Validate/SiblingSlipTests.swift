import Foundation
@testable import Gongbao
import Testing

/// A 万/亿 slip among siblings that no 其中 links (分产业看 / 按经营地统计 lists): rule scale-slip, SiblingSlip.
@Suite("Sibling slips")
struct SiblingSlipTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2025年全市经济运行情况\n\n"

    @Test("one of three industries' value added written in 万 among 亿 is a slip, reported with its siblings")
    func industries() throws {
        let text = Self.lead + "全年地区生产总值538.6亿元，比上年增长5.2%。分产业看，第一产业增加值85.3亿元，增长3.5%；"
            + "第二产业增加值152.08万元，增长5.1%；第三产业增加值301.2亿元，增长5.6%。\n"
        let f = try Self.errors(text)
        #expect(f.map(\.ruleID) == ["scale-slip"], "\(f)")
        #expect(f.first?.locations.count == 3)
        #expect(f.first?.message.contains("152.08亿元?") == true, "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "152.08万元", with: "152.08亿元")).isEmpty)
    }

    @Test("per-head siblings: 万 added to a figure in 元; two halves of a partition are enough")
    func perHead() throws {
        let text = Self.lead + "全年城镇居民人均住房建筑面积38.5平方米，农村居民人均住房建筑面积45.2万平方米，全体居民人均住房建筑面积41.3平方米。\n"
        #expect(try Self.errors(text).map(\.ruleID) == ["scale-slip"])
        let halves = Self.lead + "按经营地统计，城镇消费品零售额180.5亿元，增长4.1%；乡村消费品零售额90.3万元，增长5.2%。\n"
        // Of two, which one slipped is not known: each is reported against the other.
        #expect(try Self.errors(halves).map(\.ruleID) == ["scale-slip", "scale-slip"])
        // Two figures that are no halves of one split: which one is off is not known.
        let two = Self.lead + "全年工业投资180.5亿元，增长4.1%；民间投资90.3万元，增长5.2%。\n"
        #expect(try Self.errors(two).isEmpty)
    }

    @Test("a figure raised to 亿 above a list spread wider than factor² is a slip when it would sit among them in 万")
    func raisedAboveWideList() throws {
        let text = Self.lead + "全年粮食产量588.57亿吨，油料产量56.94万吨，蔬菜产量458.99万吨，水产品产量29.96万吨，禽蛋总产量35.38万吨。\n"
        #expect(try Self.errors(text).map(\.ruleID) == ["scale-slip"])
        #expect(try Self.errors(text.replacingOccurrences(of: "588.57亿吨", with: "588.57万吨")).isEmpty)
        // A large item in 亿 whose number in 万 would stand far below the list is no slip (原煤 beside 焦炭).
        let coal = Self.lead + "全年原煤产量6.2亿吨，焦炭产量350.6万吨，水泥产量120.5万吨。\n"
        #expect(try Self.errors(coal).isEmpty)
    }

    @Test("lists of things of different sizes are no slips: not ~10⁴ off every sibling")
    func differentSizes() throws {
        let products = Self.lead + "全年金属锌产量12.59万吨，生铁产量10.91万吨，纱产量1.57万吨，铜金属产量0.34万吨，黄金产量1.1吨。\n"
        #expect(try Self.errors(products).isEmpty)
        let budget = Self.lead + "社会保险基金预算收入1.4亿元，保险费收入0.5亿元，财政补贴收入0.9亿元，集体补助收入4万元。\n"
        #expect(try Self.errors(budget).isEmpty)
        // A whole and its part (投资 / 工业投资) and per-head beside totals are no siblings.
        let whole = Self.lead + "全年居民可支配收入3000亿元，城镇居民可支配收入2000亿元，全体居民人均可支配收入45862元，城镇居民人均可支配收入52000元。\n"
        #expect(try Self.errors(whole).isEmpty)
    }

    @Test("a figure a thousand times above all its siblings, that sits among them once divided by 10⁴, is a slip upwards")
    func raised() throws {
        let text = Self.lead + "猪牛羊肉产量3.77亿吨，增长7.4%。牛奶产量1.84万吨，下降25.1%；禽蛋产量0.81万吨，增长39.2%。\n"
        let f = try Self.errors(text)
        #expect(f.map(\.ruleID) == ["scale-slip"], "\(f)")
        #expect(f.first?.message.contains("3.77万吨?") == true, "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "3.77亿吨", with: "3.77万吨")).isEmpty)
        // A large figure that is large: divided by 10⁴ it is far below its siblings (原煤 among 焦炭 and 钢材).
        let coal = Self.lead + "全年原煤产量6.2亿吨，焦炭产量350.6万吨，钢材产量520.3万吨。\n"
        #expect(try Self.errors(coal).isEmpty)
        // Downwards the same reading says nothing: a small item among large ones is common.
        let small = Self.lead + "全年教育专项资金5.7亿元，就业补助资金2.2亿元，环保资金3.2亿元，残疾人扶助资金9.9万元。\n"
        #expect(try Self.errors(small).isEmpty)
    }

    @Test("siblings written with two scale words (万吨, 吨) leave a figure raised to 亿 above all of them a slip")
    func mixedScales() throws {
        let text = Self.lead + "全年水果产量86.42万吨，增长2.1%；中药材产量6315吨，增长8.0%；水产品产量X，增长1.5%；食用菌产量12.37万吨，增长3.2%。\n"
        let f = try Self.errors(text.replacingOccurrences(of: "X", with: "41.06亿吨"))
        #expect(f.map(\.ruleID) == ["scale-slip"], "\(f)")
        #expect(f.first?.message.contains("41.06万吨?") == true, "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "41.06万吨")).isEmpty)
        // Downwards, or a figure written with a scale word one sibling shares, says nothing among mixed scales.
        #expect(try Self.errors(text.replacingOccurrences(of: "X", with: "4106吨")).isEmpty)
    }

    @Test("a figure raised to 万 whose number leads its siblings by a few times is still a slip (largest × factor²)")
    func raisedLeader() throws {
        let text = Self.lead + "全年羊肉产量4210.6万吨，增长3.1%；蜂蜜产量352.7吨，下降2.0%；鲜蛋产量905.3吨，增长1.2%。\n"
        let f = try Self.errors(text)
        #expect(f.map(\.ruleID) == ["scale-slip"], "\(f)")
        #expect(f.first?.message.contains("4210.6吨?") == true, "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "4210.6万吨", with: "4210.6吨")).isEmpty)
        // Ten times the largest once divided is a large item, not a slip.
        #expect(try Self.errors(text.replacingOccurrences(of: "4210.6万吨", with: "9876.5万吨")).isEmpty)
    }

    @Test("a figure lowered to 万 among 亿 siblings, written to their precision and among them once restored, is a slip")
    func lowered() throws {
        let text = Self.lead + "全年民生支出稳步增长：教育支出3.47亿元，卫生健康支出0.52万元，农林水支出8.16亿元，交通运输支出1.09亿元。\n"
        let f = try Self.errors(text)
        #expect(f.map(\.ruleID) == ["scale-slip"], "\(f)")
        #expect(f.first?.message.contains("0.52亿元?") == true, "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "0.52万元", with: "0.52亿元")).isEmpty)
        // Written to its own precision (a small item written small), or topping the list once restored: no slip.
        #expect(try Self.errors(text.replacingOccurrences(of: "0.52万元", with: "5万元")).isEmpty)
        #expect(try Self.errors(text.replacingOccurrences(of: "0.52万元", with: "9.52万元")).isEmpty)
        // Only a thousand times below its smallest sibling or more.
        #expect(try Self.errors(text.replacingOccurrences(of: "0.52万元", with: "52.10万元")).isEmpty)
    }

    @Test("parts after 其中 are siblings too: one lowered to 万 among 亿 is a slip; a remainder (其他) may be of any size")
    func loweredPart() throws {
        let text = Self.lead + "全年一般公共预算支出52.6亿元。其中，教育支出11.35亿元，增长2.1%；农林水支出6.42万元，增长1.3%；"
            + "卫生健康支出4.18亿元，下降0.6%；城乡社区支出2.76亿元，增长4.0%。\n"
        let f = try Self.errors(text)
        #expect(f.map(\.ruleID) == ["scale-slip"], "\(f)")
        #expect(f.first?.message.contains("6.42亿元?") == true, "\(f)")
        #expect(try Self.errors(text.replacingOccurrences(of: "6.42万元", with: "6.42亿元")).isEmpty)
        #expect(try Self.errors(text.replacingOccurrences(of: "农林水支出6.42万元", with: "其他支出6.42万元")).isEmpty)
        // A small part written to its own precision is a small part.
        #expect(try Self.errors(text.replacingOccurrences(of: "6.42万元", with: "6万元")).isEmpty)
    }
}
