import ArgumentParser
import Dispatch
import Foundation
import Gongbao

/// `gongbao bench` (hidden): throughput, scaling and memory of the pipeline on a corpus built from copies of
/// the bundled documents, against the baseline of reading and decoding the same bytes.
///
/// Each measured run is a child process (`--phase`), so its peak resident memory is its own. Prints
/// Markdown tables to paste into the README. Example: `gongbao bench --size-mb 200 --jobs 2`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput, scaling and memory on a synthetic corpus (for developers).",
        shouldDisplay: false
    )

    @Option(name: .customLong("size-mb"), help: "Size of the assembled corpus in MB (10^6 bytes).")
    var sizeMB: Int = 200

    @Option(help: "Threads for the parallel runs (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Folder whose .txt/.html documents are copied to build the corpus.")
    var corpus: String = InputOptions.defaultCorpus

    @Option(help: "Scale series instead of the table: corpus sizes in MB, e.g. 100,500,1000 (report path).")
    var scale: String?

    @Option(help: "Measurements to run, from decode, extract, check, check-whole-run (cross-document rules over the whole run).")
    var phases: String = "decode,extract,check"

    @Option(help: "Rules on the scale series' report path: none, document (each document alone) or run (what `report` runs: each document, then the cross-document rules over the run's series digest).")
    var rules: String = "document"

    @Option(name: .customLong("repeat"), help: "Runs of each measurement; the fastest is kept (other processes share the cores).")
    var repeats: Int = 3

    @Option(help: "Folder for the temporary corpus.")
    var tmp: String = "/tmp"

    @Flag(help: "Name every copy for itself (a letter tag in its file name), so that no two copies form a series: an archive of distinct reports rather than of one bulletin's issues.")
    var distinct = false

    @Option(help: ArgumentHelp(visibility: .private)) var phase: String?
    @Option(help: ArgumentHelp(visibility: .private)) var input: [String] = []
    @Option(help: ArgumentHelp(visibility: .private)) var out: String?

    func validate() throws {
        guard ["none", "document", "run"].contains(rules) else {
            throw ValidationError("--rules must be none, document or run")
        }
        guard repeats >= 1 else { throw ValidationError("--repeat must be at least 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard sizeMB >= 1 else { throw ValidationError("--size-mb must be at least 1") }
    }

    func run() throws {
        if let phase { return try runPhase(phase) }
        let command = (["gongbao"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        emit(BenchMachine.header(command: command))
        if let scale {
            let sizes = scale.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            try runScale(sizes: sizes)
        } else {
            try runTable()
        }
    }

    // MARK: - The table

    private func runTable() throws {
        let built = try BenchCorpus.assemble(from: corpus, megabytes: sizeMB, under: tmp, distinct: distinct)
        defer { built.remove() }
        emit(built.description + "\n")
        let subsets = [("text", [built.root + "/text"]), ("html", [built.root + "/html"]), ("all", [built.root])]
        emit("Wall-clock MB/s on 1 and \(jobs) threads; MB per CPU-second on 1 thread (the one-core rate with "
            + "other processes' share of the cores taken out) and its ratio to the baseline's; CPU \(jobs)t/1t is "
            + "the CPU time the parallel run spends over the serial one (1.00 = no parallel overhead).\n")
        emit("| run | input | MB | MB/s 1 thread | MB/s \(jobs) threads | speed-up | MB/CPU-s 1t | vs baseline | "
            + "CPU \(jobs)t/1t | peak RSS 1t | peak RSS \(jobs)t | metrics | findings |")
        emit("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        var baseline: [String: Double] = [:]
        for phase in phases.split(separator: ",").map(String.init) {
            for (name, paths) in subsets {
                let one = try BenchChild.best(of: repeats, phase: phase, jobs: 1, input: paths)
                let many = try BenchChild.best(of: repeats, phase: phase, jobs: jobs, input: paths)
                if phase == "decode" { baseline[name] = one.cpuRate }
                let base = baseline[name] ?? one.cpuRate
                let label = phase == "decode" ? "read + decode (baseline)" : phase
                emit("| \(label) | \(name) | \(f1(one.mb)) | \(f1(one.rate)) | \(f1(many.rate)) | "
                    + "\(f2(many.rate / one.rate))× | \(f1(one.cpuRate)) | \(f2(one.cpuRate / base))× | "
                    + "\(f2(many.cpu / max(one.cpu, 1e-9))) | "
                    + "\(one.rssMB) MB | \(many.rssMB) MB | \(one.metrics) | \(many.findings) |")
            }
        }

        for (name, paths) in subsets where name != "all" {
            let stages = try BenchChild.best(of: repeats, phase: "stages", jobs: 1, input: paths)
            emit("\nStages, one thread, CPU seconds, \(name) (\(f1(stages.mb)) MB, \(stages.docs) documents):\n")
            emit("| stage | CPU s | MB/CPU-s of input | share |\n|---|---:|---:|---:|")
            let total = stages.stages.reduce(0, +)
            for (stage, seconds) in zip(StageTimes.names, stages.stages) {
                let rate = seconds > 0 ? f1(stages.mb / seconds) : "—"
                emit("| \(stage) | \(f2(seconds)) | \(rate) | \(Int((seconds / max(total, 1e-9) * 100).rounded()))% |")
            }
            emit("| total | \(f2(total)) | \(f1(stages.mb / max(total, 1e-9))) | 100% |")
        }
        try printSmallDocuments()
        emit("\nLoad average at the end: \(BenchMachine.loadAverage) (other processes on the machine; "
            + "each figure is the fastest of \(repeats) runs).")
    }

    /// Each bundled document alone, many times: the latency a user feels on one file (lexicon loaded once).
    private func printSmallDocuments() throws {
        let pipeline = try Pipeline.standard()
        let files = Pipeline.inputs([corpus]).files
        var extract: [Double] = [], check: [Double] = []
        for file in files {
            for round in 0..<13 {
                let t0 = DispatchTime.now().uptimeNanoseconds
                guard let doc = try? pipeline.process(path: file) else { break }
                let t1 = DispatchTime.now().uptimeNanoseconds
                _ = pipeline.validator.findings(in: [doc])
                let t2 = DispatchTime.now().uptimeNanoseconds
                if round < 3 { continue }  // warm-up
                extract.append(Double(t1 - t0) / 1e6)
                check.append(Double(t2 - t0) / 1e6)
            }
        }
        emit("\nSmall documents, one by one (\(files.count) files of \(corpus), 10 timed rounds each):\n")
        emit("| run | median ms | p95 ms | max ms |\n|---|---:|---:|---:|")
        for (name, times) in [("extract", extract), ("check", check)] where !times.isEmpty {
            let s = times.sorted()
            emit("| \(name) | \(f2(s[s.count / 2])) | \(f2(s[min(s.count - 1, s.count * 95 / 100)])) | \(f2(s.last!)) |")
        }
        let load0 = DispatchTime.now().uptimeNanoseconds
        _ = try Pipeline.standard()
        emit("\nLoading the pipeline again in the same process (lexicon, rules): "
            + "\(f2(Double(DispatchTime.now().uptimeNanoseconds - load0) / 1e6)) ms")
    }

    // MARK: - The scale series

    private func runScale(sizes: [Int]) throws {
        emit("Scale: the streaming report path (metrics.csv, metrics.jsonl, metrics.json) on \(jobs) threads, "
            + "rules: \(rules).\n")
        emit("| corpus | files | seconds | MB/s | CPU s | MB/CPU-s | peak RSS | s per 100 MB | reports |\n"
            + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for size in sizes {
            let built = try BenchCorpus.assemble(from: corpus, megabytes: size, under: tmp, distinct: distinct)
            defer { built.remove() }
            let outFolder = built.root + "-reports"
            defer { try? FileManager.default.removeItem(atPath: outFolder) }
            let r = try BenchChild.run(phase: "report", jobs: jobs, input: [built.root], out: outFolder, rules: rules)
            let written = StreamingReportWriter.files.reduce(0) { sum, name in
                sum + ((try? FileManager.default.attributesOfItem(atPath: outFolder + "/" + name)[.size] as? Int) ?? 0)
            }
            emit("| \(f1(r.mb)) MB | \(r.docs) | \(f2(r.seconds)) | \(f1(r.rate)) | \(f2(r.cpu)) | \(f1(r.cpuRate)) | \(r.rssMB) MB | "
                + "\(f2(r.seconds / r.mb * 100)) | \(f1(Double(written) / 1e6)) MB |")
        }
    }

    // MARK: - A measured run (child process)

    private func runPhase(_ phase: String) throws {
        let pipeline = try Pipeline.standard()
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = BenchChild.cpuSeconds()
        var fields: [String: String] = [:]
        switch phase {
        case "decode":
            let r = Pipeline.readAndDecode(paths: input, jobs: jobs)
            fields = ["docs": "\(r.documents)", "bytes": "\(r.bytes)"]
        case "extract", "check", "check-whole-run":
            let sink = FileHandle(forWritingAtPath: "/dev/null")!
            let summary: StreamSummary
            let render: @Sendable (StreamedDocument) -> Data = { item in
                Data(item.document.map(RenderedDocument.jsonLines) ?? [])
            }
            if phase == "check" {
                summary = pipeline.stream(paths: input, jobs: jobs, rules: PerDocumentRules(pipeline.validator),
                                          prepare: render) { _, lines in sink.write(lines) }
            } else if phase == "check-whole-run" {
                summary = pipeline.stream(paths: input, jobs: jobs, rules: WholeRunRules(pipeline.validator),
                                          prepare: render) { _, lines in sink.write(lines) }
            } else {
                // What `gongbao extract` runs: the JSON Lines written from the figures.
                summary = pipeline.streamJSONLines(paths: input, jobs: jobs) { _, lines in sink.write(Data(lines)) }
            }
            fields = ["docs": "\(summary.documents)", "bytes": "\(summary.bytes)", "metrics": "\(summary.metrics)",
                      "findings": "\(summary.findings.count)"]
        case "report":
            let summary: StreamSummary
            let folder = out ?? "Reports"
            switch rules {
            case "none":
                summary = try pipeline.writeReports(paths: input, to: folder, jobs: jobs, rules: NoStreamingRules(),
                                                    progress: ProgressLine())
            case "run":
                summary = try pipeline.writeReports(paths: input, to: folder, jobs: jobs,
                                                    rules: SeriesRules(pipeline.validator), progress: ProgressLine())
            default:
                summary = try pipeline.writeReports(paths: input, to: folder, jobs: jobs,
                                                    rules: PerDocumentRules(pipeline.validator), progress: ProgressLine())
            }
            fields = ["docs": "\(summary.documents)", "bytes": "\(summary.bytes)", "metrics": "\(summary.metrics)",
                      "findings": "\(summary.findings.count)"]
        case "stages":
            var total = StageTimes()
            for file in Pipeline.inputs(input).files {
                if let t = pipeline.timedStages(path: file) { total.add(t) }
            }
            fields = ["docs": "\(total.documents)", "bytes": "\(total.bytes)", "metrics": "\(total.metrics)",
                      "stages": total.seconds.map { String($0) }.joined(separator: ",")]
        default:
            throw ValidationError("unknown phase \(phase)")
        }
        fields["seconds"] = String(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        fields["cpu"] = String(BenchChild.cpuSeconds() - cpuStart)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        fields["rss_kb"] = String(usage.ru_maxrss)
        emit(fields.keys.sorted().map { "\($0)=\(fields[$0]!)" }.joined(separator: " "))
    }
}

/// One measured child run's figures, parsed from its `key=value` line.
struct BenchChild {
    var bytes = 0, docs = 0, metrics = 0, findings = 0, rssKB = 0
    var seconds = 0.0
    /// User + system CPU seconds of the measured part: what a run costs whatever else shares the cores.
    var cpu = 0.0
    var stages: [Double] = []

    /// MB per CPU second: the one-core rate with the other processes of a busy machine taken out.
    var cpuRate: Double { cpu > 0 ? mb / cpu : 0 }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    var mb: Double { Double(bytes) / 1e6 }
    var rate: Double { seconds > 0 ? mb / seconds : 0 }
    var rssMB: Int { (rssKB + 512) / 1024 }

    /// The fastest of `n` runs: interference from other processes only ever slows a run down.
    static func best(of n: Int, phase: String, jobs: Int, input: [String]) throws -> BenchChild {
        var best = try run(phase: phase, jobs: jobs, input: input)
        for _ in 1..<max(1, n) {
            let r = try run(phase: phase, jobs: jobs, input: input)
            if r.seconds < best.seconds { best.seconds = r.seconds }
            if r.cpu < best.cpu { best.cpu = r.cpu }
            if r.stages.reduce(0, +) < best.stages.reduce(0, +) { best.stages = r.stages }
        }
        return best
    }

    static func run(phase: String, jobs: Int, input: [String], out: String? = nil, rules: String? = nil) throws -> BenchChild {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(
            atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var arguments = ["bench", "--phase", phase, "--jobs", String(jobs)]
        for path in input { arguments += ["--input", path] }
        if let out { arguments += ["--out", out] }
        if let rules { arguments += ["--rules", rules] }
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        guard process.terminationStatus == 0, !line.isEmpty else {
            throw ValidationError("bench phase \(phase) failed (status \(process.terminationStatus)): \(line)")
        }
        var r = BenchChild()
        for pair in line.split(separator: " ") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { continue }
            switch kv[0] {
            case "bytes": r.bytes = Int(kv[1]) ?? 0
            case "docs": r.docs = Int(kv[1]) ?? 0
            case "metrics": r.metrics = Int(kv[1]) ?? 0
            case "findings": r.findings = Int(kv[1]) ?? 0
            case "rss_kb": r.rssKB = Int(kv[1]) ?? 0
            case "seconds": r.seconds = Double(kv[1]) ?? 0
            case "cpu": r.cpu = Double(kv[1]) ?? 0
            case "stages": r.stages = kv[1].split(separator: ",").compactMap { Double($0) }
            default: break
            }
        }
        return r
    }
}

/// A temporary corpus of copies of the bundled documents, plain text and HTML in separate folders.
struct BenchCorpus {
    var root: String
    var textBytes = 0, htmlBytes = 0, textFiles = 0, htmlFiles = 0, sources = 0, copies = 0

    /// `distinct`: each copy's file names carry a tag of letters for its number (c00017 → aaabh-…), which the series
    /// key keeps (it drops digits and periods), so every copy is a series of its own.
    static func assemble(from source: String, megabytes: Int, under tmp: String, distinct: Bool = false) throws -> BenchCorpus {
        let files = Pipeline.inputs([source]).files
        let documents = files.compactMap { try? DocumentReader.read(path: $0) }
        let perCopy = documents.reduce(0) { $0 + $1.bytes.count }
        guard perCopy > 0 else { throw ValidationError("\(source): no documents to copy") }
        removeStale(under: tmp)
        let root = tmp + "/gongbao-bench-\(ProcessInfo.processInfo.processIdentifier)-\(megabytes)mb"
        var corpus = BenchCorpus(root: root, sources: documents.count)
        corpus.copies = (megabytes * 1_000_000 + perCopy - 1) / perCopy
        let fm = FileManager.default
        try? fm.removeItem(atPath: root)
        for copy in 0..<corpus.copies {
            for kind in ["text", "html"] {
                try fm.createDirectory(atPath: "\(root)/\(kind)/c\(String(format: "%05d", copy))",
                                       withIntermediateDirectories: true)
            }
            for doc in documents {
                let kind = doc.kind == .html ? "html" : "text"
                let own = (doc.path as NSString).lastPathComponent
                let tag = String(String(format: "%05d", copy).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0x31)!) })
                let name = distinct ? "\(tag)-\(own)" : own
                let path = "\(root)/\(kind)/c\(String(format: "%05d", copy))/\(name)"
                guard fm.createFile(atPath: path, contents: Data(doc.bytes)) else {
                    corpus.remove()
                    throw ValidationError("\(path): cannot write the bench corpus")
                }
                if doc.kind == .html { corpus.htmlBytes += doc.bytes.count; corpus.htmlFiles += 1 }
                else { corpus.textBytes += doc.bytes.count; corpus.textFiles += 1 }
            }
        }
        return corpus
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Corpora left by an interrupted bench (its process is gone): disk is limited, so they go.
    static func removeStale(under tmp: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? [] where name.hasPrefix("gongbao-bench-") {
            let pid = name.dropFirst("gongbao-bench-".count).prefix { $0.isNumber }
            guard let p = Int32(pid), p != ProcessInfo.processInfo.processIdentifier, kill(p, 0) != 0 else { continue }
            try? FileManager.default.removeItem(atPath: tmp + "/" + name)
        }
    }

    var description: String {
        "Corpus: \(f1(Double(textBytes + htmlBytes) / 1e6)) MB in \(textFiles + htmlFiles) files "
            + "(\(copies) copies of \(sources) documents) — plain text \(f1(Double(textBytes) / 1e6)) MB "
            + "in \(textFiles) files, HTML \(f1(Double(htmlBytes) / 1e6)) MB in \(htmlFiles) files."
    }
}

/// The machine line of every bench output: cores, CPU model, the command.
enum BenchMachine {
    static func header(command: String) -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        return "Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores (nproc), \(model); "
            + "\(ProcessInfo.processInfo.physicalMemory / 1_000_000_000) GB RAM; load average \(loadAverage) at the start.\n"
            + "Command: `\(command)`\n"
    }

    static var loadAverage: String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3)
            .joined(separator: " ")
    }
}

private func f1(_ x: Double) -> String { String(format: "%.1f", x) }
private func f2(_ x: Double) -> String { String(format: "%.2f", x) }

/// A line on standard output at once (not block-buffered in a pipe): each row shows as it is measured.
private func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
