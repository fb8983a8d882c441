import ArgumentParser

/// The exit codes of every command, named; CI scripts depend on them.
enum ExitCodes {
    /// Reports written, no error-severity findings.
    static let success = ExitCode(0)
    /// Error-severity findings: the figures contradict themselves.
    static let findings = ExitCode(1)
    /// Some input could not be processed; the others were still processed.
    static let inputFailure = ExitCode(2)
    /// Usage errors exit 64 (EX_USAGE), as ArgumentParser does for `ValidationError`.
    static let usage = ExitCode(64)
}
