import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exchanges two folders in one step, so a reader (or a run killed at any moment) sees one of them
/// whole under each name.
///
/// Linux `renameat2(RENAME_EXCHANGE)` and macOS `renamex_np(RENAME_SWAP)` do this atomically; where
/// neither is available (an old kernel, a file system without support), the old folder is renamed
/// aside and the new one into place, and the one moment between the two renames is recovered by the
/// next run (see `ReportFolderWriter`).
enum FolderSwap {
    /// Swaps the folders at `first` and `second`, which must both exist.
    ///
    /// Without an atomic exchange, the old `second` passes through `aside` for a moment. Returns
    /// whether it was atomic.
    static func exchange(_ first: String, _ second: String, aside: String) throws(AtomicFileWriter.WriteError)
        -> Bool
    {
        if atomicExchange(first, second) == 0 { return true }
        guard rename(second, aside) == 0 else { throw failure(second, "cannot move the old folder aside") }
        guard rename(first, second) == 0 else {
            let error = failure(second, "cannot rename the new folder into place")
            _ = rename(aside, second)
            throw error
        }
        guard rename(aside, first) == 0 else { throw failure(first, "cannot move the old folder to \(first)") }
        return false
    }

    #if canImport(Glibc)
        private typealias RenameAt2 =
            @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        /// `renameat2`, looked up at run time (the C library may be older than the kernel call).
        private static let renameAt2: RenameAt2? = dlsym(nil, "renameat2").map {
            unsafeBitCast($0, to: RenameAt2.self)
        }
    #endif

    private static func atomicExchange(_ first: String, _ second: String) -> Int32 {
        #if canImport(Glibc)
            guard let renameAt2 else { return -1 }
            return renameAt2(AT_FDCWD, first, AT_FDCWD, second, 2)  // RENAME_EXCHANGE
        #else
            return renamex_np(first, second, UInt32(RENAME_SWAP))
        #endif
    }

    static func failure(_ path: String, _ what: String) -> AtomicFileWriter.WriteError {
        AtomicFileWriter.WriteError(path: path, reason: "\(what) (\(String(cString: strerror(errno))))")
    }
}
