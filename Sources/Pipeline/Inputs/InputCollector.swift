import Foundation

/// Expands the paths a user names into the files to read: files as given, folders recursively
/// (sorted; hidden entries and a folder's own documentation, `README*`, `PROVENANCE*`, `LICENSE*`,
/// and hand labels, `LABELS*`, skipped), and `-` for standard input.
///
/// Only regular files are read, each at most `maxInputSize` bytes; a FIFO, a device or a socket is
/// a problem, never opened. Inside a folder, a symbolic link is followed only when its target lies
/// inside that folder; one pointing outside is a problem and is not followed. Each real file and
/// folder (device and inode) is taken once, so links that loop (`a -> .`) end.
public struct InputCollector: Sendable {
    /// A file to read, or standard input.
    public enum Input: Sendable, Hashable {
        case file(String)
        case standardInput
    }

    /// A path that could not be used, with the reason.
    public struct Problem: Sendable, Hashable, Error {
        /// The path as given.
        public var path: String
        /// Why it could not be used.
        public var reason: String
    }

    /// The default `maxInputSize`: 512 MiB.
    public static let defaultMaxInputSize = 512 << 20

    /// File name endings kept when a folder is searched; `nil` keeps every file.
    public var extensions: Set<String>?

    /// The largest file read, in bytes; a larger one is a problem.
    public var maxInputSize: Int

    /// Creates a collector.
    public init(extensions: Set<String>? = nil, maxInputSize: Int = defaultMaxInputSize) {
        self.extensions = extensions
        self.maxInputSize = maxInputSize
    }

    /// The inputs and the problems, in the order the paths were given.
    public func collect(_ paths: [String]) -> (inputs: [Input], problems: [Problem]) {
        var walk = InputWalk(collector: self)
        for path in paths { walk.add(named: path) }
        return (walk.inputs, walk.problems)
    }

    /// Whether a name is a folder's own documentation rather than an input.
    static func isFolderDocumentation(_ name: String) -> Bool {
        let upper = name.uppercased()
        return ["README", "PROVENANCE", "LICENSE", "CHANGELOG", "LABELS"].contains {
            upper == $0 || upper.hasPrefix($0 + ".")
        }
    }

    /// Whether a file found in a folder has one of the wanted endings.
    func wants(_ name: String) -> Bool {
        guard let extensions else { return true }
        return extensions.contains((name as NSString).pathExtension.lowercased())
    }

    /// `1.5 MiB`, `512 MiB`, `900 bytes`: a size for messages.
    public static func sizeText(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
        return "\(rounded) \(units[unit])"
    }
}
