import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 (a port the system picks) that the tests start: each
/// request is logged with its arrival time and answered by the handler, which can also misbehave on
/// the wire (cut a body, stall mid-body, reset the connection).
///
/// Hand-written on POSIX sockets rather than FlyingFox or Hummingbird because the faults are
/// byte-level: a `Content-Length` the body does not reach, a stall between two writes and an
/// abortive close are what a framework is built to prevent, and they are the point of these tests.
final class LoopbackServer: @unchecked Sendable {
    /// One request as it arrived.
    struct Request: Sendable {
        /// The request target: path and query.
        var target: String
        /// The headers, by lowercased name.
        var headers: [String: String]
        /// Seconds on the monotonic clock when the request was read.
        var arrival: Double
        /// Whether it carried `If-None-Match` or `If-Modified-Since`.
        var isConditional: Bool { headers["if-none-match"] != nil || headers["if-modified-since"] != nil }
        /// The path without the query.
        var path: String { String(target.prefix { $0 != "?" }) }
    }

    /// How to answer.
    enum Reply: Sendable {
        /// A whole response.
        case respond(status: Int, headers: [String: String], body: Data)
        /// The status line, the headers (with the whole body's length) and only `sent` bytes, then close.
        case cut(status: Int, headers: [String: String], body: Data, sent: Int)
        /// The first `sent` bytes, a pause of `pause` seconds, then the rest.
        case stall(status: Int, headers: [String: String], body: Data, sent: Int, pause: Double)
        /// Close the connection without answering.
        case reset
    }

    /// Answers a request; `seen` counts the earlier requests with the same target.
    typealias Handler = @Sendable (_ request: Request, _ seen: Int) -> Reply

    private let listener: Int32
    /// The port listened on.
    let port: UInt16
    private let handler: Handler
    private let lock = NSLock()
    private var requests: [Request] = []

    /// The base URL: `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }

    /// Starts listening on 127.0.0.1.
    init(handler: @escaping Handler) throws {
        self.handler = handler
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw ServerError(reason: "socket() failed") }
        var one: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            close(listener)
            throw ServerError(reason: "cannot listen on 127.0.0.1")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Stops accepting.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// Every request so far, in arrival order.
    var log: [Request] { lock.withLock { requests } }

    /// Forgets the log.
    func clearLog() { lock.withLock { requests.removeAll() } }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let (target, headers) = Self.readHead(connection) else { return }
        let request = Request(target: target, headers: headers, arrival: ProcessInfo.processInfo.systemUptime)
        let seen = lock.withLock {
            let count = requests.count { $0.target == target }
            requests.append(request)
            return count
        }
        switch handler(request, seen) {
        case .respond(let status, let headers, let body):
            write(connection, Self.head(status, headers, length: body.count) + body)
        case .cut(let status, let headers, let body, let sent):
            write(connection, Self.head(status, headers, length: body.count) + body.prefix(sent))
        case .stall(let status, let headers, let body, let sent, let pause):
            write(connection, Self.head(status, headers, length: body.count) + body.prefix(sent))
            Thread.sleep(forTimeInterval: pause)
            write(connection, Data(body.dropFirst(sent)))
        case .reset:
            var linger = linger(l_onoff: 1, l_linger: 0)
            setsockopt(connection, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
        }
        shutdown(connection, Int32(SHUT_WR))
    }

    private func write(_ connection: Int32, _ data: Data) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(connection, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return }
                offset += sent
            }
        }
    }

    /// The request line's target and the headers, or `nil` when the connection closed first.
    private static func readHead(_ connection: Int32) -> (String, [String: String])? {
        var bytes = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Data("\r\n\r\n".utf8)
        while bytes.range(of: end) == nil {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > 65_536 { return nil }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return (String(requestLine[1]), headers)
    }

    private static func head(_ status: Int, _ headers: [String: String], length: Int) -> Data {
        var text = "HTTP/1.1 \(status) \(reason(status))\r\n"
        var all = headers
        all["Content-Length"] = all["Content-Length"] ?? String(length)
        all["Connection"] = "close"
        for (name, value) in all.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        return Data((text + "\r\n").utf8)
    }

    private static func reason(_ status: Int) -> String {
        [
            200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found",
            429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable",
        ][status] ?? "Status"
    }

    /// Why the server could not start.
    struct ServerError: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}
