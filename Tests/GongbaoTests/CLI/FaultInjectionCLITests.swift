import Foundation
import Testing

/// Planted faults, end to end: the built `gongbao check` on real files, as CI runs it — the exit status
/// and the compiler-style line (`path:line:col: error: … [rule]`) for each kind of fault.
///
/// The 云溪市 bulletins (Fixtures/validate/series, README there) are checked as a series: each faulty
/// 1—4月 bulletin beside the clean 1—2月 and 1—3月 ones. The bundled article gets faults planted in a copy.
@Suite("CLI: planted faults")
struct FaultInjectionCLITests {
    static let series = "Tests/GongbaoTests/Fixtures/validate/series"
    static let article = "Corpus/000-dongsheng-talent-2023.txt"

    static func bulletins(april: String) -> [String] {
        ["\(series)/yunxi-zhaoshang-2024-02.txt", "\(series)/yunxi-zhaoshang-2024-03.txt", april]
    }

    @Test("the clean series passes: exit 0, no error")
    func cleanSeries() throws {
        let out = try CLIRunner.run(["check"] + Self.bulletins(april: "\(Self.series)/yunxi-zhaoshang-2024-04.txt"))
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stderr.contains(": error:"), "\(out.stderr)")
    }

    /// Each faulty variant: the line:col of the planted figure in the faulty 1—4月 bulletin, and the rule.
    static let variants: [(fault: String, place: String, rule: String)] = [
        ("changed-repeat", "7:25", "same-figure-agrees"),
        ("part-above-whole", "8:10", "part-exceeds-total"),
        ("order-broken", "8:32", "declared-order"),
        ("cumulative-fall", "3:32", "cumulative-never-falls"),
        ("scale-slip", "7:33", "cumulative-never-falls"),
        ("share-over-100", "12:14", "share-over-100"),
    ]

    @Test("each faulty bulletin fails with an error on the planted figure", arguments: variants)
    func faultySeries(_ variant: (fault: String, place: String, rule: String)) throws {
        let april = "\(Self.series)/faulty/\(variant.fault)/yunxi-zhaoshang-2024-04.txt"
        let out = try CLIRunner.run(["check"] + Self.bulletins(april: april))
        #expect(out.status == 1, "\(out.stderr)")
        let prefix = "\(april):\(variant.place): error:"
        #expect(out.stderrLines.contains { $0.hasPrefix(prefix) && $0.hasSuffix("[\(variant.rule)]") }, "\(out.stderr)")
    }

    @Test("a 万/亿 slip in the series also shows as a scale-slip warning against the 1—3月 figure")
    func scaleSlipWarning() throws {
        let april = "\(Self.series)/faulty/scale-slip/yunxi-zhaoshang-2024-04.txt"
        let out = try CLIRunner.run(["check"] + Self.bulletins(april: april))
        #expect(out.stderrLines.contains { $0.hasPrefix("\(april):7:33: warning:") && $0.hasSuffix("[scale-slip]") }, "\(out.stderr)")
    }

    /// The article with one line changed, written to a temporary folder under the article's own name.
    static func plantedArticle(line: Int, _ old: String, _ new: String) throws -> (dir: URL, path: String) {
        var lines = try String(contentsOfFile: CLIRunner.packageRoot.appendingPathComponent(article).path, encoding: .utf8)
            .components(separatedBy: "\n")
        #expect(lines[line - 1].contains(old), "line \(line): \(lines[line - 1])")
        lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
        let dir = try CLIRunner.temporaryFolder()
        let path = dir.appendingPathComponent((article as NSString).lastPathComponent).path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return (dir, path)
    }

    @Test("the article with 7.8亿 in the pull quote (line 198) fails with a scale-slip error there")
    func articleScaleSlip() throws {
        let (dir, path) = try Self.plantedArticle(line: 198, "7.8 万", "7.8 亿")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLIRunner.run(["check", path])
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stderrLines.contains { $0.hasPrefix("\(path):198:") && $0.contains(": error:") && $0.hasSuffix("[scale-slip]") }, "\(out.stderr)")
    }

    @Test("the article with 签约项目 240个 above 招引项目 236项 fails with a declared-order error on line 23")
    func articleOrderBroken() throws {
        let (dir, path) = try Self.plantedArticle(line: 23, "40个", "240个")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLIRunner.run(["check", path])
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stderrLines.contains { $0.hasPrefix("\(path):23:1: error:") && $0.hasSuffix("[declared-order]") }, "\(out.stderr)")
    }

    /// One text written to a temporary folder, checked by the built command.
    static func checkText(_ text: String, name: String = "a.txt") throws -> (out: CLIRunner.Output, path: String) {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (try CLIRunner.run(["check", path]), path)
    }

    @Test("a part above its total under the total's own subject (33个项目，其中阳新签约66个项目) is an error")
    func genericPartAboveWhole() throws {
        let (out, path) = try Self.checkText("据了解，全市共签约33个项目，签约金额达175.65亿元，其中阳新签约66个项目，签约金额达126.4亿元。\n")
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stderrLines.contains { $0.hasPrefix("\(path):1:") && $0.contains(": error:") && $0.hasSuffix("[part-exceeds-total]") }, "\(out.stderr)")
    }

    @Test("parts in later clauses of a 其中 (a sub-item, a second breakdown) give no sum warning")
    func laterClausesNoWarning() throws {
        let (out, _) = try Self.checkText("1-10月，全县固定资产投资完成246.79亿元。其中第三产业投资完成119.90亿元，同比增长15.2%；"
            + "生产性服务业完成投资39.66亿元，占第三产业完成投资的33.1%；项目投资完成220.53亿元，占全部投资的89.4%。\n")
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stderr.contains("[part-exceeds-total]"), "\(out.stderr)")
    }

    @Test("a repeat written with another scale word (1.5万元 … 1.5千元) is a scale-slip error")
    func scaleWordSlip() throws {
        let text = "全市社会保险基金其他收入1.5万元，转移收入0.7万元。\n\n其他情况说明。\n\n全市社会保险基金其他收入1.5千元，转移收入0.7万元。\n"
        let (out, path) = try Self.checkText(text)
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stderrLines.contains { $0.hasPrefix("\(path):5:") && $0.contains(": error:") && $0.hasSuffix("[scale-slip]") }, "\(out.stderr)")
    }

    @Test("a part of a complete breakdown written in 万 (其他收入1.5万元 under 142.9亿元) is a scale-slip error")
    func partScaleSlip() throws {
        let (out, path) = try Self.checkText("全市社会保险基金预算收入142.9亿元，增长8.6%。其中，保险费收入74.1亿元，利息收入0.8亿元，"
            + "财政补贴收入65.8亿元，其他收入1.5万元，转移收入0.7亿元。\n")
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stderrLines.contains { $0.hasPrefix("\(path):1:") && $0.contains(": error:") && $0.hasSuffix("[scale-slip]") }, "\(out.stderr)")
    }
}
