import Foundation
import IncidentModel

/// One account of an incident as the merger compares it: its update times read once, when first
/// needed (`readTimes(with:)`), since most pairs of candidates are told apart by format and id alone.
struct MergeAccount {
    /// The account.
    let incident: Incident
    /// Its position in the merger's input.
    let index: Int
    /// The vendor, letters and digits only, lowercased.
    let vendor: String
    /// The title, lowercased with its whitespace collapsed.
    let title: String
    /// Its updates other than `postmortem` posts, with their instants, oldest first; `nil` until read.
    private var readTimed: [(instant: Date, status: Status)]?
    /// Its updates other than `postmortem` posts, with their instants, oldest first (read before use).
    var timed: [(instant: Date, status: Status)] {
        guard let readTimed else { preconditionFailure("MergeAccount.timed used before readTimes(with:)") }
        return readTimed
    }
    /// Whether `timed` has been read.
    var hasTimes: Bool { readTimed != nil }
    /// Whether the id was made from the file name: aggregator and page text carry no code, and a
    /// detail page without its URL has none (API records named after their code are not).
    let syntheticID: Bool

    /// An account whose times are not read yet; `vendor` is `vendorKey(incident.vendor)`.
    init(_ incident: Incident, index: Int, vendor: String) {
        self.incident = incident
        self.index = index
        self.vendor = vendor
        title = Self.titleKey(incident.title)
        syntheticID = Self.hasSyntheticID(incident)
    }

    /// Whether the id was made from the file name (see ``syntheticID``).
    static func hasSyntheticID(_ incident: Incident) -> Bool {
        [.aggregatorText, .statuspageIncidentPage].contains(incident.sourceFormat)
            && incident.id == fileStem(incident.place.file)
    }

    /// Whether an incident is a team's postmortem document.
    static func isDocument(_ incident: Incident) -> Bool {
        incident.sourceFormat == .markdownPostmortem || incident.sourceFormat == .htmlPostmortem
    }

    /// An account with its times read.
    init(_ incident: Incident, index: Int, reconciler: Reconciler) {
        self.init(incident, index: index, vendor: Self.vendorKey(incident.vendor))
        readTimes(with: reconciler)
    }

    /// Reads the update times, once.
    mutating func readTimes(with reconciler: Reconciler) {
        guard readTimed == nil else { return }
        readTimed = incident.updates.filter { $0.status != .postmortem }
            .compactMap { update in
                (update.written.exact ?? reconciler.resolve(update.written)?.instant).map { ($0, update.status) }
            }
            .sorted { $0.instant < $1.instant }
    }

    /// The title lowercased with each run of whitespace written as one space; ASCII titles without
    /// walking `Character`s (the same result: ASCII whitespace, CR LF included, collapses alike).
    static func titleKey(_ title: String) -> String {
        guard title.utf8.allSatisfy({ $0 < 0x80 }) else {
            return title.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        var out: [UInt8] = []
        out.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for byte in title.utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first update's instant.
    var first: Date? { timed.first?.instant }
    /// The last update's instant.
    var last: Date? { timed.last?.instant }
    /// The last update's status.
    var lastStatus: Status? { timed.last?.status }
    /// The instant of the last `resolved` (or `completed`) update.
    var lastTerminal: Date? { timed.last { $0.status.isTerminal }?.instant }
    /// Whether the account reached a closing status.
    var isComplete: Bool { lastTerminal != nil }
    /// Whether it is a team's postmortem document.
    var isDocument: Bool { Self.isDocument(incident) }

    /// Whether the two titles can be one incident's: equal, or one of them missing.
    func titleAgrees(with other: MergeAccount) -> Bool {
        title.isEmpty || other.title.isEmpty || title == other.title
    }

    /// Whether the shorter account's updates are the longer one's first updates, each within
    /// `tolerance` and with the same status (a copy cut short), with at least two updates.
    func isPrefix(of other: MergeAccount, within tolerance: TimeInterval) -> Bool {
        let (short, long) = timed.count <= other.timed.count ? (timed, other.timed) : (other.timed, timed)
        guard short.count >= 2 else { return false }
        return zip(short, long).allSatisfy {
            abs($0.instant.timeIntervalSince($1.instant)) <= tolerance && $0.status == $1.status
        }
    }

    /// How a person would name the account in a message.
    var noun: String {
        let what: String
        switch incident.sourceFormat {
        case .statuspageJSON, .incidentioJSON: what = isComplete ? "the API record" : "the live snapshot"
        case .googleCloudJSON, .awsHealthJSON: what = "the API record"
        case .statuspageAtom, .statuspageRSS, .genericAtom, .genericRSS, .googleCloudAtom: what = "the feed"
        case .statuspageIncidentPage: what = "the detail page"
        case .statuspageHomePage: what = "the home page"
        case .statuspageHistoryPage: what = "the history page"
        case .aggregatorText: what = "the aggregator's copy"
        case .markdownPostmortem, .htmlPostmortem: what = "the postmortem"
        }
        let file = (incident.place.file as NSString).lastPathComponent
        return "\(what) (\(incident.sourceFormat.rawValue), \(file))"
    }

    static func vendorKey(_ vendor: String) -> String {
        String(
            vendor.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The id readers give an account whose text carries no code: the file name without its last
    /// extension (`a/b/x.excerpt.txt` gives `x.excerpt`), `stdin` for standard input.
    static func fileStem(_ file: String) -> String {
        if file == "-" { return "stdin" }
        let name = (file as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}
