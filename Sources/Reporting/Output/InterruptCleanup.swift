import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes the report folder being written when the run gets SIGINT or SIGTERM, then exits with
/// 128 + the signal, as a shell expects.
///
/// The handler and the swap that puts the new folder in place take one lock, so an interrupt either
/// comes before the swap (the temporary folder is removed, the old report stays) or after it (the
/// old report, now in the temporary folder, is removed).
enum InterruptCleanup {
    private struct State {
        var temporary: String?
        var installed = false
    }

    private static let state = Mutex(State())
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers once and names the folder to remove on an interrupt.
    static func guardFolder(_ path: String?) {
        let install = state.withLock { state -> Bool in
            state.temporary = path
            defer { state.installed = true }
            return !state.installed
        }
        guard install else { return }
        let queue = DispatchQueue(label: "postmortem.interrupt")
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                state.withLock { state in
                    if let temporary = state.temporary { remove(temporary) }
                    exit(128 + number)
                }
            }
            source.resume()
            return source
        }
    }

    /// Removes a folder other threads may still be writing files into: renamed first, so no new file
    /// can be created in it by its path, then removed (again, while a file created just before the
    /// rename keeps it from being empty).
    static func remove(_ path: String) {
        let doomed = path + ".removing"
        let target = rename(path, doomed) == 0 ? doomed : path
        for _ in 0..<50 {
            if (try? FileManager.default.removeItem(atPath: target)) != nil { return }
            guard FileManager.default.fileExists(atPath: target) else { return }
            usleep(1_000)
        }
    }

    /// Runs `body` with the interrupt handler held off, so it cannot run half-way through it.
    static func withoutInterrupts<T>(_ body: () throws(AtomicFileWriter.WriteError) -> T)
        throws(AtomicFileWriter.WriteError) -> T
    {
        let result: Result<T, AtomicFileWriter.WriteError> = state.withLock { _ in
            do throws(AtomicFileWriter.WriteError) { return .success(try body()) } catch { return .failure(error) }
        }
        return try result.get()
    }
}
