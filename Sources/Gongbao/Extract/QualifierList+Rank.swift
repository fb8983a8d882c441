extension QualifierList {
    /// `sort()` by each qualifier's rank (`QualifierList.rank`, pinned to Qualifier's order by a test): the list is
    /// appended again rank by rank, where `sort()` copied it into an Array and compared the raw-value Strings
    /// ("about" < "at_most" …), some 600 instructions for a list of two. Equal qualifiers are equal values, so the
    /// order is the same: 5万人以上, 约 → [about, more_than].
    mutating func sortByRank() {
        guard count > 1 else { return }
        var sorted = QualifierList()
        for r in 0..<4 {
            for q in self where QualifierList.rank(q) == r { sorted.append(q) }
        }
        self = sorted
    }
}
