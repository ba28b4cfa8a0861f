import Foundation
import SwiftCSV

/// Runs the binary as `score-labels` does and decides each case the same way.
struct HandLabelRunner {
    let binary: URL
    let root: URL?
    private var csvCache: [String: [[String: String]]] = [:]
    private var checkCache: [String: Set<String>] = [:]

    static let sections = ["summary", "impact", "timeline", "detection", "root-cause", "resolution", "action-items"]

    init(binary: URL, root: URL?) {
        self.binary = binary
        self.root = root
    }

    /// Whether the case holds, and what was found.
    mutating func check(_ label: HandLabel) throws -> (Bool, String) {
        switch label.kind {
        case "instant":
            let rows = try csv("timeline", label.file)
            let names = label.string("field") == "end" ? ["end", "end_instant"] : ["utc", "instant"]
            let written = label.string("written") ?? ""
            let exact = label.fields["exact"] as? Bool ?? false
            let hits = rows.filter { row in
                let text = Self.pick(row, ["written", "as_written"])
                return exact ? text == written : text.contains(written)
            }
            let want = label.string("want") ?? ""
            let got = Set(hits.map { String(Self.pick($0, names).prefix(16)) }).sorted().joined(separator: ", ")
            return (hits.contains { Self.pick($0, names).hasPrefix(want) }, got.isEmpty ? "no such row" : got)
        case "clock":
            let rows = try csv("incidents", label.file)
            let row = label.string("id").map { id in rows.first { $0["incident_id"] == id } } ?? rows.first
            let got = row?[label.string("col") ?? ""] ?? "no incident"
            if let want = label.string("want") { return (got.hasPrefix(want), got) }
            let want = (label.fields["want"] as? NSNumber)?.doubleValue ?? .nan
            return (Double(got).map { abs($0 - want) <= 1.5 } ?? false, got)
        case "present":
            let rows = try csv("incidents", label.file)
            let title = label.string("title") ?? ""
            return (rows.contains { ($0["title"] ?? "").contains(title) }, "\(rows.count) incidents")
        case "sections":
            let missing = try missingSections(label.file)
            let present = Set(label.fields["present"] as? [String] ?? [])
            let want = Set(Self.sections).subtracting(present)
            return (missing == want, "missing " + missing.sorted().joined(separator: ", "))
        default:
            return (true, "")
        }
    }

    private static func pick(_ row: [String: String], _ keys: [String]) -> String {
        keys.lazy.compactMap { row[$0] }.first { !$0.isEmpty } ?? ""
    }

    private mutating func csv(_ command: String, _ file: String) throws -> [[String: String]] {
        let key = command + " " + file
        if let rows = csvCache[key] { return rows }
        let output = try run([command, file] + (command == "timeline" ? ["--format", "csv"] : []))
        let rows = output.isEmpty ? [] : try CSV<Named>(string: output).rows
        csvCache[key] = rows
        return rows
    }

    private mutating func missingSections(_ file: String) throws -> Set<String> {
        if let found = checkCache[file] { return found }
        let output = try run(["check", file, "--format", "json"])
        let object = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        var missing = Set<String>()
        for entry in object?["files"] as? [[String: Any]] ?? [] {
            for finding in entry["findings"] as? [[String: Any]] ?? [] {
                let name = finding["name"] as? String ?? ""
                if name.hasPrefix("section."), Self.sections.contains(String(name.dropFirst(8))) {
                    missing.insert(String(name.dropFirst(8)))
                }
            }
        }
        checkCache[file] = missing
        return missing
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
