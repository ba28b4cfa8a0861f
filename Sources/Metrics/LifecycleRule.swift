import Foundation
import IncidentModel

/// The rule that chose a lifecycle boundary.
///
/// What it was based on, the candidates it was the earliest of, and why the candidates before it
/// were passed over. Text is made only at the edge (``description``).
public struct LifecycleRule: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What the boundary was based on.
    public enum Basis: Sendable, Hashable, Codable {
        /// The first public update.
        case firstUpdate
        /// The first update with a status (`identified`, `monitoring`).
        case firstOfStatus(Status)
        /// The first update of the final run of closing updates: whether it has a closing status of
        /// its own (else its text says resolved), and how many later closing posts follow it.
        case firstOfFinalRun(ownStatus: Bool, followUps: Int)
        /// No impact line and no usable declared start: the first update; the declared start when
        /// it was passed over for being after that update.
        case fallbackFirstUpdate(declaredStartAfter: Date?)
        /// No restore time in the text or fields: the public resolution.
        case fallbackPublicResolved
        /// A front-matter marker: its key, and whether its exact time was taken (no reconciled line).
        case marker(key: String, exact: Bool)
        /// A declared field with no wording in the text, and whether its exact time was taken.
        case declared(LifecycleSource.DeclaredField, exact: Bool)
        /// The end of a declared range.
        case declaredRangeEnd
        /// A line's tag or wording (`nil` when the line has no cue of the kind), and how it was read.
        case cue(LifecycleCue.Rule?, LineReading)
        /// The latest end of the windows the text states: the chosen window's shape and how many there were.
        case windowEnd(WindowShape, of: Int)
        /// The start of a stated window, and whether its start alone was not credible but its end
        /// put the window inside the incident.
        case windowStart(WindowShape, runsIntoIncident: Bool)
        /// The end of the range on the impact-start line.
        case impactRangeEnd
    }

    /// How a line with a cue gave the boundary.
    public enum LineReading: Sendable, Hashable, Codable {
        /// As worded (or tagged).
        case asWorded
        /// Worded as identified, before any detection wording (a detection).
        case identifiedBeforeDetection
        /// At its end: the end of its range when it has one.
        case atEnd(ofRange: Bool)
        /// The first line describing impact of its kind.
        case firstImpact(ImpactLine)
    }

    /// Which first line describing impact.
    public enum ImpactLine: String, Sendable, Hashable, Codable, CaseIterable {
        /// The first postmortem line describing impact.
        case postmortem = "first postmortem line describing impact"
        /// The first update-body line describing impact, before the first update.
        case updateBody = "update body, before the first update"
    }

    /// How the text states a window of impact.
    public enum WindowShape: String, Sendable, Hashable, Codable, CaseIterable {
        /// One reconciled range.
        case range
        /// Two times of one sentence joined by range wording.
        case sentence
        /// An end alone (`until`, `lasting until`, `ended at`).
        case until

        /// How rules name a window of the shape.
        public var name: String {
            switch self {
            case .range: "stated range"
            case .sentence: "stated window (two times of one sentence)"
            case .until: "stated end (\"until\")"
            }
        }
    }

    /// A candidate for the impact start, of those the chosen one was the earliest of.
    public struct Candidate: Sendable, Hashable, Codable {
        /// Which kind of candidate.
        public enum Kind: Sendable, Hashable, Codable {
            /// The first postmortem line describing impact.
            case postmortemLine
            /// The first update-body line describing impact before the first update.
            case updateBody
            /// The start of a stated window.
            case window(WindowShape)
            /// The declared start.
            case declaredStart
        }

        /// Which kind.
        public var kind: Kind
        /// Its instant.
        public var instant: Date

        /// Creates a candidate.
        public init(kind: Kind, instant: Date) {
            self.kind = kind
            self.instant = instant
        }
    }

    /// What the boundary was based on.
    public var basis: Basis
    /// The candidates the boundary was the earliest of (empty when there was one).
    public var candidates: [Candidate]
    /// Why each candidate passed over on the way was (`"09:12" passed over: …`), each once, in order.
    public var passedOver: [PassedOver]

    /// Creates a rule.
    public init(_ basis: Basis, candidates: [Candidate] = [], passedOver: [PassedOver] = []) {
        self.basis = basis
        self.candidates = candidates
        self.passedOver = passedOver
    }

    /// The text outputs show: the basis, then the candidates and each reason passed over, joined with `; `.
    public var description: String {
        var text = Self.text(basis)
        if candidates.count > 1 {
            let listed = candidates.map { "\(Self.label($0.kind)) \($0.instant.ISO8601Format())" }
            text += "; the earliest of \(candidates.count) candidates (\(listed.joined(separator: ", ")))"
        }
        for candidate in passedOver { text += "; " + candidate.description }
        return text
    }

    /// How a candidate is named.
    static func label(_ kind: Candidate.Kind) -> String {
        switch kind {
        case .postmortemLine: "postmortem line"
        case .updateBody: "update body"
        case .window(let shape): shape.name
        case .declaredStart: "declared start"
        }
    }

    /// The basis as text.
    static func text(_ basis: Basis) -> String {
        switch basis {
        case .firstUpdate: return "status:first-update"
        case .firstOfStatus(let status): return "status:first-\(status.rawValue)"
        case .firstOfFinalRun(let ownStatus, let followUps):
            var text = "status:first-resolved of the final run"
            if !ownStatus { text += " (no status of its own; its text says resolved)" }
            if followUps > 0 {
                text +=
                    "; the \(followUps) later resolved post\(followUps == 1 ? " is a follow-up" : "s are follow-ups")"
            }
            return text
        case .fallbackFirstUpdate(let after):
            let why = after.map { "the declared start \($0.ISO8601Format()) is after it" }
            return "fallback:first-update (\(why ?? "no impact line, no declared start"))"
        case .fallbackPublicResolved:
            return "fallback:public-resolved (no restore time in the text or fields; the first resolved post of "
                + "the final run, later ones are follow-ups)"
        case .marker(let key, let exact): return "marker:front-matter \(key)" + (exact ? " (exact)" : "")
        case .declared(let field, let exact):
            return "declared:declared \(field.rawValue) (no wording in the text)" + (exact ? " exact" : "")
        case .declaredRangeEnd: return "declared:end of the declared range"
        case .cue(let cue, let reading):
            let named = cue?.description ?? "wording"
            switch reading {
            case .asWorded: return named
            case .identifiedBeforeDetection: return named + " (identified before any detection wording)"
            case .atEnd(let ofRange): return named + (ofRange ? " (end of range)" : "")
            case .firstImpact(let line): return "\(named) (\(line.rawValue))"
            }
        case .windowEnd(let shape, let count):
            let text: String
            switch shape {
            case .range: text = "wording:impact range end"
            case .sentence: text = "wording:stated window end (two times of one sentence)"
            case .until: text = "wording:until (a stated end)"
            }
            return count > 1 ? text + " (the latest of \(count) stated windows)" : text
        case .windowStart(let shape, let runsIn):
            return "wording:\(shape.name) start"
                + (runsIn ? " (its end is within the incident, so the window runs into it)" : "")
        case .impactRangeEnd: return "wording:impact range end"
        }
    }
}
