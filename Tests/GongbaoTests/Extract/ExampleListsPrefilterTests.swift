import Foundation
import Testing
@testable import Gongbao

/// `ExampleLists.apply` rules out a subject by a byte search for 等 before it asks Swift's String about it: the same
/// answers as the String test alone, because no other scalar sequence is canonically equivalent to 等.
@Suite("Example lists: the byte search for 等")
struct ExampleListsPrefilterTests {
    /// Every CJK compatibility ideograph (the scalars that decompose to a unified one), alone and inside text, with
    /// the subjects the pass reads.
    static var candidates: [String] {
        var out = ["", "等", "等\u{301}", "e\u{301}等", "促消费活动", "文化演艺、体育赛事等促消费活动", "华为智能生活馆、砂之船奥莱等首店",
                   "国家级高新技术企业、工程技术中心等科研机构"]
        for v in Array(0xF900...0xFAFF) + Array(0x2F800...0x2FA1F) {
            guard let u = Unicode.Scalar(v) else { continue }
            out += [String(u), "引进" + String(u) + "首店", "华为、砂之船" + String(u) + "首店"]
        }
        return out
    }

    @Test("a String holds 等 only where its bytes do")
    func noEquivalent() {
        let deng = LiteralSearch.Prepared("等")
        for s in Self.candidates where s.contains("等") {
            #expect(SimpleText.withBytes(s) { LiteralSearch.bytesContain($0, deng.bytes) }, "\(s)")
            #expect(SimpleText.withBytes(s, ExampleLists.holdsDeng), "\(s)")
        }
    }

    @Test("holdsDeng = a byte search for E7 AD 89, at every place and length")
    func holdsDeng() {
        var mix = Mix(state: 0x6A09_E667_F3BC_C908)
        let pieces: [[UInt8]] = [[0xE7, 0xAD, 0x89], [0xE7], [0xAD], [0x89], [0xE7, 0xAD], [0xAD, 0x89], [0x41],
                                 Array("科研机构".utf8), Array("竹".utf8), Array("、".utf8), [0xE7, 0xAD, 0xAD, 0x89],
                                 [0xE7, 0xAC, 0x89], [0xAC], [0xAE], [0x01], [0x00]]
        for _ in 0..<20000 {
            var bytes: [UInt8] = []
            for _ in 0..<mix.next(12) { bytes += pieces[mix.next(pieces.count)] }
            let expected = bytes.withUnsafeBufferPointer { LiteralSearch.bytesContain($0, [0xE7, 0xAD, 0x89]) }
            #expect(bytes.withUnsafeBufferPointer(ExampleLists.holdsDeng) == expected, "\(bytes)")
        }
    }

    @Test("a list after a verb gives its noun; subjects without 等 are left as they are")
    func rewrites() {
        func figure(_ subject: String) -> Figure {
            var f = Figure(span: 0..<1, numberStart: 0, value: 1, unit: "个", kind: .count, unitEnd: 1)
            f.subject = subject
            return f
        }
        var figures = [figure("举办文化演艺、体育赛事等促消费活动"), figure("引进华为智能生活馆、砂之船奥莱等首店"), figure("举办促消费活动"),
                       figure("举办文化演艺、体育赛事\u{F90A}促消费活动")]
        ExampleLists.apply(&figures, verbs: ["举办", "引进"], kept: LiteralSearch.WordSet(["引进"]))
        #expect(figures.map(\.subject) == ["促消费活动", "引进首店", "举办促消费活动", "举办文化演艺、体育赛事\u{F90A}促消费活动"])
    }
}
