import Foundation
import Markdown

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One block as a flat row: its depth, kind (cmark-gfm's element name, `tasklist` for a task
/// item) and source span.
struct TreeRow: Hashable, CustomStringConvertible {
    var depth: Int
    var kind: String
    var start: MarkdownPosition
    var end: MarkdownPosition

    var description: String { "\(String(repeating: "  ", count: depth))\(kind) \(start)-\(end)" }

    /// Our document's blocks in document order, without recursion.
    static func rows(of document: MarkdownDocument) -> [TreeRow] {
        var rows: [TreeRow] = []
        var pending: [(Int, Int)] = [(0, 0)]
        while let (index, depth) = pending.popLast() {
            let block = document.blocks[index]
            let kind = block.kind == .item && block.checked != nil ? "tasklist" : block.kind.rawValue
            rows.append(TreeRow(depth: depth, kind: kind, start: block.start, end: block.end))
            pending.append(contentsOf: block.children.reversed().map { ($0, depth + 1) })
        }
        return rows
    }
}

/// The reference: the `cmark-gfm` program's block tree (`-t xml --sourcepos -e table -e tasklist`).
enum ReferenceTree {
    /// The program, when it is on `PATH`.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("cmark-gfm") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let skipReason =
        "skipped: the cmark-gfm program is not installed (Debian package cmark-gfm; .ci/run installs it), so the reference comparison cannot run"

    /// The reference rows for `data`.
    static func rows(of data: Data) throws -> [TreeRow] {
        guard let executable else { return [] }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-t", "xml", "--sourcepos", "-e", "table", "-e", "tasklist"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Written from another thread so a large output cannot fill the pipe while we write.
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let xml = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let collector = RowCollector()
        let parser = XMLParser(data: xml)
        parser.delegate = collector
        _ = parser.parse()
        return collector.rows
    }
}

/// Collects the block elements of cmark-gfm's XML.
private final class RowCollector: NSObject, XMLParserDelegate {
    static let blockNames: Set<String> = Set(MarkdownBlock.Kind.allCases.map(\.rawValue) + ["tasklist"])
    var rows: [TreeRow] = []
    var depth = 0
    var blockDepths: [Bool] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let isBlock = Self.blockNames.contains(elementName)
        blockDepths.append(isBlock)
        guard isBlock else { return }
        let (start, end) = Self.span(attributes["sourcepos"] ?? "0:0-0:0")
        rows.append(TreeRow(depth: depth, kind: elementName, start: start, end: end))
        depth += 1
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if blockDepths.popLast() == true { depth -= 1 }
    }

    static func span(_ text: String) -> (MarkdownPosition, MarkdownPosition) {
        let numbers = text.split(whereSeparator: { $0 == ":" || $0 == "-" }).map { Int($0) ?? 0 }
        guard numbers.count == 4 else {
            return (MarkdownPosition(line: 0, column: 0), MarkdownPosition(line: 0, column: 0))
        }
        return (
            MarkdownPosition(line: numbers[0], column: numbers[1]),
            MarkdownPosition(line: numbers[2], column: numbers[3])
        )
    }
}
