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
    var qualifiers: [Qualifier] = []
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
