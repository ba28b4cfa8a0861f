import IncidentModel
import Utilities

/// JUnit XML: a test suite per file and a test case per rule.
///
/// A test case fails when its rule found something at or above the failing severity; unreadable
/// files are test errors.
public struct JUnitFormatter: CheckFormatter {
    /// Whether warnings fail test cases too (as `--strict` fails the run).
    public var strict: Bool

    /// Creates a formatter.
    public init(strict: Bool = false) {
        self.strict = strict
    }

    /// The XML document.
    public func format(_ report: CheckReport) -> String {
        let threshold: Severity = strict ? .warning : .error
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        var totalErrors = 0
        for file in report.files {
            let name = XMLText.escape(file.file, whitespace: .referenced)
            if let failure = file.failure {
                totalTests += 1
                totalErrors += 1
                suites.append(
                    """
                      <testsuite name="\(name)" tests="1" failures="0" errors="1" skipped="0">
                        <testcase classname="\(name)" name="read">
                          <error message="\(XMLText.escape(failure, whitespace: .referenced))" type="unreadable"/>
                        </testcase>
                      </testsuite>
                    """)
                continue
            }
            var cases: [String] = []
            var failures = 0
            for rule in report.rules {
                let findings = file.findings.filter { $0.code == rule.id }
                let caseName = XMLText.escape("\(rule.id) \(rule.name)", whitespace: .referenced)
                var body = ""
                let failing = findings.filter { $0.severity >= threshold }
                if let first = failing.first {
                    failures += 1
                    let details = failing.map {
                        ControlText.escaped("\($0.place): \($0.severity.rawValue): \($0.message)")
                    }
                    .joined(separator: "\n")
                    body += "      <failure message=\"\(XMLText.escape(first.message, whitespace: .referenced))\""
                    let text = XMLText.escape(details + "\nhint: " + rule.hint, whitespace: .kept)
                    body += " type=\"\(first.severity.rawValue)\">\(text)"
                    body += "</failure>\n"
                }
                let quiet = findings.filter { $0.severity < threshold }
                if !quiet.isEmpty {
                    let details = quiet.map {
                        ControlText.escaped("\($0.place): \($0.severity.rawValue): \($0.message)")
                    }
                    .joined(separator: "\n")
                    body += "      <system-out>\(XMLText.escape(details, whitespace: .kept))</system-out>\n"
                }
                let open = "    <testcase classname=\"\(name)\" name=\"\(caseName)\""
                cases.append(body.isEmpty ? open + "/>" : open + ">\n" + body + "    </testcase>")
            }
            totalTests += cases.count
            totalFailures += failures
            suites.append(
                "  <testsuite name=\"\(name)\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\""
                    + " skipped=\"0\">\n" + cases.joined(separator: "\n") + "\n  </testsuite>")
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"postmortem check\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\""
        out += " errors=\"\(totalErrors)\">\n"
        out += suites.map { $0 + "\n" }.joined()
        out += "</testsuites>\n"
        return out
    }
}
