import Foundation

/// The lexicon compiled into tries: built once per `Extractor`, immutable and shared.
final class PatternBook: Sendable {
    let lexicon: Lexicon
    let units: ScalarTrie
    let names: ScalarTrie
    let notQualifiers: ScalarTrie
    let before: ScalarTrie        // value: index into lexicon.qualifierBefore
    let after: ScalarTrie         // value: index into lexicon.qualifierAfter
    /// The qualifiers of `before` and `after` by value, and whether an after-word is 余 or 多 (read per figure,
    /// so kept out of the lexicon's tuples of strings).
    let beforeQualifiers: [Qualifier]
    let afterQualifiers: [Qualifier]
    let afterIsVagueTail: [Bool]
    let targets: ScalarTrie
    let up: ScalarTrie
    let down: ScalarTrie
    let notDirections: ScalarTrie
    let glue: ScalarTrie
    let vague: ScalarTrie
    let stripLeading: ScalarTrie
    let stripTrailing: ScalarTrie
    let objectVerbs: ScalarTrie
    let prepositions: ScalarTrie
    let afterStops: ScalarTrie
    let scopeTime: ScalarTrie
    let scopeRegion: ScalarTrie
    let headingOpeners: ScalarTrie
    /// Scalars that can begin a scope marker (line break, 截至, 自…以来, 1—9月, the scope words).
    let scopeMarkers: ScalarSet
    /// Characters after which 负 is a minus sign: 为负, 是负, 增长负, 率负.
    let signContext: Set<UInt32> = Set("为是长率达至：:".unicodeScalars.map(\.value))
    /// Scalars of scale characters (万, 亿 …) and their factors.
    let scales: [UInt32: Decimal]

    init(_ lex: Lexicon) {
        lexicon = lex
        func trie(_ words: [String]) -> ScalarTrie {
            var t = ScalarTrie()
            for (i, w) in words.enumerated() { t.insert(w, value: i) }
            return t
        }
        units = trie(lex.units.map(\.surface))
        names = trie(lex.names)
        notQualifiers = trie(lex.notQualifiers)
        before = trie(lex.qualifierBefore.map(\.word))
        after = trie(lex.qualifierAfter.map(\.word))
        beforeQualifiers = lex.qualifierBefore.map(\.qualifier)
        afterQualifiers = lex.qualifierAfter.map(\.qualifier)
        afterIsVagueTail = lex.qualifierAfter.map { $0.word == "余" || $0.word == "多" }
        targets = trie(lex.targetWords)
        up = trie(lex.directionUp)
        down = trie(lex.directionDown)
        notDirections = trie(lex.notDirections)
        glue = trie(lex.glueBefore)
        vague = trie(lex.vagueMarkers)
        stripLeading = trie(lex.stripLeading + lex.targetWords + lex.scopeTime + lex.scopeRegion)
        stripTrailing = trie(lex.stripTrailing + lex.directionUp + lex.directionDown)
        objectVerbs = trie(lex.objectVerbs)
        prepositions = trie(lex.beneficiaryPrepositions)
        afterStops = trie(lex.afterStops)
        scopeTime = trie(lex.scopeTime)
        scopeRegion = trie(lex.scopeRegion)
        headingOpeners = trie(lex.headingOpeners + lex.scopeRegion)
        var markers = ScalarSet([0x0A, 0x622A, 0x81EA, 0x4E00] + Array(0x30...0x39))
        for w in lex.scopeTime + lex.scopeRegion { if let f = w.unicodeScalars.first { markers.insert(f.value) } }
        scopeMarkers = markers
        var s: [UInt32: Decimal] = [:]
        for scale in lex.scales { s[scale.surface.unicodeScalars.first!.value] = scale.factor }
        scales = s
    }

    /// The unit written at `i`, if any (longest surface first: 个百分点 before 个).
    func unit(_ t: [UInt32], at i: Int) -> (Lexicon.Unit, Int)? {
        guard let m = units.longestMatch(t, at: i) else { return nil }
        return (lexicon.units[m.value], m.length)
    }

    /// True when a scale character at `i` actually begins a unit (千瓦, 千米, 千公顷).
    func scaleBeginsUnit(_ t: [UInt32], at i: Int) -> Bool {
        guard let (_, len) = unit(t, at: i) else { return false }
        return len > 1 && scales[t[i]] != nil
    }
}
