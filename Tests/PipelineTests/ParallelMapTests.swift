import Foundation
import IncidentModel
import Synchronization
import Testing
import Utilities

@Suite("Parallel.map")
struct ParallelMapTests {
    @Test("results come back in input order, whatever thread ran them")
    func keepsOrder() {
        let results = Parallel.map(1_000, width: 4) { index in index * index }
        #expect(results == (0..<1_000).map { $0 * $0 })
    }

    @Test("every index runs exactly once", arguments: [0, 1, 2, 3, 17, 1_000])
    func runsEachIndexOnce(count: Int) {
        let runs = Mutex([Int](repeating: 0, count: count))
        let results = Parallel.map(count, width: 3) { index in
            runs.withLock { $0[index] += 1 }
            return index
        }
        #expect(results == Array(0..<count))
        #expect(runs.withLock { $0 } == [Int](repeating: 1, count: count))
    }

    @Test("uneven items: a long one does not stop the others being run")
    func unevenItems() {
        let results = Parallel.map(50, width: 2) { index in
            (0..<(index == 0 ? 200_000 : 10)).reduce(0, &+)
        }
        #expect(results[0] == (0..<200_000).reduce(0, &+))
        #expect(results[1...] == ArraySlice(repeating: 45, count: 49))
    }

    @Test("width 1 and a single item run on the calling thread")
    func serialOnCaller() {
        let caller = ThreadIdentity.current
        #expect(Parallel.map(5, width: 1) { _ in ThreadIdentity.current } == Array(repeating: caller, count: 5))
        #expect(Parallel.map(1, width: 8) { _ in ThreadIdentity.current } == [caller])
    }

    /// Each item waits (boundedly) until another thread has also entered an item, so a
    /// one-thread implementation gives one identity here rather than relying on timing.
    @Test("width 2 runs items on more than one thread")
    func usesSeveralThreads() {
        let entered = Mutex(Set<ThreadIdentity>())
        let identities = Parallel.map(2, width: 2) { _ in
            let me = ThreadIdentity.current
            entered.withLock { _ = $0.insert(me) }
            let deadline = Date().addingTimeInterval(10)
            while entered.withLock({ $0.count }) < 2, Date() < deadline { usleep(1_000) }
            return me
        }
        #expect(Set(identities).count == 2)
    }

    /// The first stage waits (boundedly) for the second to have started, so a serial
    /// implementation returns `false` here rather than relying on timing.
    @Test("pair runs its two stages at once and returns each one's result")
    func pairRunsBothAtOnce() {
        let started = Mutex(false)
        let (sawSecond, second) = Parallel.pair(
            {
                let deadline = Date().addingTimeInterval(10)
                while !started.withLock({ $0 }), Date() < deadline { usleep(1_000) }
                return started.withLock { $0 }
            },
            {
                started.withLock { $0 = true }
                return "second"
            })
        #expect(sawSecond)
        #expect(second == "second")
    }
}

/// The pthread a piece of work ran on.
private struct ThreadIdentity: Hashable, Sendable {
    let id: UInt

    static var current: ThreadIdentity {
        #if canImport(Darwin)
            ThreadIdentity(id: UInt(bitPattern: pthread_self()))
        #else
            ThreadIdentity(id: UInt(pthread_self()))
        #endif
    }
}
