import Foundation

/// An exclusive `flock` on the archive file, held for a whole import and released when the process
/// ends however it ends (`import` and `pull` take it).
public final class ArchiveLock {
    private let descriptor: Int32

    /// Waits for the lock on `path`, creating an empty file there when there is none (SQLite takes an
    /// empty file as a new database).
    public init(path: String) throws(IncidentArchive.Failure) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IncidentArchive.Failure(description: "\(path): cannot open the archive to lock it")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw IncidentArchive.Failure(description: "\(path): cannot lock the archive")
            }
        }
    }

    /// Releases the lock (closing the descriptor).
    deinit { close(descriptor) }
}
