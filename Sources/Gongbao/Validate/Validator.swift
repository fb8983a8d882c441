/// Runs rules over a whole run (stub; the validation work replaces it).
public struct Validator: Sendable {
    public init() {}

    public func findings(in documents: [DocumentResult]) -> [Finding] { [] }
}
