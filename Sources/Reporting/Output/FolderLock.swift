import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on a report folder, held while a run replaces it.
///
/// The lock is on the folder itself (created empty when missing), so no lock file is left behind.
/// A run that gets the lock checks that the folder it locked is still the one at the path (another
/// run may have swapped a new one in meanwhile) and then removes what killed runs left beside it.
struct FolderLock {
    private let descriptor: Int32

    /// Locks the folder at `target`, or refuses when another run holds it; then removes `leftovers`.
    init(target: String, leftovers: @autoclosure () -> [String]) throws(AtomicFileWriter.WriteError) {
        for _ in 0..<8 {
            if mkdir(target, 0o755) != 0, errno != EEXIST {
                throw FolderSwap.failure(target, "cannot create the folder")
            }
            let descriptor = open(target, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
            guard descriptor >= 0 else { throw FolderSwap.failure(target, "cannot open the folder") }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let busy = errno == EWOULDBLOCK
                close(descriptor)
                if busy {
                    throw AtomicFileWriter.WriteError(
                        path: target,
                        reason: "another `postmortem report` is writing this folder; nothing written "
                            + "(run again when it has finished)")
                }
                throw FolderSwap.failure(target, "cannot lock the folder")
            }
            var locked = stat()
            var current = stat()
            if fstat(descriptor, &locked) == 0, stat(target, &current) == 0, locked.st_ino == current.st_ino,
                locked.st_dev == current.st_dev
            {
                self.descriptor = descriptor
                for path in leftovers() { try? FileManager.default.removeItem(atPath: path) }
                return
            }
            close(descriptor)
        }
        throw AtomicFileWriter.WriteError(
            path: target, reason: "the folder keeps being replaced by another run; nothing written")
    }

    /// Releases the lock.
    func release() {
        close(descriptor)
    }
}
