import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One `InputCollector.collect` run: the paths named so far, what they gave, and every real file
/// and folder already taken (by device and inode).
struct InputWalk {
    let collector: InputCollector
    private(set) var inputs: [InputCollector.Input] = []
    private(set) var problems: [InputCollector.Problem] = []
    /// Files and folders already taken.
    private var seen: Set<FileIdentity> = []

    init(collector: InputCollector) {
        self.collector = collector
    }

    /// A path as the user named it: a named symbolic link is followed wherever it points.
    mutating func add(named path: String) {
        if path == "-" {
            inputs.append(.standardInput)
            return
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            problem(path, Self.missingReason(path, errno: errno))
            return
        }
        if FileIdentity.isFolder(info) {
            guard let root = FileIdentity.realPath(path) else {
                problem(path, "the folder cannot be read (permission denied)")
                return
            }
            walk(folder: path, info: info, root: root)
        } else {
            take(file: path, info: info)
        }
    }

    /// Reads a folder's entries, sorted, and takes each one; `root` is the named folder's real path.
    private mutating func walk(folder path: String, info: stat, root: String) {
        guard seen.insert(FileIdentity(info)).inserted else { return }
        guard access(path, R_OK | X_OK) == 0, let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else {
            problem(path, "the folder cannot be read (permission denied)")
            return
        }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        for name in names.sorted() where !name.hasPrefix(".") && !InputCollector.isFolderDocumentation(name) {
            let child = base + "/" + name
            var own = stat()
            guard lstat(child, &own) == 0 else {
                problem(child, Self.missingReason(child, errno: errno))
                continue
            }
            var target = own
            if FileIdentity.isLink(own) {
                guard stat(child, &target) == 0 else {
                    if collector.wants(name) { problem(child, "a symbolic link to a file that does not exist") }
                    continue
                }
                guard let real = FileIdentity.realPath(child), real == root || real.hasPrefix(root + "/") else {
                    problem(
                        child,
                        "a symbolic link to \(FileIdentity.realPath(child) ?? "a path") outside \(root); "
                            + "links are followed only inside the folder named (name the target to read it)")
                    continue
                }
            }
            if FileIdentity.isFolder(target) {
                walk(folder: child, info: target, root: root)
            } else if collector.wants(name) {
                take(file: child, info: target)
            }
        }
    }

    /// Takes a regular file within the size limit, once; anything else is a problem.
    private mutating func take(file path: String, info: stat) {
        if let kind = FileIdentity.irregularKind(info) {
            problem(path, "\(kind), not a regular file; only regular files are read (pipe other input to -)")
            return
        }
        let size = Int(info.st_size)
        guard size <= collector.maxInputSize else {
            problem(
                path,
                "the file is \(size) bytes, over the --max-input-size limit of \(collector.maxInputSize) bytes "
                    + "(\(InputCollector.sizeText(collector.maxInputSize)))")
            return
        }
        if seen.insert(FileIdentity(info)).inserted { inputs.append(.file(path)) }
    }

    private mutating func problem(_ path: String, _ reason: String) {
        problems.append(InputCollector.Problem(path: path, reason: reason))
    }

    /// Why `stat` failed on a path.
    private static func missingReason(_ path: String, errno code: Int32) -> String {
        var own = stat()
        if code == ENOENT, lstat(path, &own) == 0 { return "a symbolic link to a file that does not exist" }
        switch code {
        case ENOENT, ENOTDIR: return "no such file or folder"
        case EACCES: return "the path cannot be reached (permission denied)"
        case ELOOP: return "symbolic links loop"
        default: return "the path cannot be read (\(String(cString: strerror(code))))"
        }
    }
}
