import Foundation
import IncidentModel

/// What `IncidentMerger` would compare about an incident, kept small enough to remember for every
/// incident of a large input without keeping the incidents.
///
/// Two incidents can only be merged when (``IncidentMerger``'s rules) they share the vendor and the
/// code, or share the vendor and the title across formats, or one of them is a postmortem document
/// or has an id made from its file name. A set of fingerprints with none of that proves the merger
/// leaves every incident alone, so a caller may stream incidents through without the merger. The
/// keys are hashes: a collision can only say "may merge" where nothing would, never the reverse.
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
        let vendor = MergeAccount.vendorKey(incident.vendor)
        var code = Hasher()
        code.combine(vendor)
        code.combine(incident.id.lowercased())
        self.code = code.finalize()
        // The merger's own title key (MergeAccount.title).
        let folded = MergeAccount.titleKey(incident.title)
        if folded.isEmpty {
            title = nil
        } else {
            var title = Hasher()
            title.combine(vendor)
            title.combine(folded)
            self.title = title.finalize()
        }
        format = incident.sourceFormat
        needsWholeSet = MergeAccount.isDocument(incident) || MergeAccount.hasSyntheticID(incident)
    }
}
