import Foundation
import Gongbao
import Testing

/// part-exceeds-total and a school's figures of two kinds: its staff (教职工, 专任教师) and its pupils (招生, 在校生,
/// 毕业生). A 其中 under 教职工 lists staff; a pupil figure after it begins another measure, and the list has ended
/// (contexts.yaml contrast_pairs) — 教职工1794人，其中专任教师1772人，招生4041人 holds no part above its total.
@Suite("Staff and pupils are no parts of each other")
struct StaffStudentPartsTests {
    static func partFindings(_ text: String) throws -> [Finding] {
        try PipelineOnText.findings("2024年某县国民经济和社会发展统计公报\n" + text).filter { $0.ruleID == "part-exceeds-total" }
    }

    @Test("pupils after a staff 其中 are no parts of the staff")
    func pupilsAfterStaff() throws {
        let text = "普通初中12所，教职工860人，其中专任教师830人，招生2950人，在校学生8700人，毕业生2610人；"
            + "普通高中4所，教职工520人，其中专任教师505人，招生1880人，在校学生5400人，毕业生1720人。\n"
        let found = try Self.partFindings(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("staff after a pupil 其中 are no parts of the pupils")
    func staffAfterPupils() throws {
        let text = "全县在校学生3200人，其中寄宿生1900人，教职工1500人，专任教师1400人。\n"
        let found = try Self.partFindings(text)
        #expect(found.isEmpty, "\(found)")
    }

    @Test("a staff part above its staff total is still reported")
    func staffPartAboveStaff() throws {
        let text = "普通小学20所，教职工900人，其中专任教师950人，招生1300人，在校学生7100人。\n"
        let found = try Self.partFindings(text)
        #expect(found.contains { $0.severity == .error }, "\(found)")
    }
}
