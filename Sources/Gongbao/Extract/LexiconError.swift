/// A vocabulary file that cannot be used, named by file and line so an analyst can fix the entry.
public struct LexiconError: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `units.yaml:12: unknown kind "cout"` — the compiler-style line the CLI prints.
    public var description: String { "\(file):\(line): \(message)" }
}
