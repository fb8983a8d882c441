import Foundation

/// A figure found in the normalized text, before subject and scope are attached.
///
/// Ranges are scalar indices into `DocText`; `span` is what the surface shows (number + scale + unit, with
/// 余/多 and 年来's 来), `numberStart` where the digits begin (qualifiers and subjects are read before it).
struct Figure {
    var span: Range<Int>
    var numberStart: Int
    var value: Decimal
    var valueMax: Decimal? = nil
    var unit: String?
    var kind: MetricKind
    var qualifiers = QualifierList()
    var direction: Direction? = nil
    var dateValue: String? = nil
    /// Index just past the unit (where a subject after the figure begins).
    var unitEnd: Int
    var isCumulative = false
    var subject = ""
    var scope: String? = nil
    /// For a date: the year, so a later 3月24日 in the same sentence can borrow it.
    var year: Int? = nil
    /// A numeric date stamp (2022-02-11 08:52): the page's publication date when it is in the header.
    var isStamp = false
    var fromTable = false
    /// Byte range in content text for table cells (already resolved), else nil.
    var contentRange: Range<Int>? = nil
    /// Index of the total this figure is part of (其中), set by `ExtractorSupport.linkParts`; `Metric.partOf`.
    var partOf: Int? {
        get { partOfIndex < 0 ? nil : Int(partOfIndex) }
        set { partOfIndex = newValue.map { Int32($0) } ?? -1 }
    }
    /// `partOf`, -1 for none: four bytes that fit the struct's padding (as an `Int?` it grew every figure from 216
    /// to 232 bytes, and the passes copy and move figures).
    var partOfIndex: Int32 = -1
}

/// A figure's qualifiers in the order they were added (duplicates kept), packed into one word.
///
/// Why: as an Array it was a heap block per qualified figure and a refcounted field of every Figure, retained and
/// released each time a figure is copied (a pass that keeps some figures copies them all). 约5万人以上 → [about,
/// more_than] after `sort()`. The same operations the extractor used on the Array: append, contains, sort, count.
struct QualifierList: RandomAccessCollection, ExpressibleByArrayLiteral, Equatable, Sendable {
    /// Entries, 2 bits each from bit 8 (Qualifier.allCases index); the count in the low byte.
    private var packed: UInt64 = 0
    /// More than any figure gets (each qualifier is added once, 余 at most a few times).
    static let capacity = 28

    init() {}

    init(arrayLiteral elements: Qualifier...) {
        for q in elements { append(q) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { Int(packed & 0xFF) }

    subscript(i: Int) -> Qualifier {
        precondition(i >= 0 && i < endIndex, "QualifierList index out of range")
        return QualifierList.qualifier(code: Int(packed >> (8 + 2 * UInt64(i))) & 3)
    }

    mutating func append(_ q: Qualifier) {
        let n = endIndex
        precondition(n < QualifierList.capacity, "QualifierList is full")
        packed |= UInt64(QualifierList.code(q)) << (8 + 2 * UInt64(n))
        packed += 1
    }

    /// Drops every entry of `q`, keeping the others in their order.
    mutating func remove(_ q: Qualifier) {
        guard contains(q) else { return }
        let kept = filter { $0 != q }
        packed = 0
        for k in kept { append(k) }
    }

    /// In Qualifier's order (by raw value), as `Array.sort()` left them.
    mutating func sort() {
        let sorted = self.sorted()
        packed = 0
        for q in sorted { append(q) }
    }

    /// The same qualifiers as an Array (what `Metric.qualifiers` holds).
    var array: [Qualifier] {
        if isEmpty { return [] }
        var set = 0
        var sortedUnique = true
        var last = -1
        for q in self {
            let rank = QualifierList.rank(q)
            if rank <= last { sortedUnique = false; break }
            last = rank
            set |= 1 << rank
        }
        return sortedUnique ? QualifierList.sortedSets[set] : Array(self)
    }

    @inline(__always)
    static func code(_ q: Qualifier) -> Int {
        switch q {
        case .moreThan: return 0
        case .about: return 1
        case .target: return 2
        case .atMost: return 3
        }
    }

    @inline(__always)
    static func qualifier(code: Int) -> Qualifier {
        switch code {
        case 0: return .moreThan
        case 1: return .about
        case 2: return .target
        default: return .atMost
        }
    }

    /// Position in Qualifier's sort order (about < at_most < more_than < target; pinned by a test against
    /// `Qualifier.sortedCases`).
    @inline(__always)
    static func rank(_ q: Qualifier) -> Int {
        switch q {
        case .about: return 0
        case .atMost: return 1
        case .moreThan: return 2
        case .target: return 3
        }
    }

    /// Every sorted, duplicate-free list, indexed by its set of ranks: metrics share these arrays instead of each
    /// allocating its own.
    static let sortedSets: [[Qualifier]] = (0..<(1 << Qualifier.sortedCases.count)).map { set in
        Qualifier.sortedCases.indices.filter { set & (1 << $0) != 0 }.map { Qualifier.sortedCases[$0] }
    }
}

extension Qualifier {
    /// All cases in sort order.
    static let sortedCases = allCases.sorted()
}

/// Something the extractor saw and chose not to report, with the reason: a 400-digit number, a phone number.
public struct ExtractionNote: Sendable, Hashable {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }
}
