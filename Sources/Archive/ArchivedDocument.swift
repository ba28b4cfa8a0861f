import Crypto
import Foundation
import IncidentModel
import Pipeline
import Utilities

/// A source document ready to archive: its bytes, their checksum, and what its reader gave.
public struct ArchivedDocument: Sendable {
    /// The bytes as read.
    public var content: Data
    /// SHA-256 of the bytes, lowercase hex: a path's bytes are archived once however often they are
    /// imported, and bytes found at several paths are stored once.
    public var checksum: String
    /// The path, format and unmerged incidents the reader gave.
    public var read: IncidentLoader.ReadDocument {
        didSet { accounts = nil }
    }
    /// The incidents encoded as the archive stores them, made where the document is made (on the
    /// reading threads) so that storing it is only the database's work; `nil` when not made yet.
    var accounts: [ArchivedAccount]?

    /// A document read from `content`.
    public init(content: Data, read: IncidentLoader.ReadDocument) {
        self.content = content
        self.checksum = Self.checksum(content)
        self.read = read
        self.accounts = try? Self.encode(read.incidents)
    }

    /// The incidents encoded (made now when they were not).
    func encodedAccounts() throws -> [ArchivedAccount] {
        try accounts ?? Self.encode(read.incidents)
    }

    /// Encodes `incidents`, on every core when there are many (a feed of 10,000 incidents took two
    /// seconds on one).
    static func encode(_ incidents: [Incident]) throws -> [ArchivedAccount] {
        guard incidents.count >= 64 else { return try incidents.map(ArchivedAccount.init) }
        return try Parallel.map(incidents.count) { index in Result { try ArchivedAccount(incidents[index]) } }
            .map { try $0.get() }
    }

    /// SHA-256 of `bytes` as 64 lowercase hex digits (swift-crypto's hash).
    public static func checksum(_ bytes: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
