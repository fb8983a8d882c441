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
/// The caller's thread is one of the `jobs`: it works items too whenever the next result in order is not ready
/// yet (jobs 2 = the caller and one more thread). A caller that only waited and wrote made three threads on two
/// cores, woken and put to sleep for every document (four futex calls and three context switches per 30 KB text,
/// a tenth more CPU than one thread); now a thread sleeps only when the window is full or nothing is left to claim,
/// and is woken only by what it waits for.
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
        let state = State<R>(count: count, window: max(window, workers), helpers: workers - 1)
        for _ in 1..<workers {
            let thread = Thread { state.workLoop(work) }
            thread.stackSize = 8 << 20  // libxml2 recurses on deep pages; GCD's 512 KB is too tight
            thread.start()
        }
        do {
            while let (i, result) = state.nextInOrder(working: work) {
                try deliver(i, result)
            }
        } catch {
            state.stop()
            throw error
        }
        state.stop()
    }

    /// Claims, results waiting for their turn (a ring of `window` slots: item i in slot i % window, never two at
    /// once since claims stay within `window` of the next delivery), and the helpers still running; all under one
    /// condition lock.
    final class State<R: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private let window: Int
        private var nextClaim = 0
        private var nextDeliver = 0
        private var slots: [R?]
        private var stopped = false
        /// Helper threads not yet out of their loop; set before any thread starts, so `stop()` waits for all.
        private var running: Int
        /// Helpers asleep on a full window; the caller asleep on the next result (woken only then).
        private var helpersWaiting = 0
        private var callerWaiting = false

        init(count: Int, window: Int, helpers: Int) {
            self.count = count
            self.window = window
            self.running = helpers
            self.slots = [R?](repeating: nil, count: window)
        }

        /// True when the window allows one more claim (lock held).
        private var mayClaim: Bool { !stopped && nextClaim < count && nextClaim < nextDeliver + window }

        /// Claims the next index if the window allows, waiting while it is full; nil when done or stopped.
        private func claim() -> Int? {
            condition.lock(); defer { condition.unlock() }
            while !stopped, nextClaim < count, nextClaim >= nextDeliver + window {
                helpersWaiting += 1
                condition.wait()
                helpersWaiting -= 1
            }
            guard mayClaim else { return nil }
            nextClaim += 1
            return nextClaim - 1
        }

        /// Stores item `i`'s result (lock held), waking the caller when it is the one it waits for.
        private func store(_ i: Int, _ result: R) {
            slots[i % window] = result
            if callerWaiting, i == nextDeliver { condition.broadcast() }
        }

        func workLoop(_ work: @Sendable (Int) -> R) {
            while let i = claim() {
                let result = work(i)
                condition.lock()
                store(i, result)
                condition.unlock()
            }
            condition.lock()
            running -= 1
            condition.broadcast()
            condition.unlock()
        }

        /// The next result in input order; while it is not ready, the caller works the next unclaimed item itself,
        /// or sleeps when the window is full or every item is claimed. Nil when every item has been delivered.
        func nextInOrder(working work: @Sendable (Int) -> R) -> (Int, R)? {
            condition.lock(); defer { condition.unlock() }
            while nextDeliver < count {
                let i = nextDeliver
                if let r = slots[i % window] {
                    slots[i % window] = nil
                    nextDeliver += 1
                    if helpersWaiting > 0 { condition.broadcast() }  // the window moved: a waiting helper may claim
                    return (i, r)
                }
                if mayClaim {
                    let k = nextClaim
                    nextClaim += 1
                    condition.unlock()
                    let result = work(k)
                    condition.lock()
                    store(k, result)
                    continue
                }
                callerWaiting = true
                condition.wait()
                callerWaiting = false
            }
            return nil
        }

        /// Stops new claims and waits until every helper has left its loop.
        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            while running > 0 { condition.wait() }
            condition.unlock()
        }
    }
}
