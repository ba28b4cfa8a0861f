import Crypto
import Foundation
import Pipeline

/// A source document ready to archive: its bytes, their checksum, and what its reader gave.
public struct ArchivedDocument: Sendable {
    /// The bytes as read.
    public var content: Data
    /// SHA-256 of the bytes, lowercase hex: a path's bytes are archived once however often they are
    /// imported, and bytes found at several paths are stored once.
    public var checksum: String
    /// The path, format and unmerged incidents the reader gave.
    public var read: IncidentLoader.ReadDocument

    /// A document read from `content`.
    public init(content: Data, read: IncidentLoader.ReadDocument) {
        self.content = content
        self.checksum = Self.checksum(content)
        self.read = read
    }

    /// SHA-256 of `bytes` as 64 lowercase hex digits (swift-crypto's hash).
    public static func checksum(_ bytes: Data) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
