import Foundation

/// Sorts rendered rows by their key within a memory budget: rows gather in memory and, when they
/// pass the budget, go to a spill file as a sorted run; the runs are merged when the rows are
/// written (an external merge sort).
struct RowSorter {
    private let budget: Int
    private var pending: [SortedRow] = []
    private var pendingWeight = 0
    private var spill: SpillFile?
    private var runs: [Range<Int>] = []

    /// Creates a sorter that keeps about `budget` bytes of rows in memory.
    init(budget: Int = 4 << 20) {
        self.budget = budget
    }

    /// Adds a row, spilling a sorted run when the budget is passed.
    mutating func add(_ row: SortedRow) throws(SpillError) {
        pendingWeight += row.weight
        pending.append(row)
        if pendingWeight >= budget { try spillPending() }
    }

    /// How many sorted runs went to the scratch file.
    var spilledRuns: Int { runs.count }

    private mutating func spillPending() throws(SpillError) {
        if spill == nil { spill = try SpillFile() }
        guard let spill else { return }
        pending.sort(by: SortedRow.before)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pendingWeight + pending.count * 64)
        for row in pending { row.encode(into: &bytes) }
        let start = spill.size
        try spill.append(bytes)
        runs.append(start..<spill.size)
        pending.removeAll(keepingCapacity: true)
        pendingWeight = 0
    }

    /// Hands every row to `body` in key order, skipping rows whose input is in `dropping`.
    mutating func drain(dropping: Set<Int> = [], _ body: (SortedRow) throws -> Void) throws {
        if runs.isEmpty {
            pending.sort(by: SortedRow.before)
            for row in pending where !dropping.contains(row.input) { try body(row) }
            pending.removeAll()
            return
        }
        if !pending.isEmpty { try spillPending() }
        guard let spill else { return }
        var readers = runs.map { RunReader(range: $0) }
        var heap: [(row: SortedRow, run: Int)] = []
        for index in readers.indices {
            if let row = try readers[index].next(from: spill) { heap.append((row, index)) }
        }
        heap.sort { SortedRow.before($0.row, $1.row) }
        // A sorted array used as a priority queue: with a few runs, a binary-search insert is as
        // fast as a heap and simpler to check.
        while !heap.isEmpty {
            let (row, run) = heap.removeFirst()
            if !dropping.contains(row.input) { try body(row) }
            if let next = try readers[run].next(from: spill) {
                let position = heap.partitionPoint { !SortedRow.before(next, $0.row) }
                heap.insert((next, run), at: position)
            }
        }
    }
}

/// Reads one sorted run back from the spill file through a small window.
private struct RunReader {
    var range: Range<Int>
    var window: [UInt8] = []
    var windowStart = 0
    var cursor = 0
    static let windowSize = 16 << 10

    init(range: Range<Int>) {
        self.range = range
        windowStart = range.lowerBound
    }

    mutating func next(from spill: SpillFile) throws(SpillError) -> SortedRow? {
        while true {
            var offset = cursor
            if let row = SortedRow.decode(window, at: &offset) {
                cursor = offset
                return row
            }
            // The window ends inside the next row (or is used up): slide it forward, growing it
            // when one row is larger than the window.
            let consumed = windowStart + cursor
            guard consumed < range.upperBound else { return nil }
            if cursor == 0, !window.isEmpty, windowStart + window.count >= range.upperBound {
                throw SpillError("the scratch file ends inside a row")
            }
            let size = max(Self.windowSize, (window.count - cursor) * 2)
            try spill.read(at: consumed, count: min(size, range.upperBound - consumed), into: &window)
            windowStart = consumed
            cursor = 0
        }
    }
}

extension Array {
    /// The first index whose element does not satisfy `belongsBefore` (the array is partitioned).
    fileprivate func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
