import Foundation

/// A first-in, first-out queue of bounded capacity between threads: `push` waits while it is full,
/// `pop` waits while it is empty and returns `nil` once it is closed and drained.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    // @unchecked: every stored property is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var items: [Element?] = []
    private var head = 0
    private var closed = false
    private let capacity: Int

    /// Creates a queue holding at most `capacity` elements.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Adds an element, waiting while the queue is full.
    func push(_ element: Element) {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity { condition.wait() }
        items.append(element)
        condition.broadcast()
    }

    /// Takes the oldest element, waiting while the queue is empty; `nil` when closed and empty.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head && !closed { condition.wait() }
        guard items.count > head else { return nil }
        let element = items[head]
        items[head] = nil
        head += 1
        if head > capacity && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
    }

    /// Ends the queue: waiting and later `pop`s return what is left, then `nil`.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
