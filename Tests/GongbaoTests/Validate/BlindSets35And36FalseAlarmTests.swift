import Foundation
import Gongbao
import Testing

/// Session 26's blind set 35 raised a false pair on its clean text: a proposal report's 其中 list of proposals by kind,
/// opening the sentence after 立案349件，转为意见和建议51件, read against the nearest 51件 instead of the 349件 it divides.
/// Each case sits beside the fault its rule must still catch.
@Suite("False alarms of the blind sets 35 and 36")
struct BlindSets35And36FalseAlarmTests {
    static let text = "经初步审查，立案349件，转为意见和建议51件，立案率87.2%。其中，经济建设类136件，占39%；政治建设类25件，占7.2%。\n"

    @Test("a 其中 list that fits the sentence's first figure is no sure error against the nearest one")
    func listOfTheLead() throws {
        let errors = try PipelineOnText.errors(Self.text)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test("a part above every figure of the sentence still errs, and a share that fits no total still errs")
    func stillCaught() throws {
        let above = try PipelineOnText.errors(Self.text.replacingOccurrences(of: "136件", with: "536件"))
        #expect(above.contains { $0.ruleID == "part-exceeds-total" }, "\(above)")
        let share = try PipelineOnText.errors(Self.text.replacingOccurrences(of: "占39%", with: "占69%"))
        #expect(share.contains { $0.ruleID == "share-agrees" }, "\(share)")
    }
}
