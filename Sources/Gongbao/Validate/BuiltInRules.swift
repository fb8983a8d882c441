/// The rules written in Swift, in the order of the report's per-rule table.
enum BuiltInRules {
    static let all: [ValidationRule] = [
        ValidationRule(id: "same-figure-agrees", defaultSeverity: .error, check: SameFigureRule.check),
        ValidationRule(id: "part-exceeds-total", defaultSeverity: .error, withinDocument: true, check: PartTotalRule.check),
        ValidationRule(id: "parts-add-up", defaultSeverity: .error, withinDocument: true, check: PartitionSumRule.check),
        ValidationRule(id: "structure-adds-to-100", defaultSeverity: .error, withinDocument: true, check: StructureSumRule.check),
        ValidationRule(id: "declared-order", defaultSeverity: .error, check: DeclaredOrderRule.check),
        ValidationRule(id: "cumulative-never-falls", defaultSeverity: .error, check: CumulativeRule.check),
        ValidationRule(id: "scale-slip", defaultSeverity: .error, check: ScaleSlipRule.check),
        ValidationRule(id: "share-over-100", defaultSeverity: .error, withinDocument: true, check: ShareRule.check),
        ValidationRule(id: "share-agrees", defaultSeverity: .error, withinDocument: true, check: ShareAgreesRule.check),
        ValidationRule(id: "ratio-agrees", defaultSeverity: .error, withinDocument: true, check: RatioRule.check),
        ValidationRule(id: "share-list-over-100", defaultSeverity: .error, withinDocument: true, check: ShareListRule.check),
        ValidationRule(id: "list-count-agrees", defaultSeverity: .error, withinDocument: true, check: ListCountRule.check),
        ValidationRule(id: "change-agrees", defaultSeverity: .error, withinDocument: true, check: ChangeAgreesRule.check),
        ValidationRule(id: "completion-agrees", defaultSeverity: .error, withinDocument: true, check: CompletionRule.check),
        ValidationRule(id: "repeat-change-agrees", defaultSeverity: .error, check: RepeatChangeRule.check),
        ValidationRule(id: "budget-total-adds-up", defaultSeverity: .error, withinDocument: true, check: BudgetTotalRule.check),
        ValidationRule(id: "increase-exceeds-level", defaultSeverity: .error, withinDocument: true, check: IncreaseRule.check),
        ValidationRule(id: "balance-agrees", defaultSeverity: .error, withinDocument: true, check: BalanceRule.check),
        ValidationRule(id: "identity-agrees", defaultSeverity: .error, withinDocument: true, check: IdentityRule.check),
        ValidationRule(id: "fall-over-100", defaultSeverity: .error, withinDocument: true, check: FallRule.check),
        ValidationRule(id: "enumeration-count-agrees", defaultSeverity: .error, withinDocument: true, check: EnumerationRule.check),
        ValidationRule(id: "date-exists", defaultSeverity: .error, withinDocument: true, check: DateRule.check),
        ValidationRule(id: "number-well-formed", defaultSeverity: .error, withinDocument: true, check: MalformedNumberRule.check),
        ValidationRule(id: "growth-consistency", defaultSeverity: .warning, check: GrowthRule.check),
        ValidationRule(id: "target-reported-achieved", defaultSeverity: .note, check: TargetRule.check),
    ]
}

/// The analyst's rules from rule files: relations with their own id, and filter-and-bound rules.
enum AnalystRules {
    static func all(in rules: RuleSet) -> [ValidationRule] {
        var seen: Set<String> = Set(BuiltInRules.all.map(\.id))
        var out: [ValidationRule] = []
        for r in rules.relations where !seen.contains(r.id) {
            seen.insert(r.id)
            let id = r.id
            out.append(ValidationRule(id: id, defaultSeverity: r.severity ?? .error) { context, severity in
                DeclaredOrderRule.check(context, severity, ruleID: id)
            })
        }
        for b in rules.bounds where !seen.contains(b.id) {
            seen.insert(b.id)
            let id = b.id
            out.append(ValidationRule(id: id, defaultSeverity: b.severity) { context, severity in
                BoundRuleCheck.check(context, severity, ruleID: id)
            })
        }
        return out
    }
}
