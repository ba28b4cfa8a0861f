import Foundation
import IncidentModel

/// What `IncidentMerger` would compare about an incident, kept small enough to remember for every
/// incident of a large input without keeping the incidents.
///
/// Two incidents can only be merged when (``IncidentMerger``'s rules) they share the vendor and the
/// code, or share the vendor and the title across formats, or one of them is a postmortem document
/// or has an id made from its file name: ``mayBeOne(_:_:)``, which the merger asks before it
/// compares two accounts' times and the streaming screen asks of the keys it keeps. A set of
/// fingerprints where no pair may be one proves the merger leaves every incident alone, so a
/// caller may stream incidents through without the merger. The keys are hashes: a collision can
/// only say "may merge" where nothing would, never the reverse.
public struct MergeFingerprint: Sendable, Hashable {
    /// The vendor and the lowercased code, hashed.
    public var code: Int
    /// The vendor and the title (lowercased, whitespace runs as one space), hashed; `nil` for an
    /// empty title.
    public var title: Int?
    /// The format the incident was read from.
    public var format: SourceFormat
    /// Whether only the whole-set merger can place the incident: a postmortem document (linked to
    /// a status page by its front matter) or an account whose id was made from its file name.
    public var needsWholeSet: Bool

    /// The fingerprint of one incident as read (before reconciling).
    public init(_ incident: Incident) {
        self.init(
            vendor: MergeAccount.vendorKey(incident.vendor), title: MergeAccount.titleKey(incident.title),
            incident: incident,
            needsWholeSet: MergeAccount.isDocument(incident) || MergeAccount.hasSyntheticID(incident))
    }

    /// The fingerprint of an account the merger holds (its vendor and title keys already made).
    init(_ account: MergeAccount) {
        self.init(
            vendor: account.vendor, title: account.title, incident: account.incident,
            needsWholeSet: account.isDocument || account.syntheticID)
    }

    private init(vendor: String, title folded: String, incident: Incident, needsWholeSet: Bool) {
        var code = Hasher()
        code.combine(vendor)
        code.combine(incident.id.lowercased())
        self.code = code.finalize()
        if folded.isEmpty {
            title = nil
        } else {
            var title = Hasher()
            title.combine(vendor)
            title.combine(folded)
            self.title = title.finalize()
        }
        format = incident.sourceFormat
        self.needsWholeSet = needsWholeSet
    }

    /// The title key in eight bytes: the hash's high 56 bits, the format's number in the low byte;
    /// `nil` for an empty title.
    public var packedTitle: UInt64? {
        title.map { title in
            let format = UInt64(SourceFormat.allCases.firstIndex(of: format) ?? 0xFF) & 0xFF
            return UInt64(bitPattern: Int64(title)) & ~0xFF | format
        }
    }

    /// Whether two incidents may be one incident: the rule the merger and the streaming screen share.
    ///
    /// They may when either needs the whole set, or they share the code, or they share the
    /// title in different formats (``titlesMayJoin(_:_:)``). `false` proves the merger keeps them apart.
    public static func mayBeOne(_ a: MergeFingerprint, _ b: MergeFingerprint) -> Bool {
        if a.needsWholeSet || b.needsWholeSet || a.code == b.code { return true }
        guard let first = a.packedTitle, let second = b.packedTitle else { return false }
        return titlesMayJoin(first, second)
    }

    /// Whether two packed title keys (``packedTitle``) may join two incidents: the same title in
    /// different formats.
    public static func titlesMayJoin(_ a: UInt64, _ b: UInt64) -> Bool {
        a >> 8 == b >> 8 && a != b
    }
}
