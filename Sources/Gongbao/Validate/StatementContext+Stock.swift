extension StatementContext {
    /// Two sentences' distinguishing labels say the same of a figure: equal, or equal but for a stock word on one side
    /// only when both name one same place. 2025年市本级安排预算稳定调节基金2亿元，主要包括预备费余额0.4亿元、…、调入资金0.88亿元
    /// restates 市本级…平衡情况's 调入资金0.88亿元 though 余额 (another item's) stands in it alone: a level stated with or
    /// without 年末/余额 is the same stock, and a flow (新增) names itself on its side — a label, not an absence.
    /// The place must be named (市本级 both times; the whole region is no label here): 全市…年终结转 and 高新区…年末结转
    /// are two places' balance statements, the district unnamed in synonyms.yaml.
    static func sayTheSame(_ a: StatementContext, _ b: StatementContext) -> Bool {
        if a == b { return true }
        guard (a.labels["stock"] == nil) != (b.labels["stock"] == nil), a.labels["place"] != nil else { return false }
        var x = a, y = b
        x.labels["stock"] = nil
        y.labels["stock"] = nil
        return x == y
    }
}
