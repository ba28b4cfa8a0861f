import Foundation
import Synchronization

/// Work spread over threads this process starts itself, results in input order.
///
/// `DispatchQueue.concurrentPerform` on Linux sometimes ran every iteration on the calling thread
/// (CPU time equal to wall time on two cores), so the stages use this instead: it starts
/// `width - 1` `Thread`s, works on the calling thread too, and waits for all of them before it
/// returns, so no work outlives the call.
public enum Parallel {
    /// `body(0) … body(count - 1)` over up to `width` threads (the calling one included); the
    /// results in index order.
    ///
    /// Indices are handed out in small chunks from a shared counter, so one long item (a
    /// 100,000-update incident) does not hold back the items after it on other threads.
    public static func map<T: Sendable>(
        _ count: Int, width: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ body: @Sendable (Int) -> T
    ) -> [T] {
        guard count > 0 else { return [] }
        let threads = max(1, min(width, count))
        if threads == 1 { return (0..<count).map(body) }
        let work = Work<T>(count: count, chunk: max(1, count / (threads * 16)))
        return withoutActuallyEscaping(body) { body in
            // The workers reach `body` only through `work`, whose reference is dropped once every
            // worker has signalled, so it does not outlive this call (the runtime checks that).
            work.body.withLock { $0 = body }
            let finished = DispatchSemaphore(value: 0)
            for _ in 1..<threads {
                let thread = Thread {
                    work.run()
                    finished.signal()
                }
                thread.stackSize = workerStackSize
                thread.start()
            }
            work.run()
            for _ in 1..<threads { finished.wait() }
            work.body.withLock { $0 = nil }
            return work.results()
        }
    }

    /// `first()` and `second()` at once, on two threads (the calling one included): a pipeline's two
    /// stages, such as reading the next batch while the last one is stored.
    public static func pair<A: Sendable, B: Sendable>(
        _ first: @Sendable () -> A, _ second: @Sendable () -> B
    ) -> (A, B) {
        let results = map(2, width: 2) { index -> Either<A, B> in index == 0 ? .first(first()) : .second(second()) }
        guard case .first(let a) = results[0], case .second(let b) = results[1] else {
            preconditionFailure("Parallel.pair: results out of order")
        }
        return (a, b)
    }

    /// One of ``pair(_:_:)``'s two results.
    private enum Either<A: Sendable, B: Sendable>: Sendable {
        case first(A)
        case second(B)
    }

    /// Worker threads get the main thread's usual stack, since readers recurse into nested markup.
    static let workerStackSize = 8 << 20

    /// The shared counter and result slots of one `map` call.
    ///
    /// Sendable without `@unchecked`: its only state is a `Mutex`.
    private final class Work<T: Sendable>: Sendable {
        private struct State {
            var next = 0
            var slots: [T?]
        }

        private let state: Mutex<State>
        /// What to run; set for the duration of one `map` call only.
        let body = Mutex<(@Sendable (Int) -> T)?>(nil)
        private let count: Int
        private let chunk: Int

        init(count: Int, chunk: Int) {
            self.count = count
            self.chunk = chunk
            state = Mutex(State(slots: Array(repeating: nil, count: count)))
        }

        /// Takes chunks of indices until none are left, running `body` outside the lock.
        func run() {
            guard let body = body.withLock({ $0 }) else { return }
            while true {
                let range = state.withLock { state -> Range<Int> in
                    let start = state.next
                    state.next = min(start + chunk, count)
                    return start..<state.next
                }
                if range.isEmpty { return }
                let values = range.map(body)
                state.withLock { state in
                    for (offset, value) in values.enumerated() { state.slots[range.lowerBound + offset] = value }
                }
            }
        }

        /// The results in index order; call once every index has been run.
        func results() -> [T] {
            state.withLock { state in
                state.slots.map { slot in
                    guard let slot else { preconditionFailure("Parallel.map: an index was not run") }
                    return slot
                }
            }
        }
    }
}
