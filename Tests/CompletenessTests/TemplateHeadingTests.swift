import Completeness
import Foundation
import IncidentModel
import Ingest
import Metrics
import Testing

/// Headings of the public templates (SRE book, Atlassian, PagerDuty, incident.io, Azure, Elastic)
/// count as the sections they stand for.
@Suite struct TemplateHeadingTests {
    static func keys(of heading: String) throws -> Set<String> {
        let incident = try PostmortemDocumentReader().read(Data("## \(heading)\n\nText.\n".utf8), file: "doc.md")
        let document = CheckedDocument(
            incident: incident, metrics: IncidentMeasurer().measure(incident), configuration: .standard)
        return document.scopes.first?.keys ?? []
    }

    @Test(arguments: [
        ("Follow-up tasks", "action-items"), ("Follow-ups", "action-items"), ("Next steps", "action-items"),
        ("Remediation items", "action-items"), ("Corrective actions", "action-items"), ("Action plan", "action-items"),
        ("Corrective and preventative measures", "action-items"), ("Recommendations", "action-items"),
        ("Root Causes", "root-cause"), ("Contributors", "root-cause"), ("Contributing factors", "root-cause"),
        ("Five whys", "root-cause"), ("Mitigators", "resolution"), ("Recovery", "resolution"),
        ("Resolution and recovery", "resolution"), ("Leadup", "trigger"), ("Issue summary", "summary"),
        ("Overview", "summary"), ("Summary of impact", "impact"), ("Summary of impact", "summary"),
        ("Customer impact", "impact"), ("Chain of events", "timeline"),
        ("Timeline (all times in Pacific Time)", "timeline"),
        ("How was the incident detected?", "detection"), ("External message", "customer-communication"),
        ("Learnings and risks", "lessons-learned"), ("How'd we do?", "lessons-learned"),
    ])
    func templateHeadingCounts(_ heading: String, _ key: String) throws {
        #expect(try Self.keys(of: heading).contains(key), "\(heading) should count as \(key)")
    }

    @Test func exactSynonymWinsOverAPrefix() throws {
        #expect(try Self.keys(of: "Remediation items") == ["action-items"])
        #expect(try Self.keys(of: "Root cause and mitigation") == ["root-cause", "resolution"])
        #expect(try Self.keys(of: "Impact on customers") == ["impact"])
    }
}
