import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A real file or folder: its device and inode, whatever path or link reaches it.
public struct FileIdentity: Sendable, Hashable {
    /// The device.
    public var device: UInt64
    /// The inode on that device.
    public var inode: UInt64

    /// The identity of the file `path` reaches (links followed); `nil` when there is none.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// Whether `stat` describes a folder.
    static func isFolder(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }

    /// Whether `lstat` describes a symbolic link.
    static func isLink(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFLNK }

    /// What a file that is not regular is (`a FIFO`, `a character device`, …), or `nil` for a regular file.
    static func irregularKind(_ info: stat) -> String? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        default: return "a special file"
        }
    }

    /// The path with every link resolved, or `nil`.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
