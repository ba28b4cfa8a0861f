import Completeness
import Foundation
import IncidentModel
import Testing

@Suite struct SkeletonTests {
    let skeleton = PostmortemSkeleton(title: "Queue backlog: \"stuck\" consumers", date: "2025-03-04")

    @Test func unfilledSkeletonIsFlaggedForEveryPlaceholder() throws {
        let findings = try CheckSupport.findings(skeleton.markdown, file: skeleton.fileName)
        let placeholders = findings.filter { $0.code == "PM011" }
        #expect(placeholders.count == skeleton.markdown.components(separatedBy: "<fill in").count - 1)
        #expect(placeholders.allSatisfy { $0.severity == .error && ($0.place.column ?? 0) >= 1 })
        #expect(skeleton.fileName == "2025-03-04-queue-backlog-stuck-consumers.md")
    }

    @Test func filledSkeletonPasses() throws {
        let findings = try CheckSupport.findings(Self.fill(skeleton.markdown), file: skeleton.fileName)
        #expect(findings.isEmpty, "\(findings.map { "\($0.place) \($0.code) \($0.message)" })")
    }

    /// Replaces each `<fill in: …>` the way a person would: times in order, an owner, a ticket, prose.
    static func fill(_ text: String) -> String {
        var stamps = [
            "2025-03-04 10:00", "2025-03-04 10:10", "2025-03-04 11:00", "2025-03-04 10:00", "2025-03-04 11:00",
        ]
        var clocks = ["10:00", "10:10", "11:00"]
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "<fill in") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let label = rest[open.upperBound..<close]
            let value: String
            if label.contains("YYYY-MM-DD HH:MM") {
                value = stamps.removeFirst()
            } else if label.contains("HH:MM") {
                value = clocks.removeFirst()
            } else if label.contains("owner") {
                value = "@dana"
            } else if label.contains("ticket") {
                value = "OPS-7"
            } else if label.contains("SEV") {
                value = "SEV2"
            } else if label.contains("incident id") {
                value = "INC-7"
            } else {
                value = "Written by the team."
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
