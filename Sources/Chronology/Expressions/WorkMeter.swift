import Synchronization

/// Counts the steps the text scans take in the current task.
///
/// Tokens made, positions tried, bytes and scalars walked: for tests that prove a scan grows
/// linearly with its input by counting, never by timing. Without a meter in the task, counting
/// costs one task-local read per scan.
final class WorkMeter: Sendable {
    /// The meter of the current task, if a test installed one.
    @TaskLocal static var current: WorkMeter?

    private let count = Atomic<Int>(0)

    /// The steps counted so far.
    var steps: Int { count.load(ordering: .relaxed) }

    /// Adds steps to the current task's meter, if any.
    static func record(_ steps: Int) {
        current?.count.add(steps, ordering: .relaxed)
    }
}
