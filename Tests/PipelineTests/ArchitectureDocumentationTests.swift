import Foundation
import TestSupport
import Testing

/// The README's architecture table names each source target's imports as `Package.swift` declares them.
@Suite struct ArchitectureDocumentationTests {
    /// Each source target's dependencies in `Package.swift` (products by their name), by target.
    static func packageTargets() throws -> [String: Set<String>] {
        // A product's module aliases (`moduleAliases: ["Metrics": "SwiftMetrics"]`) rename its modules;
        // they are not dependencies.
        let text = try String(
            contentsOf: FixturePaths.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8
        ).replacing(#/moduleAliases:\s*\[[^\]]*\]/#, with: "")
        let target = try Regex(
            #"\.(?:target|executableTarget)\(\s*name:\s*"([^"]+)"(?:,\s*dependencies:\s*\[([^\]]*)\])?"#)
        var targets: [String: Set<String>] = [:]
        for match in text.matches(of: target) {
            guard let name = match.output[1].substring.map(String.init), name != "TestSupport" else { continue }
            let list = match.output[2].substring.map(String.init) ?? ""
            let names = list.matches(of: #/(package:\s*)?"([^"]+)"/#).filter { $0.output.1 == nil }.map {
                String($0.output.2)
            }
            targets[name] = Set(names)
        }
        return targets
    }

    /// Each row of the README's target table: the target and the imports it lists.
    static func readmeTargets() throws -> [String: Set<String>] {
        let text = try String(contentsOf: FixturePaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Architecture").dropFirst().first)
        var rows: [String: Set<String>] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let imports = cells[cells.count - 1] == "—" ? [] : cells[cells.count - 1].components(separatedBy: ", ")
            rows[name] = Set(imports)
        }
        return rows
    }

    @Test func theTargetTableIsThePackages() throws {
        let package = try Self.packageTargets()
        let readme = try Self.readmeTargets()
        #expect(package.count >= 9)
        for (name, dependencies) in package {
            #expect(
                readme[name] == dependencies,
                "\(name): Package.swift \(dependencies.sorted()), README \(readme[name]?.sorted() ?? [])")
        }
    }
}
