import Foundation

/// Runs `work` over item indices on several threads and hands each result to `deliver` on the caller's
/// thread, in index order, with at most `window` items claimed but not yet handed over (plus the one the
/// caller is handling).
///
/// Why: a 1 GB folder of bulletins must not become 1 GB of results in memory before the first CSV row is
/// written. Memory is bounded by the window (the documents in flight), not by the corpus; order is the input
/// order, so the output is byte-for-byte the same whatever `jobs` is. Example: 30 000 个公报 with jobs 2,
/// window 8 → never more than 8 documents' results held at once.
///
/// If `deliver` throws, no new item is started, the workers finish the item they hold, and the error is
/// rethrown once every worker has stopped (no thread outlives the call).
enum OrderedStream {
    static func run<R: Sendable>(
        count: Int, jobs: Int, window: Int,
        work: @escaping @Sendable (Int) -> R,
        deliver: (Int, R) throws -> Void
    ) rethrows {
        guard count > 0 else { return }
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            for i in 0..<count { try deliver(i, work(i)) }
            return
        }
        do {
            let state = State<R>(count: count, window: max(window, workers), workers: workers)
            for _ in 0..<workers {
                let thread = Thread { state.workLoop(work) }
                thread.stackSize = 8 << 20  // libxml2 recurses on deep pages; GCD's 512 KB is too tight
                thread.start()
            }
            do {
                while let (i, result) = state.nextInOrder() {
                    try deliver(i, result)
                }
            } catch {
                state.stop()
                throw error
            }
            state.stop()
        }
    }

    /// Claims, results waiting for their turn, and the workers still running; all under one condition lock.
    final class State<R: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private let window: Int
        private var nextClaim = 0
        private var nextDeliver = 0
        private var ready: [Int: R] = [:]
        private var stopped = false
        /// Workers not yet out of their loop; set before any thread starts, so `stop()` waits for all.
        private var running: Int

        init(count: Int, window: Int, workers: Int) {
            self.count = count
            self.window = window
            self.running = workers
        }

        /// Claims the next index if the window allows, waiting while it is full; nil when done or stopped.
        private func claim() -> Int? {
            condition.lock(); defer { condition.unlock() }
            while !stopped, nextClaim < count, nextClaim >= nextDeliver + window {
                condition.wait()
            }
            guard !stopped, nextClaim < count else { return nil }
            nextClaim += 1
            return nextClaim - 1
        }

        func workLoop(_ work: @Sendable (Int) -> R) {
            while let i = claim() {
                let result = work(i)
                condition.lock()
                ready[i] = result
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            running -= 1
            condition.broadcast()
            condition.unlock()
        }

        /// The next result in input order, waiting for it; nil when every item has been delivered.
        func nextInOrder() -> (Int, R)? {
            condition.lock(); defer { condition.unlock() }
            guard nextDeliver < count else { return nil }
            while ready[nextDeliver] == nil { condition.wait() }
            let i = nextDeliver
            let r = ready.removeValue(forKey: i)!
            nextDeliver += 1
            condition.broadcast()  // the window moved: a waiting worker may claim
            return (i, r)
        }

        /// Stops new claims and waits until every worker has left its loop.
        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            while running > 0 { condition.wait() }
            condition.unlock()
        }
    }
}
