import Gongbao
import Testing

/// vfalse5: false errors of unseen genres (energy, monetary, crop-yield and industrial-output releases), each with
/// its catch kept.
@Suite("False alarms of the fifth hunt")
struct FalseAlarmHunt5Tests {
    @Test("households' use beside the three industries: the partition leaves an item out, no sum is asked")
    func householdsBesideIndustries() throws {
        let text = "一季度，全省社会用电量500亿千瓦时，同比增长3.0%。分产业看，第一产业用电量10亿千瓦时，增长2.0%；"
            + "第二产业用电量300亿千瓦时，增长1.0%；第三产业用电量110亿千瓦时，增长5.0%；城乡居民生活用电量80亿千瓦时，增长4.0%。"
        #expect(try PipelineOnText.errors(text).isEmpty)
    }

    @Test("three industries alone must still add up to the whole")
    func industriesStillSummed() throws {
        let text = "全年地区生产总值900亿元，增长5.0%。分产业看，第一产业增加值100亿元，增长3.0%；"
            + "第二产业增加值300亿元，增长4.0%；第三产业增加值300亿元，增长6.0%。"
        let errors = try PipelineOnText.errors(text)
        #expect(errors.map(\.ruleID) == ["parts-add-up"], "\(errors)")
    }

    @Test("a flow may grow by more than itself year on year: 新增 is signed")
    func flowGrowsPastItself() throws {
        let text = "8月份，全市新增人民币贷款20.5亿元，同比多增61.2亿元。"
        #expect(try PipelineOnText.errors(text).isEmpty)
    }

    @Test("a stock's increase above its level is still a slip")
    func stockIncreaseStillCaught() throws {
        let text = "年末全市常住人口80.5万人，比上年末增加3.2亿人。"
        let errors = try PipelineOnText.errors(text)
        #expect(errors.contains { $0.ruleID == "increase-exceeds-level" }, "\(errors)")
    }

    @Test("a part of a net flow may pass it when another part is stated by its fall")
    func netFlowWithFallingPart() throws {
        let text = "9月份，全市新增各项存款15.2亿元。其中，地方法人银行新增存款48.6亿元，同比多增12.0亿元；"
            + "全国性银行分支机构存款减少33.4亿元。"
        #expect(try PipelineOnText.errors(text).filter { $0.ruleID == "part-exceeds-total" }.isEmpty)
    }

    @Test("a part of a stock above it is still caught, whatever falls beside it")
    func stockPartStillCaught() throws {
        let text = "9月末，全市各项贷款余额150.2亿元。其中，企业贷款余额260.6亿元，比年初减少3.4亿元。"
        let errors = try PipelineOnText.errors(text)
        #expect(errors.contains { $0.ruleID == "part-exceeds-total" }, "\(errors)")
    }

    @Test("a crop's yield per hectare may pass all grain's: yields have no parts")
    func yieldsHaveNoParts() throws {
        let text = "全年全县粮食单产5800公斤/公顷，比上年增长1.2%。其中，稻谷单位面积产量7100公斤/公顷，增长0.9%。"
        #expect(try PipelineOnText.errors(text).isEmpty)
    }

    @Test("a 其中 carried past ； to another product is no part of the figure found for it")
    func qizhongCarriedPastSemicolon() throws {
        let text = "10月份，钢材900万吨，同比增长2.0%；化肥120万吨，增长1.0%；拖拉机8.5万台，增长3.0%，其中大中型拖拉机2.1万台，"
            + "增长4.0%；水泥2100万吨，增长0.5%。"
        #expect(try PipelineOnText.errors(text).isEmpty)
    }

    @Test("a part after 其中 above its total is still caught")
    func qizhongPartStillCaught() throws {
        let text = "全年化肥产量120万吨，增长1.0%，其中氮肥产量210万吨，增长2.0%。"
        let errors = try PipelineOnText.errors(text)
        #expect(errors.contains { $0.ruleID == "part-exceeds-total" }, "\(errors)")
    }
}
