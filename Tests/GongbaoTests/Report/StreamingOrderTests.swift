import Foundation
import Testing
@testable import Gongbao

/// Counts work in flight across worker threads (a fake workload's bookkeeping).
private final class Flight: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var inFlight = 0
    private(set) var maxInFlight = 0
    private(set) var started = 0
    private(set) var running = 0

    func begin() {
        lock.lock(); defer { lock.unlock() }
        inFlight += 1
        started += 1
        running += 1
        maxInFlight = max(maxInFlight, inFlight)
    }
    func end() { lock.lock(); running -= 1; lock.unlock() }
    func delivered() { lock.lock(); inFlight -= 1; lock.unlock() }
}

@Suite("Ordered streaming")
struct StreamingOrderTests {
    @Test("results arrive in input order, whatever order the workers finish in", arguments: [1, 2, 4])
    func order(jobs: Int) {
        var seen: [Int] = []
        OrderedStream.run(count: 300, jobs: jobs, window: 6, work: { i in
            // Uneven work so later items often finish first.
            var x = 0
            for k in 0..<((i * 7919) % 13 * 2000) { x &+= k }
            return i * 10 + (x == -1 ? 1 : 0)
        }, deliver: { i, r in
            #expect(r == i * 10)
            seen.append(i)
        })
        #expect(seen == Array(0..<300))
    }

    /// `window` results waiting or being worked on, plus the one the consumer is handling.
    @Test("never more than `window` items claimed and not yet handed over")
    func boundedWindow() {
        let flight = Flight()
        OrderedStream.run(count: 400, jobs: 4, window: 5, work: { i in
            flight.begin()
            defer { flight.end() }
            if i % 5 == 0 { usleep(200) }  // hold the head back so the others pile up against the window
            return i
        }, deliver: { _, _ in
            flight.delivered()
        })
        #expect(flight.maxInFlight <= 5 + 1)
        #expect(flight.maxInFlight >= 2)
        #expect(flight.started == 400)
    }

    @Test("an error from the consumer stops the stream, and no worker outlives the call")
    func consumerError() {
        struct Stop: Error {}
        let flight = Flight()
        var delivered = 0
        #expect(throws: Stop.self) {
            try OrderedStream.run(count: 10_000, jobs: 3, window: 8, work: { i in
                flight.begin()
                defer { flight.end() }
                return i
            }, deliver: { i, _ in
                delivered += 1
                if i == 20 { throw Stop() }
            })
        }
        #expect(delivered == 21)
        #expect(flight.running == 0)
        #expect(flight.started <= 21 + 8)
    }

    @Test("Pipeline.stream hands documents over in the order Pipeline.run returns them")
    func pipelineOrder() throws {
        let folder = IngestFixtureFolder.path
        let pipeline = try Pipeline.standard()
        let expected = Pipeline.inputs([folder]).files
        var paths: [String] = []
        var failed = 0
        let summary = pipeline.stream(paths: [folder, folder + "/missing.txt"], jobs: 2, window: 2,
                                      rules: NoStreamingRules()) { item in
            paths.append(item.path)
            #expect(item.total == expected.count)
            if case .failure = item.outcome { failed += 1 }
        }
        #expect(paths == expected)
        #expect(summary.documents + failed == expected.count)
        #expect(summary.failures.count == failed + 1)
        #expect(summary.failures.first == .missing(path: folder + "/missing.txt"))
    }
}

enum IngestFixtureFolder {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ingest").path
}
