import Foundation
import IncidentModel
import Ingest

/// Reads one collected input (a file, or standard input already read) and hands its incidents over
/// one by one; the one place the pipeline opens an input.
enum InputReading {
    /// Reads `input`, calling `each` per incident; the result carries the failure and the format.
    ///
    /// Incidents handed over from an input that then fails must be discarded by the caller.
    /// Standard input over `limit` bytes (`StandardInput.read(limit:)`) fails unread.
    static func read(
        _ input: InputCollector.Input, standardInput: Data?, limit: Int, reader: IncidentReader,
        each: (Incident) -> Void
    ) -> ReadResult {
        switch input {
        case .standardInput:
            let data = standardInput ?? Data()
            if let failure = StandardInput.failure(data, limit: limit) { return ReadResult(failure: failure) }
            return reader.read(data, file: "-", each: each)
        case .file(let path): return reader.read(contentsOf: path, each: each)
        }
    }

    /// The file name an input is known by in messages and places.
    static func name(_ input: InputCollector.Input) -> String {
        switch input {
        case .standardInput: return "-"
        case .file(let path): return path
        }
    }
}
