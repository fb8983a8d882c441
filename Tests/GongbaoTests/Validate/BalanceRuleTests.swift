import Gongbao
import Testing

/// balance-agrees: the year's balance is its revenue less its spending.
@Suite("Balance")
struct BalanceRuleTests {
    static let fund = "社会保险基金预算收入完成312.6亿元，支出完成298.3亿元，当年结余14.3亿元，年末滚存结余286.5亿元。"
    static let totals = "全市一般公共预算收入完成326.8亿元。加上级补助收入286.5亿元、调入资金45.3亿元，收入总计658.6亿元。"
        + "全市一般公共预算支出完成598.3亿元。加上解上级支出8.6亿元、债务还本支出42.3亿元，支出总计649.2亿元。收支相抵，结转下年9.4亿元。"

    @Test("balances that are the difference pass; the stock beside them is no balance")
    func cleanPasses() throws {
        #expect(try PipelineOnText.errors(Self.fund).isEmpty)
        #expect(try PipelineOnText.errors(Self.totals).isEmpty)
        // The stock named only in its clause (the subject keeps 结余): 9月末累计结余 is no year's difference.
        #expect(try PipelineOnText.errors("三项社会保险基金总收入1876.4亿元，同比增长6.2%；总支出1792.8亿元，增长7.1%；"
            + "9月末累计结余2315.6亿元。").isEmpty)
        // An audit's misstatements are amounts of an error, no year's revenue, spending and balance.
        #expect(try PipelineOnText.errors("决算报表与实际账簿资料不符，多计收入33.07万元，少计支出75.89万元，少计结余32.95万元。").isEmpty)
    }

    @Test("several sources before the spending, carried-in funds among them: the balance is their sum less the spending")
    func severalSources() throws {
        // (realdocs13 cangshan, its two paragraphs run into one as a fixed-width column joins them.)
        let text = "国有资本经营收入1493万元，上级补助收入44万元，上年结余140万元，国有资本经营支出1459万元。"
            + "上述收支相抵，年终结余218万元，全部结转下年使用。"
        #expect(try PipelineOnText.errors(text).isEmpty)
        // A balance that is neither the sum's difference nor the nearest revenue's is still caught.
        let errors = try PipelineOnText.errors(text.replacingOccurrences(of: "年终结余218万元", with: "年终结余812万元"))
        #expect(errors.contains { $0.ruleID == "balance-agrees" })
    }

    @Test("a 结余 listed among the year's uses of funds, more spending after it, is no balance of the two sides")
    func balanceListedAmongUses() throws {
        let uses = "全县政府性基金收入合计46.2亿元；政府性基金支出30.1亿元，调出资金2.5亿元，债务还本支出6.4亿元，"
            + "专项债券结余1.2亿元，结转下年支出6.0亿元，总支出46.2亿元。"
        #expect(try PipelineOnText.errors(uses).isEmpty)
        // The ； that closes one account's clause run ends the look-ahead: the next account's 支出 leaves the first
        // account's balance a balance, and its slip is still caught.
        let two = "机关事业单位养老保险基金收入120.5亿元，支出110.2亿元，当年结余10.3亿元；"
            + "城乡居民养老保险基金收入30.4亿元，支出25.1亿元，当年结余5.3亿元。"
        #expect(try PipelineOnText.errors(two).isEmpty)
        let errors = try PipelineOnText.errors(two.replacingOccurrences(of: "当年结余10.3亿元", with: "当年结余13.0亿元"))
        #expect(errors.contains { $0.ruleID == "balance-agrees" })
    }

    @Test("a balance mistyped or off its revenue and spending is caught", arguments: [
        (fund, "当年结余14.3亿元", "当年结余41.3亿元"),
        (fund, "支出完成298.3亿元", "支出完成289.3亿元"),
        (totals, "结转下年9.4亿元", "结转下年94亿元"),
    ])
    func faultCaught(text: String, from: String, to: String) throws {
        let errors = try PipelineOnText.errors(text.replacingOccurrences(of: from, with: to))
        #expect(errors.contains { $0.ruleID == "balance-agrees" })
    }
}
