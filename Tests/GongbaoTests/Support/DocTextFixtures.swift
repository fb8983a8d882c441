@testable import Gongbao

extension DocText {
    /// A DocText over bytes as they are (not normalized: wide spaces, CR and combining marks stay), each byte its own
    /// content offset — what the fast-path tests compare their references on.
    init(unnormalized bytes: [UInt8]) {
        self.init(NormalizedText(bytes: bytes, contentOffsets: (0...bytes.count).map { Int32($0) }))
    }

    init(unnormalized s: String) { self.init(unnormalized: Array(s.utf8)) }
}
