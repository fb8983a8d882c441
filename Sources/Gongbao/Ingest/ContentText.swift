/// The readable text of a document (the article, not the page around it), with each byte's place in the source.
///
/// For plain text this is the source itself. For HTML it is the text of the main content: blocks
/// (paragraphs, headings, list items, table cells) separated by a blank line ("\n\n"), `<br>` as "\n",
/// entities decoded. `sourceOffsets[i]` is the offset in `SourceText.bytes` of the character that produced
/// byte `i`; it has `bytes.count + 1` entries so that an end offset maps too.
public struct ContentText: Sendable {
    public var bytes: [UInt8]
    /// Read as an `[Int32]` (`sourceOffsets[i]`); for plain text the identity, stored as nothing.
    public var sourceOffsets: OffsetMap
    /// Tables of the document in reading order; cells are byte ranges in `bytes`.
    public var tables: [TextTable]
    /// True when a blank line always ends a block (HTML: the builder wrote it between two elements). In plain
    /// text a blank line may be an OCR break inside a word (鄂\n\n尔多斯), so the normalizer may join across it;
    /// here it must not (a headline 预计4年减负180亿元 would run into the first sentence of the article).
    public var blankLinesEndBlocks: Bool

    public init(bytes: [UInt8], sourceOffsets: [Int32], tables: [TextTable] = [], blankLinesEndBlocks: Bool = false) {
        self.init(bytes: bytes, sourceMap: OffsetMap(sourceOffsets), tables: tables,
                  blankLinesEndBlocks: blankLinesEndBlocks)
    }

    public init(bytes: [UInt8], sourceMap: OffsetMap, tables: [TextTable] = [], blankLinesEndBlocks: Bool = false) {
        precondition(sourceMap.count == bytes.count + 1, "ContentText needs one offset per byte plus the end")
        self.bytes = bytes
        self.sourceOffsets = sourceMap
        self.tables = tables
        self.blankLinesEndBlocks = blankLinesEndBlocks
    }

    /// The whole source as content: the identity map, for plain-text documents (nothing written per byte).
    public init(identityOf source: SourceText) {
        self.init(bytes: source.bytes, sourceMap: .identity(length: source.bytes.count))
    }

    /// The content text between two byte offsets, as written (before any normalization).
    public func slice(_ range: Range<Int>) -> String {
        UTF8Scan.string(bytes, range)
    }
}

/// A table found in an HTML page: rows of cells, each a byte range of `ContentText.bytes`.
///
/// Statistical communiqués put most figures in tables whose unit and scale live in the column header
/// (年末数（万人）), so Extract needs the grid, not just the cell text.
public struct TextTable: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// Byte range of the cell's text in `ContentText.bytes`.
        public var range: Range<Int>
        public var columnSpan: Int
        public var rowSpan: Int
        /// True for `<th>` cells.
        public var isHeader: Bool

        public init(range: Range<Int>, columnSpan: Int = 1, rowSpan: Int = 1, isHeader: Bool = false) {
            self.range = range
            self.columnSpan = columnSpan
            self.rowSpan = rowSpan
            self.isHeader = isHeader
        }
    }

    /// Byte range of the caption (or the title paragraph just before the table), if any.
    public var caption: Range<Int>?
    public var rows: [[Cell]]

    public init(caption: Range<Int>? = nil, rows: [[Cell]]) {
        self.caption = caption
        self.rows = rows
    }
}
