import Foundation

/// Expands the paths a user names into the files to read: files as given, folders recursively
/// (sorted; hidden entries and a folder's own documentation, `README*`, `PROVENANCE*`, `LICENSE*`,
/// and hand labels, `LABELS*`, skipped), and `-` for standard input.
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

    /// File name endings kept when a folder is searched; `nil` keeps every file.
    public var extensions: Set<String>?

    /// Creates a collector.
    public init(extensions: Set<String>? = nil) {
        self.extensions = extensions
    }

    /// The inputs and the problems, in the order the paths were given.
    public func collect(_ paths: [String]) -> (inputs: [Input], problems: [Problem]) {
        var inputs: [Input] = []
        var problems: [Problem] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Problem(path: path, reason: "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                inputs.append(.file(path))
                continue
            }
            guard fm.isReadableFile(atPath: path), let names = try? fm.contentsOfDirectory(atPath: path) else {
                problems.append(Problem(path: path, reason: "the folder cannot be read (permission denied)"))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let nested = names.filter { !$0.hasPrefix(".") && !Self.isFolderDocumentation($0) }.sorted().map {
                base + "/" + $0
            }
            let expanded = collect(
                nested.filter { child in
                    var childIsDirectory: ObjCBool = false
                    _ = fm.fileExists(atPath: child, isDirectory: &childIsDirectory)
                    if childIsDirectory.boolValue { return true }
                    guard let extensions else { return true }
                    return extensions.contains((child as NSString).pathExtension.lowercased())
                })
            inputs += expanded.inputs
            problems += expanded.problems
        }
        return (inputs, problems)
    }

    /// Whether a name is a folder's own documentation rather than an input.
    static func isFolderDocumentation(_ name: String) -> Bool {
        let upper = name.uppercased()
        return ["README", "PROVENANCE", "LICENSE", "CHANGELOG", "LABELS"].contains {
            upper == $0 || upper.hasPrefix($0 + ".")
        }
    }
}
