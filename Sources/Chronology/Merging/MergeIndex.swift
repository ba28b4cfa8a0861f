import Foundation

/// Finds the earlier accounts a merge rule could join to an account, through indexes on merge
/// keys, never by walking every account of a vendor.
///
/// Every rule of ``IncidentMerger`` asks for nearby times: equal titles need first updates within
/// ten minutes or last `resolved` updates within two, and an account with an id made from its file
/// name needs first updates within a minute. So the keys are the vendor (and the title) with the
/// instant's bucket of that width, and an account's candidates are those in its bucket and the two
/// beside it: all the accounts a rule can join, and few others, however often titles repeat.
struct MergeIndex {
    private struct Key: Hashable {
        let group: String
        let bucket: Int
    }

    private var titleFirst: [Key: [Int]] = [:]
    private var titleTerminal: [Key: [Int]] = [:]
    private var vendorFirst: [Key: [Int]] = [:]
    private var untitledFirst: [Key: [Int]] = [:]

    private let firstWindow: TimeInterval
    private let resolvedWindow: TimeInterval
    private let sameWindow: TimeInterval

    /// An empty index for the merger's three windows.
    init(firstWindow: TimeInterval, resolvedWindow: TimeInterval, sameWindow: TimeInterval) {
        self.firstWindow = firstWindow
        self.resolvedWindow = resolvedWindow
        self.sameWindow = sameWindow
    }

    /// The accounts added so far that a rule could join to `account` (times read), each once.
    func candidates(for account: MergeAccount) -> [Int] {
        var found: [Int] = []
        let titled = account.vendor + "|" + account.title
        if !account.title.isEmpty {
            if let first = account.first { found += Self.near(first, firstWindow, titled, in: titleFirst) }
            if let terminal = account.lastTerminal {
                found += Self.near(terminal, resolvedWindow, titled, in: titleTerminal)
            }
        }
        if !account.vendor.isEmpty, let first = account.first {
            // An id made from a file name joins an account whose title is missing too.
            found += Self.near(
                first, sameWindow, account.vendor, in: account.title.isEmpty ? vendorFirst : untitledFirst)
        }
        guard found.count > 1 else { return found }
        var seen = Set<Int>()
        return found.filter { seen.insert($0).inserted }
    }

    /// Adds an account (times read) under its keys.
    mutating func insert(_ account: MergeAccount) {
        let titled = account.vendor + "|" + account.title
        if !account.title.isEmpty {
            if let first = account.first { Self.add(account.index, first, firstWindow, titled, to: &titleFirst) }
            if let terminal = account.lastTerminal {
                Self.add(account.index, terminal, resolvedWindow, titled, to: &titleTerminal)
            }
        }
        if !account.vendor.isEmpty, let first = account.first {
            Self.add(account.index, first, sameWindow, account.vendor, to: &vendorFirst)
            if account.title.isEmpty { Self.add(account.index, first, sameWindow, account.vendor, to: &untitledFirst) }
        }
    }

    /// The bucket of `instant` for a window of `window` seconds.
    ///
    /// Instants within `window` of each other are in the same bucket or neighbouring ones. Absurd instants are clamped (they share a bucket, which
    /// only adds candidates that the rules then tell apart).
    static func bucket(_ instant: Date, _ window: TimeInterval) -> Int {
        let value = (instant.timeIntervalSince1970 / window).rounded(.down)
        guard value.isFinite else { return 0 }
        return Int(Swift.max(-Double(1 << 60), Swift.min(Double(1 << 60), value)))
    }

    private static func near(_ instant: Date, _ window: TimeInterval, _ group: String, in index: [Key: [Int]]) -> [Int]
    {
        let center = bucket(instant, window)
        return (center - 1...center + 1).flatMap { index[Key(group: group, bucket: $0), default: []] }
    }

    private static func add(
        _ position: Int, _ instant: Date, _ window: TimeInterval, _ group: String, to index: inout [Key: [Int]]
    ) {
        index[Key(group: group, bucket: bucket(instant, window)), default: []].append(position)
    }
}
