import Dispatch
import Foundation
import IncidentModel
import Ingest

/// `FeedReadTimer [--stream] FILE...`: only the read stage, single-threaded, for profiles and peak
/// memory. `--stream` reads through `read(contentsOf:each:)` and keeps only counts, so its peak RSS
/// shows whether reading holds the file or the incidents; without it, each file is loaded whole
/// and read with `read(_:file:)`, as StageTimer does.
@main
struct FeedReadTimer {
    static func main() {
        var paths = Array(CommandLine.arguments.dropFirst())
        let stream = paths.first == "--stream"
        if stream { paths.removeFirst() }
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: FeedReadTimer [--stream] FILE...\n".utf8))
            exit(2)
        }
        var incidents = 0
        var updates = 0
        var failures = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for path in paths {
            if stream {
                let result = IncidentReader().read(contentsOf: path) { incident in
                    incidents += 1
                    updates += incident.updates.count
                }
                if result.failure != nil { failures += 1 }
            } else {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let result = IncidentReader().read(data, file: path)
                incidents += result.incidents.count
                updates += result.incidents.map(\.updates.count).reduce(0, +)
                if result.failure != nil { failures += 1 }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            "{\"stage\": \"read\", \"mode\": \"\(stream ? "stream" : "whole")\", \"seconds\": "
                + "\(String(format: "%.3f", seconds)), \"incidents\": \(incidents), \"updates\": \(updates), "
                + "\"failures\": \(failures)}")
    }
}
