/// A place in an input file, as a compiler would name it.
///
/// Lines count LF characters only (a file ending lines with CR CR LF has one line per LF), and columns
/// count Unicode scalars from the line start, both 1-based, so `file:line:col` opens at the figure in any
/// editor whatever the file's encoding: 7.8万人 on line 60 of a GB18030 file is still 60:3.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    /// `path:line:col`, the prefix of every diagnostic.
    public var description: String { "\(path):\(line):\(column)" }
}
