import Archive
import ArgumentParser
import Foundation
import Pipeline
import Pull

/// `postmortem pull URL... [--db PATH|URL]`: a status page's history from its URL into the archive.
struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Fetch status pages' published history over HTTP into the archive.",
        discussion: """
            URL is a status page's base URL (https://www.githubstatus.com) or one document's URL (a .json, \
            .atom or .rss). From a base URL: the Statuspage API v2 (incidents, scheduled maintenances, \
            summary), history.atom and history.rss, the /history pages back to the page's creation and \
            each incident only they list, else Google Cloud's incidents.json. Without URL, the `pull:` list \
            of ./.postmortem.yml (or --config FILE) is pulled. Each body is read as files are read and kept \
            as a document whose path is its URL, with when it was fetched, its status, ETag and \
            Last-Modified; the next pull asks conditionally (a 304 changes nothing). Requests to one host \
            are --interval seconds apart; 5xx, 429 and dropped connections are retried with exponential \
            backoff and jitter, honouring Retry-After. Exit 1 when a URL failed (the others are still \
            pulled), 2 on usage errors.
            """
    )

    @Argument(help: "Status page base URLs or document URLs; default: the `pull:` list of .postmortem.yml.")
    var urls: [String] = []

    @OptionGroup var archive: ArchiveTargetOptions

    @Option(name: .long, help: ArgumentHelp("The configuration file with the `pull:` list.", valueName: "FILE"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Seconds between two requests to one host.", valueName: "SECONDS"))
    var interval: Double = 1

    @Option(
        name: .long,
        help: ArgumentHelp("Seconds to wait for a connection or for the next part of a response.", valueName: "SECONDS")
    )
    var timeout: Double = 30

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard interval >= 0, interval.isFinite else { throw ValidationError("--interval must be 0 or more seconds") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be more than 0 seconds") }
        for url in urls {
            if case .failure(let error) = PullTarget.parse(url) { throw ValidationError(error.description) }
        }
    }

    /// The targets: the URLs given, else the configuration's `pull:` list.
    func targets() throws -> [PullTarget] {
        if !urls.isEmpty { return try urls.map { try PullTarget.parse($0).get() } }
        let file = config ?? ".postmortem.yml"
        guard config != nil || FileManager.default.fileExists(atPath: file) else {
            throw ValidationError("give a URL to pull, or list them under `pull:` in .postmortem.yml")
        }
        let targets: [PullTarget]
        do { targets = try PullConfiguration.load(path: file) } catch { throw ValidationError(error.description) }
        guard !targets.isEmpty else { throw ValidationError("\(file): no `pull:` list of URLs to pull") }
        return targets
    }

    func run() throws {
        let targets = try targets()
        let location = archive.location
        let path = archive.display
        let policy = PullPolicy(hostInterval: interval, readTimeout: timeout, totalTimeout: max(120, timeout * 4))
        let puller = Puller(
            builder: input.builder(reading.reconciler), policy: policy,
            userAgent: Puller.userAgent(version: PostmortemCommand.configuration.version))
        let progress = PullProgress.onTerminal()
        let summary: PullSummary
        do {
            summary = try puller.run(targets, intoArchiveAt: location, progress: progress?.show)
        } catch {
            progress?.end()
            StandardError.line("postmortem pull: \(error)")
            throw ExitCode(1)
        }
        progress?.end()
        for failure in summary.failures { StandardError.line(failure.message) }
        print(PullProgress.line(summary, archive: path))
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }
}
