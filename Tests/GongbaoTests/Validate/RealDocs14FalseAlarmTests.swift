import Foundation
import Gongbao
import Testing

/// Session 21's hunt on long real documents nobody had checked (cities' whole budget reports and statistical
/// communiques, a city paper's communique) raised 28 false errors of eleven classes. Each case is a short text written for
/// the rule, beside the fault the rule must still catch.
@Suite("False alarms of real documents, hunt 14")
struct RealDocs14FalseAlarmTests {
    static func found(_ text: String, rule: String) throws -> [Finding] {
        try PipelineOnText.findings(text).filter { $0.ruleID == rule && $0.severity == .error }
    }

    @Test("a rate of completion printed whole is rounded (86.96% printed 87%); a rate off by more still errs")
    func wholeCompletionRate() throws {
        let text = "某市2024年预算执行情况\n市本级一般公共预算收入年初预算为824800万元，实际完成717209万元，为预算的87%，可比口径增长1.1%。\n"
        let fits = try Self.found(text, rule: "completion-agrees")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "为预算的87%", with: "为预算的89%"), rule: "completion-agrees")
        #expect(wrong.count == 1, "\(wrong)")
    }

    @Test("a bracket after an item breaks it down, its figures no items of the total after them; a total off still errs")
    func bracketedBreakdownBeforeTotal() throws {
        let text = "某市2025年预算执行情况\n2025年全市发行新增政府债券342.35亿元（一般债券23.47亿元、专项债券318.88亿元），"
            + "再融资债券339.99亿元，合计682.34亿元，平均期限14.87年。\n"
        let fits = try Self.found(text, rule: "parts-add-up")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "合计682.34亿元", with: "合计692.34亿元"), rule: "parts-add-up")
        #expect(wrong.count == 1 && wrong[0].message.contains("682.34亿元"), "\(wrong)")
    }

    @Test("a total whose head names its members (续建和新开工) sums those, not an item it does not name; its own items still add up")
    func coordinatedHead() throws {
        let text = "某市2024年统计公报\n2024年全市省重点项目新开工93个，竣工34个；续建和新开工项目共计185个，年度完成投资697.17亿元。\n"
        let fits = try Self.found(text, rule: "parts-add-up")
        #expect(fits.isEmpty, "\(fits)")
        let named = "某市2024年统计公报\n2024年全市省重点项目新开工项目93个，续建项目92个，续建和新开工项目共计195个。\n"
        let wrong = try Self.found(named, rule: "parts-add-up")
        #expect(wrong.count == 1, "\(wrong)")
    }

    @Test("a table's second 其中 after the parts of a total splits that total again, not its last part; a part off still errs")
    func secondSplitOfTotal() throws {
        let text = "某市2025年统计公报\n表1 2025年年末某市常住人口数及其构成\n指标\t年末数（万人）\t比重（%）\n全市常住人口\t1313.8\t100.0\n"
            + "其中：城镇\t1071.04\t81.5\n      乡村\t242.76\t18.5\n其中：男性\t669.5\t51.0\n      女性\t644.3\t49.0\n"
        let fits = try Self.found(text, rule: "part-exceeds-total")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "男性\t669.5", with: "男性\t769.5"), rule: "part-exceeds-total")
        #expect(!wrong.isEmpty, "\(wrong)")
    }

    @Test("the second total's 其中 list after ； is its own, not a sibling part's of the first list; a part above its total still errs")
    func twoTotalsWithLists() throws {
        let text = "某市2025年预算执行情况\n全市政府债务限额中，市本级政府债务限额2361674万元，其中：一般债务限额616523万元，"
            + "专项债务限额1745151万元；县（市、区）政府债务限额8823544万元，其中：一般债务限额2262162万元，专项债务限额6561382万元。\n"
        let fits = try Self.found(text, rule: "part-exceeds-total")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "专项债务限额6561382万元", with: "专项债务限额9561382万元"),
                                   rule: "part-exceeds-total")
        #expect(wrong.contains { $0.message.contains("9561382") && $0.message.contains("8823544") }, "\(wrong)")
    }

    @Test("figures after a kind named by 其中 in another unit are the kind's own, no parts; the kind above its total still errs")
    func kindAttributesAfterQizhong() throws {
        let text = "某市2024年统计公报\n年末全市各级各类学校（不含高等教育）共有1075所，在校生59.10万人，教职工4.95万人，专任教师4.00万人。"
            + "其中幼儿园622所，在园幼儿数10.32万人，教职工1.41万人，专任教师0.75万人；小学203所，在校生25.79万人，"
            + "教职工1.27万人，专任教师1.49万人。\n"
        let fits = try Self.found(text, rule: "part-exceeds-total")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "其中幼儿园622所", with: "其中幼儿园1622所"), rule: "part-exceeds-total")
        #expect(wrong.contains { $0.message.contains("1622") }, "\(wrong)")
    }

    @Test("after ； a parallel account with a 其中 list of its own is no part of the account before; a part above its total still errs")
    func parallelAccountAfterSemicolon() throws {
        let text = "某市2024年统计公报\n全市广播电视台7个。广播全年播放时间3.78万小时，其中自办栏目播放时间2.22万小时；"
            + "电视全年播放时间5.76万小时，其中自办栏目播放时间1.15万小时。\n"
        let fits = try Self.found(text, rule: "part-exceeds-total")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "自办栏目播放时间2.22万小时", with: "自办栏目播放时间4.22万小时"),
                                   rule: "part-exceeds-total")
        #expect(wrong.contains { $0.message.contains("4.22") }, "\(wrong)")
    }

    @Test("a mobile figure after ； is no part of the fixed lines' 其中 list (固定/移动 contrast); a fixed part above its total still errs")
    func fixedAndMobile() throws {
        let text = "某市2025年统计公报\n固定互联网宽带接入用户491.05万户，比上年末减少14.73万户，其中1000Mbps及以上接入速率的宽带接入用户达"
            + "180.99万户；移动互联网用户999.74万户，增加23.47万户。\n"
        let fits = try Self.found(text, rule: "part-exceeds-total")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try Self.found(text.replacingOccurrences(of: "宽带接入用户达180.99万户", with: "宽带接入用户达580.99万户"),
                                   rule: "part-exceeds-total")
        #expect(wrong.contains { $0.message.contains("580.99") }, "\(wrong)")
    }

    @Test("a 其中 inside a later clause after ； picks out of that clause's noun, not the figure before ；; a 其中 right after ； still links")
    func qizhongInsideLaterClause() throws {
        let text = "某市2025年预算执行情况\n2025年市级预算单位对55个新增项目开展事前绩效评估；对所有项目支出和部门整体支出编制绩效目标并开展"
            + "绩效自评价，财政部门对其中219个项目组织开展再评价和重点评价，评价结果为“良好”以上项目占比96.8%。\n"
        let fits = try Self.found(text, rule: "part-exceeds-total")
        #expect(fits.isEmpty, "\(fits)")
        let linked = "某市2025年统计公报\n全年新开工项目55个；其中亿元以上项目219个，比上年增加12个。\n"
        let wrong = try Self.found(linked, rule: "part-exceeds-total")
        #expect(wrong.contains { $0.message.contains("219") }, "\(wrong)")
    }

    @Test("two sections whose headings differ only in their entity (市级/园区) hold two figures of one bare name; under a heading naming no entity they still err")
    func parallelSections() throws {
        let text = "某市2025年预算执行情况和2026年预算草案的报告\n一、一般公共预算执行情况\n（一）市级一般公共预算执行情况\n"
            + "2025年市级一般公共预算收入65.7亿元，完成预算的100.5%。\n一般公共预算支出346.9亿元，完成预算的94.9%。\n"
            + "收支相抵，结转18.8亿元下年使用。\n（二）园区一般公共预算执行情况\n2025年园区一般公共预算收入432.6亿元，完成预算的104%。\n"
            + "一般公共预算支出279亿元，完成预算的95.1%。\n收支相抵，结转14.2亿元下年使用。\n"
        let fits = try Self.found(text, rule: "same-figure-agrees")
        #expect(fits.isEmpty, "\(fits)")
        // Under a heading that names no other entity the two 结转 are one figure stated twice, and differ.
        let restated = text.replacingOccurrences(of: "（二）园区一般公共预算执行情况", with: "（二）一般公共预算结余情况")
        let wrong = try Self.found(restated, rule: "same-figure-agrees")
        #expect(!wrong.isEmpty, "\(wrong)")
    }

    @Test("a share whose own sentence states its target (年初预算为…) is not judged against an amount of an earlier line; a wrong share of the line before still errs")
    func shareWithOwnTarget() throws {
        let text = "一、2025年预算执行情况\n2.政府性基金预算\n（1）全市收支情况。支出预算合计1697445万元，执行中因上级补助增加等安排支出，"
            + "支出预算调整为3185253万元，实际完成1943707万元，为调整预算的61.0%。\n（2）市本级收支情况。市十二届人大三次会议批准的"
            + "2025年市本级政府性基金预算收入年初预算为506019万元，完成142061万元，加上从土地出让收入中计提的农田水利资金、"
            + "教育资金及上解省级等，实际完成278583万元，为预算的55.1%。\n"
        let fits = try Self.found(text, rule: "share-agrees")
        #expect(fits.isEmpty, "\(fits)")
        let wrong = try PipelineOnText.findings(text.replacingOccurrences(of: "为调整预算的61.0%", with: "为调整预算的71.0%"))
            .filter { $0.severity == .error }
        #expect(wrong.contains { $0.message.contains("71.0%") }, "\(wrong)")
    }
}
