import Foundation
@testable import Gongbao
import Testing

/// number-well-formed: a figure the extractor could only read in part, because a mark inside its number is none of a
/// number's (增长3。1%, 14..3%, 20,54亿元).
@Suite("Numbers written with a wrong mark inside")
struct MalformedNumberRuleTests {
    static func findings(_ text: String) throws -> [Finding] { try PipelineOnText.errors(text) }

    static let lead = "全市经济运行情况\n\n"

    @Test("a full stop for the point, a doubled point, a separator before two or four digits or after four are errors")
    func malformed() throws {
        for (sentence, written) in [("全市地方财政收入125.94亿元，增长3。1%。", "3。1%"),
                                    ("全市规模以上工业增加值增长14..3%，比上年加快1.2个百分点。", "14..3%"),
                                    ("非银行业金融机构存款20,54亿元，下降24.83%。", "20,54亿元"),
                                    ("全市新登记市场主体1,2345户，增长5.2%。", "1,2345户"),
                                    ("经空路入境旅客694,892人次，其中经国际机场入境旅客1388,584人次。", "1388,584人次"),
                                    ("全县地方一般公共预算支出347万,768万元，增长5.2%。", "347万,768万元"),
                                    ("从政府性基金预算调入57亿,355亿元，其他调入3.1亿元。", "57亿,355亿元")] {
            let f = try Self.findings(Self.lead + sentence + "\n").filter { $0.ruleID == "number-well-formed" }
            #expect(f.count == 1, "\(sentence): \(f)")
            #expect(f.first?.message.hasPrefix(written) ?? false, "\(f)")
        }
    }

    @Test("well-formed numbers and marks between two figures are not: 12,345, a list of decimals, a date after a sentence")
    func wellFormed() throws {
        for sentence in ["全市新登记市场主体12,345户，增长5.2%。",
                         "三次产业增加值分别增长5.2,3.1,2.8%。",
                         "全市地方财政收入125.94亿元，增长3.1%。",
                         "全年完成投资增长3。1-9月，全市新增就业2.1万人。",
                         "全市普通高中6所,中等职业学校2所,在校生3009人。",
                         "全市营商环境评价排名第3。15家企业入选省级专精特新名单。",
                         "全市新增高新技术企业3。15.2%的企业来自开发区。",
                         "两项指标同比分别增长12,15%。",
                         "两个口岸入境旅客分别为1388,584人次。",
                         "经国际机场入境旅客1,388,584人次，增长3.5%。",
                         "全市新增就业2万,培训347人次,发放补贴768万元。",
                         "新增贷款3.5万,768万元用于技改。",
                         "两县农民专项补贴分别发放347万,768万元。",
                         "大型水库蓄水总量比年初增加 237.5 亿 m3。62 个湖泊蓄水总量增加 47.5 亿 m3。",
                         "全年PM2。35个监测点位全部达标。"] {
            let f = try Self.findings(Self.lead + sentence + "\n").filter { $0.ruleID == "number-well-formed" }
            #expect(f.isEmpty, "\(sentence): \(f)")
        }
    }

    @Test("a list item's number at a line's start ends with its own full stop")
    func listItem() throws {
        let text = Self.lead + "全市重点项目进展如下：\n3。15家企业完成技术改造，投资增长8.2%。\n"
        let f = try Self.findings(text).filter { $0.ruleID == "number-well-formed" }
        #expect(f.isEmpty, "\(f)")
    }
}
