import Completeness
import Foundation
import IncidentModel
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ReportFormatTests {
    static let report: CheckReport = {
        let rules = PostmortemChecker.rules(for: [.standard])
        let place = SourcePlace(file: "a&b.md", line: 2, column: 5)
        return CheckReport(
            files: [
                FileCheck(
                    file: "a&b.md",
                    findings: [
                        Diagnostic(code: "PM002", severity: .error, place: place, message: "no <Impact> \"here\""),
                        Diagnostic(code: "PM020", severity: .warning, place: place, message: "blame"),
                    ]),
                FileCheck(file: "clean.md"),
                FileCheck(file: "gone.md", failure: "gone.md: the file cannot be read"),
            ], rules: rules)
    }()

    @Test func junitIsWellFormedWithASuitePerFileAndACasePerRule() throws {
        let xml = JUnitFormatter().format(Self.report)
        let document = try XMLDocument(xmlString: xml)
        let suites = try document.nodes(forXPath: "/testsuites/testsuite")
        #expect(suites.count == 3)
        let rules = Self.report.rules.count
        #expect(try document.nodes(forXPath: "/testsuites/testsuite[1]/testcase").count == rules)
        #expect(try document.nodes(forXPath: "//testsuite[1]/testcase/failure").count == 1)
        #expect(try document.nodes(forXPath: "//testsuite[1]/testcase/system-out").count == 1)
        #expect(try document.nodes(forXPath: "//testsuite[3]/testcase/error").count == 1)
        let root = try #require(document.rootElement())
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
        #expect(root.attribute(forName: "tests")?.stringValue == String(rules * 2 + 1))
    }

    @Test func junitStrictFailsOnWarnings() throws {
        let document = try XMLDocument(xmlString: JUnitFormatter(strict: true).format(Self.report))
        #expect(try document.nodes(forXPath: "//testsuite[1]/testcase/failure").count == 2)
    }

    @Test func jsonCarriesFindingsAndSummary() throws {
        let data = Data(JSONFormatter().format(Self.report).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 3, "errors": 1, "warnings": 1, "notes": 0, "unreadable": 1])
        let files = try #require(object["files"] as? [[String: Any]])
        let first = try #require((files[0]["findings"] as? [[String: Any]])?.first)
        #expect(first["rule"] as? String == "PM002")
        #expect(first["name"] as? String == "section.impact")
        #expect(first["line"] as? Int == 2)
        #expect(first["column"] as? Int == 5)
    }

    @Test func humanOutputHasPlacesHintsAndASummaryWithoutColourByDefault() {
        let text = HumanFormatter().format(Self.report)
        #expect(text.contains("a&b.md:2:5: error: no <Impact> \"here\" [PM002 section.impact]\n  hint: "))
        #expect(!text.contains("\u{1B}["))
        #expect(text.hasSuffix("3 files checked, 1 clean: 1 error, 1 warning, 0 notes, 1 unreadable\n"))
        #expect(HumanFormatter(colour: true).format(Self.report).contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    @Test func exitCodes() {
        let clean = CheckReport(files: [FileCheck(file: "a.md")], rules: [])
        #expect(clean.exitCode(strict: true) == 0)
        let warning = Diagnostic(code: "PM020", severity: .warning, place: SourcePlace(file: "a.md"), message: "m")
        let warned = CheckReport(files: [FileCheck(file: "a.md", findings: [warning])], rules: [])
        #expect(warned.exitCode(strict: false) == 0)
        #expect(warned.exitCode(strict: true) == 1)
        #expect(Self.report.exitCode(strict: false) == 2)
    }
}
