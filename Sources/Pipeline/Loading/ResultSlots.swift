import Foundation

/// Fixed slots filled from many threads, one slot per index, behind a lock.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    /// Creates `count` empty slots.
    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    /// Fills slot `index`.
    func set(_ value: Value, at index: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    /// The values in slot order (empty slots skipped).
    var ordered: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return values.compactMap { $0 }
    }
}
