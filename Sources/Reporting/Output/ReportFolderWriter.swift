import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report's files as one folder that replaces the previous one whole.
///
/// The files go into a hidden sibling folder (`.NAME.new-…`), are flushed to disk, and the two
/// folders are exchanged in one step, so the folder holds one run's files: a run killed at any
/// moment leaves the old report or the new one, never a mix. A run takes a lock on the folder
/// (`flock`), and a second run into it while the first holds it refuses. Temporary folders are
/// removed on SIGINT and SIGTERM, and any left by a killed run are removed by the next run.
///
/// Only a folder that is new, empty, or holds a previous report (its `.postmortem-report` marker,
/// or only the file names a report writes) is replaced; any other folder is refused untouched.
public struct ReportFolderWriter: Sendable {
    /// The file every report folder holds, telling a later run it may replace the folder.
    public static let markerName = ".postmortem-report"

    /// The names a report writes, accepted in a folder written before the marker existed.
    static let reportNames: Set<String> = [
        IncidentsCSV.table.fileName, UpdatesCSV.table.fileName, TimelineCSV.table.fileName,
        ComponentsCSV.table.fileName, DiagnosticsCSV.table.fileName, MarkdownReport.fileName, JSONReport.fileName,
        SVGTimelineChart.fileName, SVGDistributionChart.fileName,
    ]

    /// Creates a writer.
    public init() {}

    /// Writes `files` as the whole content of `directory` (created with its parents if needed);
    /// returns the paths of the files written.
    public func write(_ files: [ReportFile], to directory: URL) throws(AtomicFileWriter.WriteError) -> [URL] {
        let target = Self.resolved(directory)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        try Self.makeParent(parent, for: target)
        let lock = try FolderLock(target: target, leftovers: Self.leftovers(name: name, in: parent))
        defer { lock.release() }
        try Self.checkReplaceable(target)
        let temporary = parent + "/.\(name).new-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
        // Guarded before it exists: an interrupt between creating the folder and guarding it would
        // otherwise end the run with the default action and leave the folder behind.
        InterruptCleanup.guardFolder(temporary)
        guard mkdir(temporary, 0o755) == 0 else {
            InterruptCleanup.guardFolder(nil)
            throw FolderSwap.failure(target, "cannot create the temporary folder \(temporary)")
        }
        defer {
            // Removed before it is unguarded, so an interrupt in between cannot leave it behind.
            try? FileManager.default.removeItem(atPath: temporary)
            InterruptCleanup.guardFolder(nil)
        }
        var written: [URL] = []
        let marker = "Written by `postmortem report`; the next report into this folder replaces it whole.\n"
        for file in files + [ReportFile(name: Self.markerName, text: marker)] {
            try Self.writeFile(file, in: temporary, reportPath: target)
            if file.name != Self.markerName { written.append(URL(fileURLWithPath: target + "/" + file.name)) }
        }
        try Self.sync(temporary, target)
        try InterruptCleanup.withoutInterrupts { () throws(AtomicFileWriter.WriteError) in
            if access(target, F_OK) == 0 {
                _ = try FolderSwap.exchange(temporary, target, aside: parent + "/.\(name).old")
            } else if rename(temporary, target) != 0 {
                throw FolderSwap.failure(target, "cannot rename the temporary folder into place")
            }
        }
        try Self.sync(parent, target)
        return written
    }

    /// The folder as an absolute path, a symbolic link to a folder resolved to it.
    static func resolved(_ directory: URL) -> String {
        let path = directory.standardizedFileURL.path
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// Creates the parent folders; refuses when the target or a parent is a file.
    private static func makeParent(_ parent: String, for target: String) throws(AtomicFileWriter.WriteError) {
        var info = stat()
        if stat(target, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
            throw AtomicFileWriter.WriteError(
                path: target, reason: "this is a file, not a folder; --out expects a folder to write the report into")
        }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileWriter.WriteError(
                path: target, reason: "cannot create the folder \(parent) (a file is in the way, or no permission)")
        }
    }

    /// Temporary folders of earlier runs beside the target: `.NAME.new-…` and `.NAME.old`.
    static func leftovers(name: String, in parent: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return names.filter { $0.hasPrefix(".\(name).new-") || $0 == ".\(name).old" }.map { parent + "/" + $0 }
    }

    /// Refuses a folder that holds anything but a previous report.
    private static func checkReplaceable(_ target: String) throws(AtomicFileWriter.WriteError) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: target) else { return }
        if names.contains(markerName) { return }
        let foreign = names.filter { !reportNames.contains($0) && !($0.hasPrefix(".") && $0.hasSuffix(".tmp")) }
        guard foreign.isEmpty else {
            let shown = foreign.sorted().prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
            throw AtomicFileWriter.WriteError(
                path: target,
                reason: "the folder holds files that are not a report's (\(shown)); the report replaces its folder "
                    + "whole, so give a new or empty folder, or one holding a previous report")
        }
    }

    private static func writeFile(_ file: ReportFile, in folder: String, reportPath: String)
        throws(AtomicFileWriter.WriteError)
    {
        let path = folder + "/" + file.name
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FolderSwap.failure(reportPath + "/" + file.name, "cannot create the file") }
        let output = FileOutput(descriptor: descriptor, name: reportPath + "/" + file.name)
        do {
            try output.write(file.text)
            try output.flush()
        } catch {
            close(descriptor)
            throw error
        }
        let synced = fsync(descriptor) == 0
        guard close(descriptor) == 0, synced else {
            throw FolderSwap.failure(reportPath + "/" + file.name, "cannot write the file to disk")
        }
    }

    /// Flushes a folder's entries to disk.
    private static func sync(_ folder: String, _ target: String) throws(AtomicFileWriter.WriteError) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FolderSwap.failure(target, "cannot open \(folder)") }
        defer { close(descriptor) }
        if fsync(descriptor) != 0, errno != EINVAL { throw FolderSwap.failure(target, "cannot flush \(folder)") }
    }
}
