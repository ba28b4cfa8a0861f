import Foundation
import IncidentModel

/// Reads one input (a file's bytes) into incidents, sniffing the format from the content.
///
/// Statuspage pages, feeds and API JSON, Google Cloud, AWS, incident.io, LambStatus, aggregator
/// text and teams' Markdown or HTML postmortems are recognised. Displayed times are kept as written (`WrittenTime`); only machine fields
/// become instants. Unrecognised or broken content gives a `ReadFailure` naming what was expected.
public struct IncidentReader: Sendable {
    /// What an unrecognised input was expected to be.
    static let expectedAny =
        "a Statuspage incident, home or history page, an RSS or Atom feed, Statuspage, incident.io, Google Cloud or AWS JSON, aggregator text, or a Markdown or HTML postmortem"

    /// Statuspage API exports of at least this many bytes are read one incident at a time by
    /// `read(contentsOf:each:)`.
    public var jsonStreamThreshold = Self.defaultJSONStreamThreshold

    /// The default `jsonStreamThreshold`: 8 MiB.
    public static let defaultJSONStreamThreshold = 8 << 20

    /// Creates a reader.
    public init() {}

    /// Creates a reader that streams Statuspage API exports from `jsonStreamThreshold` bytes.
    public init(jsonStreamThreshold: Int) {
        self.jsonStreamThreshold = jsonStreamThreshold
    }

    /// Reads `data`; `file` names it in places and messages (`-` for standard input).
    ///
    /// An input that fails gives no incidents, only the failure (a feed broken part-way included).
    /// CRLF and CR line ends read as LF, and UTF-16 or UTF-32 with a byte order mark as UTF-8 (`TextBytes`).
    public func read(_ raw: Data, file: String) -> ReadResult {
        let data: Data
        switch TextBytes.normalized(raw) {
        case .success(let normalized): data = normalized
        case .failure(let failure):
            return ReadResult(failure: ReadFailure(file: file, reason: failure.reason, expected: Self.expectedAny))
        }
        switch FormatSniffer(data: data).sniff() {
        case .failure(let failure):
            return ReadResult(failure: ReadFailure(file: file, reason: failure.reason, expected: Self.expectedAny))
        case .success(let sniffed):
            return read(data, format: sniffed.format, file: file, start: sniffed.start)
        }
    }

    /// Streams the RSS or Atom feed in `data` that starts at `feed.start`.
    func read(_ data: Data, feed: (format: SniffedFormat, start: Int), file: String, each: (Incident) -> Void)
        -> ReadResult
    {
        data.withUnsafeBytes { buffer in
            let xml = UnsafeRawBufferPointer(rebasing: buffer[feed.start...])
            return readFeed(
                .memory(xml), isAtom: feed.format == .atom, head: xml,
                lineOffset: Self.lineCount(buffer.prefix(feed.start)), file: file, each: each)
        }
    }

    /// Streams a feed.
    ///
    /// XML must start at its declaration: junk lines before it (a saved file's
    /// header) were dropped, and their count (`lineOffset`) is added back to every line number;
    /// `head` is the start of the XML, where Google Cloud's feed names itself.
    func readFeed(
        _ source: FeedSource, isAtom: Bool, head: UnsafeRawBufferPointer, lineOffset: Int, file: String,
        each: (Incident) -> Void
    ) -> ReadResult {
        if isAtom, GoogleCloudAtomReader.looksLikeGoogle(head) {
            return GoogleCloudAtomReader(file: file, lineOffset: lineOffset).read(source, each: each)
        }
        return StatuspageFeedReader(file: file, lineOffset: lineOffset).read(source, each: each)
    }

    /// The number of line feeds in `bytes`.
    static func lineCount(_ bytes: UnsafeRawBufferPointer.SubSequence) -> Int {
        bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// Reads a document of a known format (a feed's incidents are collected from the stream).
    func read(_ data: Data, format: SniffedFormat, file: String, start: Int) -> ReadResult {
        switch format {
        case .rss, .atom:
            var incidents: [Incident] = []
            var result = read(data, feed: (format, start), file: file) { incidents.append($0) }
            if result.failure == nil { result.incidents = incidents }
            return result
        case .statuspageIncidentPage:
            return StatuspageDetailPageReader(file: file).read(data)
        case .statuspageHomePage:
            return StatuspageHomePageReader(file: file).read(data)
        case .statuspageHistoryPage:
            return StatuspageHistoryPageReader(file: file).read(data)
        case .mhtml:
            switch MHTMLExtractor.html(from: data) {
            case .success(let html):
                var result = read(html, file: file)
                if result.failure != nil, result.incidents.isEmpty, result.format == nil {
                    result.failure?.expected = "an MHTML archive whose HTML part is a Statuspage page"
                }
                return result
            case .failure(let failure):
                return ReadResult(
                    failure: ReadFailure(
                        file: file, reason: failure.reason, expected: "an MHTML archive with an HTML part"))
            }
        case .json:
            return JSONIncidentReader(file: file).read(data)
        case .aggregatorText:
            return AggregatorTextReader(file: file).read(data)
        case .statuspagePageText:
            return StatuspagePageTextReader(file: file).read(data)
        case .postmortemMarkdown, .postmortemHTML:
            let document: SourceFormat = format == .postmortemHTML ? .htmlPostmortem : .markdownPostmortem
            do {
                let incident = try PostmortemDocumentReader().read(data, file: file, as: document)
                return ReadResult(incidents: [incident], format: document)
            } catch {
                return ReadResult(failure: error, format: document)
            }
        }
    }
}
