import Foundation

/// A status page's documents by request target, served as a status page serves them: each with a
/// strong `ETag` and a `Last-Modified`, `304 Not Modified` to a request that carries the current
/// validator, `404` for anything else.
struct StaticSite: Sendable {
    /// One document.
    struct Document: Sendable {
        var body: Data
        var contentType: String
        var etag: String
    }

    /// The documents by target (`/api/v2/incidents.json`, `/history?page=2`).
    var documents: [String: Document] = [:]
    /// The `Last-Modified` sent with every document.
    var lastModified = "Mon, 07 Dec 2026 08:00:00 GMT"
    /// Whether documents carry an `ETag` (else only `Last-Modified`, as a plain file server sends).
    var etags = true

    /// Adds a document.
    mutating func add(_ target: String, _ body: Data, type: String) {
        documents[target] = Document(body: body, contentType: type, etag: "\"\(Self.tag(body))\"")
    }

    /// The reply to `request`.
    func reply(_ request: LoopbackServer.Request) -> LoopbackServer.Reply {
        guard let document = documents[request.target] else {
            return .respond(status: 404, headers: ["Content-Type": "text/plain"], body: Data("not found".utf8))
        }
        var headers = ["Last-Modified": lastModified]
        if etags { headers["ETag"] = document.etag }
        let matches =
            etags
            ? request.headers["if-none-match"] == document.etag
            : request.headers["if-modified-since"] == lastModified
        if matches { return .respond(status: 304, headers: headers, body: Data()) }
        var all = headers
        all["Content-Type"] = document.contentType
        return .respond(status: 200, headers: all, body: document.body)
    }

    /// A short hex tag of the bytes (FNV-1a, 64 bits).
    static func tag(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
