import Foundation
@testable import Gongbao
import Testing

/// list-count-agrees: as many figures after 分别 as things named before it.
@Suite("分别 list counts")
struct ListCountTests {
    static func errors(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "2025年云溪市国民经济和社会发展统计公报\n\n"

    @Test("a count word or the 、 between names that the figures do not match is an error")
    func mismatch() throws {
        for text in ["全年交通、水利、能源三类项目分别投资50.0亿元、60.0亿元。", "全市三个重点园区分别实现产值50.0亿元、60.0亿元。",
                     "全年农业、林业、畜牧业、渔业产值分别增长2.1%、21.9%和8.4%。", "全年小麦、玉米产量分别为38.4万吨、44.0万吨和12.1万吨。"] {
            #expect(try Self.errors(Self.lead + text + "\n").map(\.ruleID) == ["list-count-agrees"], "\(text)")
        }
    }

    @Test("matching lists, names holding 和, names without 、 or count word, and lists a figure is missing from pass")
    func matches() throws {
        for text in ["全年交通、水利、能源三类项目分别投资50.0亿元、60.0亿元和30.0亿元。",
                     "全年农业、林业、畜牧业、渔业产值分别增长2.1%、21.9%、8.4%和9.4%。",
                     "全年工业、电力热力生产和供应业、纺织业分别增长28.8%、13.7%、5.3%。",
                     "全年城乡居民人均可支配收入分别增长4.0%、6.0%。",
                     "三次产业分别拉动经济增长0.6、2.0、3.4个百分点。",
                     "全年小麦、玉米单产分别为384.4公斤、440.4公斤，同比分别增长4.4%、10.9%。",
                     "全市3个国家级开发区、5个省级开发区分别实现营业收入500.0亿元、300.0亿元。",
                     "全年农、林、牧、渔业总产值和增加值分别为856.3亿元、512.1亿元。"] {
            #expect(try Self.errors(Self.lead + text + "\n").isEmpty, "\(text)")
        }
    }

    @Test("a text cut right after the list's first figure (no full stop, nothing after it) says nothing of the list")
    func cutText() throws {
        let open = "全年乡村振兴、污染防治、教育发展、科技创新等领域的投入分别比上年增长21.9%"
        #expect(try Self.errors(Self.lead + open).isEmpty)
        #expect(try Self.errors(Self.lead + open + "\n").isEmpty)
        // Closed by a full stop, or going on after a comma, it is a list short of figures.
        #expect(try Self.errors(Self.lead + open + "。\n").map(\.ruleID) == ["list-count-agrees"])
        #expect(try Self.errors(Self.lead + open + "，均高于全省。\n").map(\.ruleID) == ["list-count-agrees"])
    }

    @Test("names joined by ， (one holding 、 of its own) may outnumber the last clause's; figures short of it still err")
    func namesAcrossCommas() throws {
        let text = "分门类看，食品制造业，纺织服装业，化学原料和化学制品制造业，燃气、水的生产和供应业增加值分别增长12.1%、3.5%、8.0%和4.6%。"
        #expect(try Self.errors(Self.lead + text + "\n").isEmpty)
        let short = "全年食品制造业，纺织服装业，燃气、水的生产和供应业、建材业、造纸业增加值分别增长12.1%、3.5%。"
        #expect(try Self.errors(Self.lead + short + "\n").map(\.ruleID) == ["list-count-agrees"])
    }

    @Test("a comma typed for 、 between two figures of the list keeps the list going; words after a comma end it")
    func commaInList() throws {
        #expect(try Self.errors(Self.lead + "全年大豆、花生、油菜籽分别收购5.2万吨、3.1万吨,1.4万吨，均比上年增长。\n").isEmpty)
        #expect(try Self.errors(Self.lead + "全年大豆、花生、油菜籽分别收购5.2亿、3.1亿，1.4亿元。\n").isEmpty)
        let short = "全年大豆、花生、油菜籽分别收购5.2万吨、3.1万吨，比上年增加1.4万吨。"
        #expect(try Self.errors(Self.lead + short + "\n").map(\.ruleID) == ["list-count-agrees"])
    }

    @Test("ordinals written short after one 第 (第一、二、三产业) count one thing each")
    func ordinalRun() throws {
        let three = "全年第一、二、三产业增加值分别增长2.6%、4.8%、5.9%。"
        #expect(try Self.errors(Self.lead + three + "\n").isEmpty)
        let short = "全年第一、二、三产业增加值分别增长2.6%、4.8%。"
        #expect(try Self.errors(Self.lead + short + "\n").map(\.ruleID) == ["list-count-agrees"])
        #expect(try Self.errors(Self.lead + "全市第二、三季度工业增加值分别增长4.1%、5.2%。\n").isEmpty)
        // A letter-long name that is no ordinal after 第 still says nothing (农、林、牧、渔业).
        #expect(try Self.errors(Self.lead + "全年农、林、牧、渔业增加值分别增长2.6%、4.8%。\n").isEmpty)
    }
}
