import ArgumentParser
import Completeness
import Foundation

/// `postmortem new TITLE`: writes a postmortem skeleton that `check` accepts once filled in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract:
            "Write a postmortem skeleton with every section; `check` flags the placeholders until they are filled.")

    @Argument(help: "The postmortem's title.")
    var title: String

    @Option(help: "The incident's date, YYYY-MM-DD (default: today, UTC).")
    var date: String?

    @Option(help: "The zone the timeline is written in.")
    var zone: String = "UTC"

    @Option(
        name: [.short, .long], help: "The file to write (default: DATE-TITLE.md in the current folder); - prints it.")
    var output: String?

    func run() throws {
        let day = date ?? Self.today()
        guard Self.isDate(day) else {
            StandardError.line("postmortem new: --date must be YYYY-MM-DD, not `\(day)`")
            throw ExitCode(2)
        }
        let skeleton = PostmortemSkeleton(title: title, date: day, zone: zone)
        let path = output ?? skeleton.fileName
        if path == "-" {
            print(skeleton.markdown, terminator: "")
            return
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            StandardError.line("postmortem new: \(path) already exists")
            throw ExitCode(2)
        }
        do {
            try Data(skeleton.markdown.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            StandardError.line("postmortem new: \(path): cannot write (\(error.localizedDescription))")
            throw ExitCode(2)
        }
        print(path)
    }

    private static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
