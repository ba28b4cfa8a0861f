import Yams

/// How big a YAML document is once its aliases are expanded, counted up to a limit.
///
/// Yams composes an alias as a shared copy of its anchor's node, so a few kilobytes of nested
/// aliases (a "billion laughs") compose quickly but expand to billions of values when read.
/// Readers check the expanded size first and refuse a document over the limit.
public enum YAMLSize {
    /// The most values (scalars, sequences, mappings, counted after expanding aliases) a front
    /// matter block or a configuration file may hold.
    public static let limit = 10_000

    /// Whether `node`, aliases expanded, holds more than `limit` values; stops counting at the limit.
    public static func exceeds(_ node: Node, limit: Int = limit) -> Bool {
        var count = 0
        var pending = [node]
        while let next = pending.popLast() {
            count += 1
            if count > limit { return true }
            switch next {
            case .scalar, .alias: break
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            }
        }
        return false
    }

    /// The reason given for a document over the limit.
    public static var reason: String {
        "its aliases expand to more than \(limit) values (an alias bomb?); aliases are limited"
    }
}
