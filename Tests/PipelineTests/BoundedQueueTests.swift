import Foundation
import IncidentModel
import Synchronization
import Testing
import Utilities

@testable import Pipeline

@Suite struct BoundedQueueTests {
    @Test func everyPushedElementIsPoppedOnceAcrossThreads() {
        let queue = BoundedQueue<Int>(capacity: 3)
        let producers = 2
        let perProducer = 500
        let producing = Mutex(producers)
        let results = Parallel.map(producers + 2, width: producers + 2) { role -> [Int] in
            if role < producers {
                for value in 0..<perProducer { queue.push(role * perProducer + value) }
                if producing.withLock({ count in
                    count -= 1
                    return count == 0
                }) {
                    queue.close()
                }
                return []
            }
            var got: [Int] = []
            while let value = queue.pop() { got.append(value) }
            return got
        }
        #expect(results.flatMap { $0 }.sorted() == Array(0..<(producers * perProducer)))
    }

    @Test func aClosedQueueHandsOutWhatIsLeftThenNil() {
        let queue = BoundedQueue<String>(capacity: 4)
        queue.push("a")
        queue.push("b")
        queue.close()
        #expect(queue.pop() == "a")
        #expect(queue.pop() == "b")
        #expect(queue.pop() == nil)
    }
}
