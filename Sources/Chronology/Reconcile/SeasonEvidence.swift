import Foundation
import IncidentModel

/// Weighs the incident's exact instants for each out-of-season label and decides its reading
/// under `zoneLabels: auto`.
///
/// Facts: a machine instant on a stamp (`data-datetime-unix`, `pubDate`) matches one reading; a time
/// in an update body that does not promise a future time cannot be after the update was posted; a
/// postmortem line cannot be after the postmortem was posted. The regional reading is kept unless
/// some fact contradicts it and none contradicts the literal one.
enum SeasonEvidence {
    /// A fact about one label.
    struct Fact {
        var label: String
        var contradictsLiteral: Bool
        var contradictsRegional: Bool
        var sentence: String
    }

    static func decide(_ pass: ReconcilePass, incident: Incident) -> SeasonDecisions {
        let facts = collect(pass, incident: incident)
        var decisions = SeasonDecisions()
        let labels = Set(facts.map(\.label) + seasonLabels(pass))
        for label in labels.sorted() {
            let mine = facts.filter { $0.label == label }
            let againstRegional = mine.filter { $0.contradictsRegional && !$0.contradictsLiteral }
            let againstLiteral = mine.filter { $0.contradictsLiteral && !$0.contradictsRegional }
            if !againstRegional.isEmpty, mine.allSatisfy({ !$0.contradictsLiteral }) {
                decisions.readings[label] = .literal
                decisions.evidence[label] =
                    "zoneLabels=auto: \(againstRegional.count) fact(s) contradict the regional reading and none the "
                    + "literal one; " + againstRegional[0].sentence
            } else {
                decisions.readings[label] = .regional
                decisions.evidence[label] =
                    againstLiteral.isEmpty
                    ? "zoneLabels=auto: no exact instant contradicts the region's local time"
                    : "zoneLabels=auto: \(againstLiteral.count) fact(s) contradict the literal reading; "
                        + againstLiteral[0].sentence
            }
        }
        return decisions
    }

    private static func seasonLabels(_ pass: ReconcilePass) -> [String] {
        (pass.stamps.compactMap { $0?.season?.label } + pass.bodies.compactMap { $0.found.season?.label }
            + pass.lines.compactMap { $0.found.season?.label })
    }

    private static func collect(_ pass: ReconcilePass, incident: Incident) -> [Fact] {
        var facts: [Fact] = []
        for (index, update) in incident.updates.enumerated() {
            guard let exact = update.written.exact, let season = pass.stamps[index]?.season else { continue }
            let field = update.written.exactField ?? "exact"
            let literal = abs(exact.timeIntervalSince(season.literal)) < 60
            let regional = abs(exact.timeIntervalSince(season.regional)) < 60
            facts.append(
                Fact(
                    label: season.label, contradictsLiteral: !literal, contradictsRegional: !regional,
                    sentence:
                        "\"\(update.written.text)\" has \(field) \(InstantText.iso(exact)) "
                        + "(literal \(InstantText.iso(season.literal)), regional \(InstantText.iso(season.regional)))"
                ))
        }
        if let newest = incident.updates.indices.last, incident.updates[newest].written.exact == nil,
            incident.updates[newest].written.context.anchorIsNewest,
            let anchor = incident.updates[newest].written.context.anchor,
            let season = pass.stamps[newest]?.season
        {
            // A feed's date is its newest update's time (T7): it weighs like a machine field.
            let literal = abs(anchor.timeIntervalSince(season.literal)) < 60
            let regional = abs(anchor.timeIntervalSince(season.regional)) < 60
            facts.append(
                Fact(
                    label: season.label, contradictsLiteral: !literal, contradictsRegional: !regional,
                    sentence:
                        "the feed date \(InstantText.iso(anchor)) of the newest update "
                        + "\"\(incident.updates[newest].written.text)\" (literal \(InstantText.iso(season.literal)), "
                        + "regional \(InstantText.iso(season.regional)))"))
        }
        for body in pass.bodies where !body.future && !incident.isMaintenance {
            guard let update = body.update, let season = body.found.season,
                let posted = pass.updates[update]?.instant
            else { continue }
            let late = { (instant: Date) in instant.timeIntervalSince(posted) >= 60 }
            facts.append(
                Fact(
                    label: season.label, contradictsLiteral: late(season.literal),
                    contradictsRegional: late(season.regional),
                    sentence:
                        "\"\(body.found.expression.text)\" in an update posted \(InstantText.iso(posted)) "
                        + "(literal \(InstantText.iso(season.literal)), regional \(InstantText.iso(season.regional)))"
                ))
        }
        if let posted = pass.posted?.instant {
            for line in pass.lines {
                guard let season = line.found.season else { continue }
                let late = { (instant: Date) in instant.timeIntervalSince(posted) >= 60 }
                facts.append(
                    Fact(
                        label: season.label, contradictsLiteral: late(season.literal),
                        contradictsRegional: late(season.regional),
                        sentence:
                            "postmortem line \"\(line.found.expression.text)\" and the postmortem posted "
                            + InstantText.iso(posted)))
            }
        }
        return facts
    }
}
