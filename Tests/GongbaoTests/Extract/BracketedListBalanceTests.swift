import Testing
import Foundation
@testable import Gongbao

/// Held-out set 17's rankings and lending release, on short sentences of our own: a list of bracketed figures after a
/// measure named once gives each item the measure; a name with a bracket of its own is the whole name; a bare 余额
/// takes the account the sentence names; an excess over the year before says so; a subject that is only 同比 takes the
/// sentence's topic; a part named only by its level (国家级) or power source (水电) takes its total's head.
@Suite("Bracketed lists and balances")
struct BracketedListBalanceTests {

    func subjects(_ text: String) -> [String: String] { SubjectsBySurface.of(text) }

    @Test("a ranking's measure goes to every bracketed item")
    func rankingMeasure() {
        let s = subjects("全省人均绿地面积排名前五位的城市依次为:甲市(31.2平方米)、乙市(28.4平方米)、丙市(25.0平方米)和丁市(22.7平方米)。")
        #expect(s["31.2平方米"] == "甲市人均绿地面积")
        #expect(s["28.4平方米"] == "乙市人均绿地面积")
        #expect(s["22.7平方米"] == "丁市人均绿地面积")
    }

    @Test("a class named by 超过 before the list: the measure stops there; an inner bracket stays in the name")
    func classMeasureAndInnerBracket() {
        let s = subjects("2020年，商标注册申请超过500件的企业有3家，依次为甲(河南)有限公司(812件)、乙科技公司(640件)和丙集团(533件)。")
        #expect(s["812件"] == "甲(河南)有限公司商标注册申请")
        #expect(s["640件"] == "乙科技公司商标注册申请")
        #expect(s["533件"] == "丙集团商标注册申请")
    }

    @Test("bracketed figures with no ranking or class before them keep their names")
    func noMeasureNoChange() {
        let s = subjects("加上新增转移支付(12.5亿元)、新增一般债务(3.2亿元)、上年结转(2.1亿元)。")
        #expect(s["12.5亿元"] == "新增转移支付")
        #expect(s["3.2亿元"] == "新增一般债务")
    }

    @Test("a bare balance is the account's the sentence names before it")
    func bareBalance() {
        let s = subjects("涉农贷款三季度增长加快，9月末余额420.5亿元，同比增长9.3%。")
        #expect(s["420.5亿元"] == "涉农贷款余额")
        #expect(s["9.3%"]?.hasPrefix("涉农贷款余额") == true)
        let t = subjects("上半年，投向基础设施的中长期贷款6月末余额同比增长12.4%。")
        #expect(t["12.4%"]?.hasPrefix("投向基础设施的中长期贷款余额") == true)
    }

    @Test("an excess over the year before says so")
    func excess() {
        let s = subjects("一季度住户贷款新增35.2亿元，同比多增8.6亿元。")
        #expect(s["8.6亿元"]?.hasSuffix("同比多增") == true)
        #expect(s["35.2亿元"]?.hasSuffix("同比多增") != true)
    }

    @Test("a change named by 同比 alone is the change of the sentence's topic")
    func comparisonOnly() {
        let s = subjects("全市各项存款余额800亿元，同比增长6.1%，环比、同比分别提高0.5个百分点、1.2个百分点。")
        #expect(s["1.2个百分点"]?.hasSuffix("存款余额同比") == true)
    }

    @Test("a part named by its level or its power source takes its total's head, and so do the rates that borrowed it")
    func partModifiers() {
        let s = subjects("高新技术产业开发区2个，其中国家级1个。")
        #expect(s["1个"] == "国家级高新技术产业开发区")
        let t = subjects("截至6月底，全省发电装机容量7000.5万千瓦，同比增长10.2%。其中，水电900.3万千瓦，同比增长0.5%。")
        #expect(t["900.3万千瓦"]?.hasPrefix("水电") == true && t["900.3万千瓦"]?.contains("装机") == true)
        #expect(t["0.5%"] == t["900.3万千瓦"])
    }
}
