/// The catalogue's context words (`context:` names and markers of synonyms.yaml) indexed once per run
/// (`WordIndex`) instead of converted and searched one by one for every sentence.
///
/// Exact: names and markers are replaced by `|`, so a word without `|` found once earlier words are written
/// `|` occurred in the sentence as written; only the words that occur there are searched and replaced.
///   全市一般公共预算收入安排116.4亿元 → candidates 一般公共预算, 预算, 安排, 全市 (of 52 words).
struct ContextWords: Sendable {
    /// Names first (in catalogue order), then markers (in catalogue order).
    let index: WordIndex
    var words: [[UInt8]] { index.words }
    let nameCount: Int
    let markers: [SubjectCatalogue.ContextMarker]
    /// For each name, the marker of the same word, if any: a name that is also a marker (一般公共预算, an account)
    /// notes the marker's label when it is read as a name.
    let nameMarkers: [SubjectCatalogue.ContextMarker?]
    /// False when some word holds a `|` (then every word is searched, as the catalogue lists them).
    private let indexed: Bool

    init(_ catalogue: SubjectCatalogue) {
        let names = catalogue.contextNames.filter { !$0.isEmpty }
        markers = catalogue.contextMarkers
        index = WordIndex(names + markers.map(\.word))
        nameCount = names.count
        let markerByWord = Dictionary(markers.map { ($0.word, $0) }, uniquingKeysWith: { a, _ in a })
        nameMarkers = names.map { markerByWord[$0] }
        indexed = !index.words.contains { $0.contains(0x7C) }
    }

    /// For each word, whether it occurs in `bytes` (every word when the index cannot say).
    func occurring(in bytes: [UInt8]) -> [Bool] {
        indexed ? index.occurring(in: bytes) : words.map { !$0.isEmpty }
    }
}
