import Foundation

/// The Markdown skeleton `postmortem new` writes: every required and recommended section, with
/// `<fill in: …>` placeholders that `check` reports until they are replaced.
public struct PostmortemSkeleton: Sendable {
    /// The postmortem's title.
    public var title: String
    /// The incident's date, `YYYY-MM-DD`.
    public var date: String
    /// The zone the timeline is written in (`UTC`).
    public var zone: String

    /// Creates a skeleton.
    public init(title: String, date: String, zone: String = "UTC") {
        self.title = title
        self.date = date
        self.zone = zone
    }

    /// A file name for the skeleton: `2025-03-04-queue-backlog.md`.
    public var fileName: String {
        let words = String(title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
            .split(separator: " ")
        let slug = words.joined(separator: "-")
        return "\(date)-\(slug.isEmpty ? "postmortem" : String(slug.prefix(60))).md"
    }

    /// The document.
    public var markdown: String {
        let quotedTitle =
            "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
        return """
            ---
            id: "<fill in: incident id>"
            title: \(quotedTitle)
            date: \(date)
            severity: "<fill in: SEV1, SEV2 or SEV3>"
            status: draft
            authors: ["<fill in: your name>"]
            timezone: \(zone)
            impact_start: "<fill in: impact start as YYYY-MM-DD HH:MM>"
            detected: "<fill in: detection as YYYY-MM-DD HH:MM>"
            resolved: "<fill in: resolution as YYYY-MM-DD HH:MM>"
            ---

            # \(title)

            ## Summary

            <fill in: what broke, for whom, and for how long>

            ## Impact

            - Start: <fill in: impact start as YYYY-MM-DD HH:MM> \(zone)
            - End: <fill in: impact end as YYYY-MM-DD HH:MM> \(zone)
            - Affected: <fill in: users, requests or accounts affected, with numbers>

            ## Trigger

            <fill in: the change or event that set the incident off>

            ## Timeline

            All times \(zone), \(date).

            | Time (\(zone)) | Event |
            |---|---|
            | <fill in: HH:MM> | Impact starts: <fill in: first sign of impact> |
            | <fill in: HH:MM> | Detection: <fill in: how we found out> |
            | <fill in: HH:MM> | Resolution: <fill in: impact ends> |

            ## Detection

            <fill in: the alert or report that told us, and how long after the start>

            ## Root cause

            <fill in: the conditions that let the trigger cause harm; no blame>

            ## Resolution

            <fill in: what stopped the impact, and the permanent fix if it differs>

            ## Action items

            | Action | Owner | Ticket | Status |
            |---|---|---|---|
            | <fill in: a specific, bounded action> | <fill in: owner> | <fill in: ticket or link> | Open |

            ## Lessons learned

            ### What went well

            <fill in: what helped>

            ### What went wrong

            <fill in: what got in the way>

            ### Where we got lucky

            <fill in: what could have made it worse>

            ## Customer communication

            <fill in: status page updates, emails and who received them>

            """
    }
}
