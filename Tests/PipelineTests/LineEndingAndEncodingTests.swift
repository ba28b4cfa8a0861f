import Foundation
import TestSupport
import Testing

/// Real fixture files rewritten with CRLF and lone-CR line ends, and as UTF-16 and UTF-32 with a byte
/// order mark, read as the LF UTF-8 file does: the same incidents, timeline and check findings.
@Suite(.enabled(if: PostmortemProcess.binary != nil, "needs the built postmortem executable"))
struct LineEndingAndEncodingTests {
    /// One fixture of each kind of text the readers take: Markdown with front matter, HTML
    /// postmortem, Statuspage page, RSS and Atom feeds, API JSON and aggregator text.
    static let fixtures = [
        "postmortems/2025-01-10-kustomer-routing.md", "postmortems/2025-01-28-acme-storage-outage.html",
        "statuspage/kustomer-2025-01-10-incident.html", "statuspage/kustomer-history.rss",
        "statuspage/kustomer-history.atom", "statuspage-json/incidents.json", "aggregator/kustomer-2025-01-10.txt",
    ]

    /// The variants of the LF UTF-8 bytes.
    static let variants = ["crlf", "cr", "utf16le", "utf16be", "utf32le"]

    /// The LF UTF-8 bytes as `variant`.
    static func make(_ variant: String, from data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        switch variant {
        case "crlf": return Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        case "cr": return Data(text.replacingOccurrences(of: "\n", with: "\r").utf8)
        case "utf16le": return Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        case "utf16be": return Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        default: return Data([0xFF, 0xFE, 0, 0]) + text.data(using: .utf32LittleEndian)!
        }
    }

    /// Every command output compared, with the variant's folder name replaced by the LF one's.
    static let commands: [[String]] = [
        ["incidents"], ["timeline", "--format", "csv"], ["check", "--format", "json"],
    ]

    @Test(arguments: fixtures)
    func variantReadsAsTheLFFile(_ fixture: String) throws {
        let source = try Data(contentsOf: FixturePaths.fixture(fixture))
        try #require(!source.contains(0x0D), "the fixture is an LF file")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-eol-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let name = (fixture as NSString).lastPathComponent
        func write(_ data: Data, as variant: String) throws -> String {
            let folder = root.appendingPathComponent(variant)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: folder.appendingPathComponent(name))
            return folder.appendingPathComponent(name).path
        }
        let lf = try write(source, as: "lf")
        var expected: [String] = []
        for command in Self.commands {
            let run = try PostmortemProcess.run(command + [lf])
            #expect(run.status != 2 || command[0] == "check", "\(run.stderr)")
            expected.append(run.stdout)
        }
        #expect(!expected[0].split(whereSeparator: \.isNewline).dropFirst().isEmpty, "\(fixture) gives incidents")
        for variant in Self.variants {
            let path = try write(Self.make(variant, from: source), as: variant)
            for (command, want) in zip(Self.commands, expected) {
                let run = try PostmortemProcess.run(command + [path])
                let got = run.stdout.replacingOccurrences(of: "/\(variant)/", with: "/lf/")
                #expect(got == want, "\(variant) \(command.joined(separator: " ")) \(fixture): \(run.stderr)")
            }
        }
    }

    @Test func aByteOrderMarkOverTextThatIsNotOfItsEncodingIsRefusedByName() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-bom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("broken.md").path
        // A lone low surrogate: no UTF-16 text.
        try Data([0xFF, 0xFE, 0x23, 0x00, 0x20, 0x00, 0x00, 0xDC]).write(to: URL(fileURLWithPath: path))
        let run = try PostmortemProcess.run(["incidents", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(path):"), "\(run.stderr)")
        #expect(run.stderr.contains("UTF-16 byte order mark but is not valid UTF-16 text"), "\(run.stderr)")
    }
}
