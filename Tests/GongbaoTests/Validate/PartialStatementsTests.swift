import Gongbao
import Testing

/// Statements that say themselves they are not the whole story: a plan exceeded (完成全年目标任务的109%) and a
/// budget total whose items end in 等.
@Suite("Partial statements")
struct PartialStatementsTests {
    @Test("a target exceeded is no share above 100%")
    func targetExceeded() throws {
        let text = "1至10月全市城镇新增就业4.36万人，完成全年目标任务的109%。"
        #expect(try PipelineOnText.errors(text).isEmpty)
        // A share of a whole still cannot pass it.
        #expect(try PipelineOnText.errors("全市第三产业增加值占地区生产总值的比重为109%。").contains { $0.ruleID == "share-over-100" })
    }

    @Test("a ratio of two flows' amounts written as a share may pass 100%; a share of a total or of its own kind may not")
    func flowRatioAbove100() throws {
        #expect(try PipelineOnText.errors("2019年全市个人住房贷款发放额占当年缴存额的比例为115%。").isEmpty)
        #expect(try PipelineOnText.errors("各地住房消费类提取额和贷款发放额占当年缴存额的比例均超过115%。").isEmpty)
        for share in ["全市出口额占进出口额的比重为115%。", "民营企业出口额占全市出口总额的比重为115%。",
                      "房地产开发投资额占固定资产投资额的比重为115%。", "个人住房贷款余额占住房公积金缴存余额的比重为185%。"] {
            #expect(try PipelineOnText.errors(share).contains { $0.ruleID == "share-over-100" }, "\(share)")
        }
    }

    @Test("a budget total after items that end in 等 is not summed; a full list still is")
    func itemsEndingInDeng() throws {
        #expect(try PipelineOnText.errors("全县一般公共预算收入预期19.4亿元。加上级补助收入28.5亿元等，收入总计53.26亿元。").isEmpty)
        let full = "全县一般公共预算收入预期19.4亿元。加上级补助收入28.5亿元、上年结余1.2亿元，收入总计53.26亿元。"
        #expect(try PipelineOnText.errors(full).contains { $0.ruleID == "budget-total-adds-up" })
    }

    @Test("an enrolment rate may pass 100% (children of other ages or places) but not by half again")
    func enrolmentAbove100() throws {
        #expect(try PipelineOnText.errors("全县小学学校18所，小学学龄儿童入学率达到108.6%，初中毛入学率为102.3%。").isEmpty)
        let errors = try PipelineOnText.errors("全县小学学校18所，小学学龄儿童入学率达到198.6%。")
        #expect(errors.map(\.ruleID) == ["implausible-value"], "\(errors)")
    }
}

