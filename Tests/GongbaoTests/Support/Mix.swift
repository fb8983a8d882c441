/// A seeded generator for the fast-path tests' random texts (a 64-bit LCG): the same seed gives the same cases on
/// every machine, so a failure can be replayed.
struct Mix {
    var state: UInt64

    /// The next 31-bit number (the state's high bits).
    mutating func next() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int(state >> 33)
    }

    /// The next number below `n`.
    mutating func next(_ n: Int) -> Int { next() % n }
}
