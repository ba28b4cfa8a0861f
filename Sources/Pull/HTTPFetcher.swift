import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// GETs one URL at a time through Foundation's `URLSession` (libcurl on Linux, which the toolchain
/// already needs: no HTTP package to build), with the policy's timeouts, redirect bound and size
/// limit, no cache, no cookies, and TLS verified as the system verifies it (there is no switch to
/// turn that off).
///
/// `URLSession` bounds the wait for the connection and for each piece of the response together
/// (`timeoutIntervalForRequest`, the policy's read timeout) and the whole response
/// (`timeoutIntervalForResource`); it has no separate connect timeout.
public final class HTTPFetcher: Sendable {
    private let session: URLSession
    private let delegate: FetchDelegate
    /// The `User-Agent` sent with every request.
    public let userAgent: String

    /// A fetcher with `policy`'s limits, naming itself `userAgent`.
    public init(policy: PullPolicy, userAgent: String) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.readTimeout
        configuration.timeoutIntervalForResource = policy.totalTimeout
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpMaximumConnectionsPerHost = 1
        delegate = FetchDelegate(maxRedirects: policy.maxRedirects, maxBodySize: policy.maxBodySize)
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        self.userAgent = userAgent
    }

    deinit { session.invalidateAndCancel() }

    /// GETs `url` with `headers` added (conditional validators), waiting for the whole response.
    public func get(_ url: URL, headers: [String: String] = [:]) -> FetchOutcome {
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let task = session.dataTask(with: request)
        let done = delegate.begin(task.taskIdentifier)
        task.resume()
        done.wait()
        return delegate.finish(task.taskIdentifier, url: url)
    }
}

/// The session's delegate: collects each task's body, counts its redirects and stops it at the size
/// limit; the task's caller waits on its semaphore.
final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct State {
        var body = Data()
        var response: HTTPURLResponse?
        var redirects = 0
        var failure: FetchFailure?
        var error: (any Error)?
        let done = DispatchSemaphore(value: 0)
    }

    private let lock = NSLock()
    private var states: [Int: State] = [:]
    private let maxRedirects: Int
    private let maxBodySize: Int

    init(maxRedirects: Int, maxBodySize: Int) {
        self.maxRedirects = maxRedirects
        self.maxBodySize = maxBodySize
    }

    /// Starts tracking a task; the semaphore is signalled when it completes.
    func begin(_ id: Int) -> DispatchSemaphore {
        lock.withLock {
            let state = State()
            states[id] = state
            return state.done
        }
    }

    /// The outcome of a completed task, forgetting it.
    func finish(_ id: Int, url: URL) -> FetchOutcome {
        guard let state = lock.withLock({ states.removeValue(forKey: id) }) else {
            return .failure(FetchFailure(.unreachable, "the request was lost"))
        }
        if let failure = state.failure { return .failure(failure) }
        if let error = state.error { return .failure(Self.failure(for: error)) }
        guard let response = state.response else {
            return .failure(FetchFailure(.unreachable, "no HTTP response"))
        }
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return .response(
            FetchResponse(
                url: response.url?.absoluteString ?? url.absoluteString, status: response.statusCode,
                headers: headers, body: state.body))
    }

    private func update(_ id: Int, _ change: (inout State) -> Void) {
        lock.withLock {
            if var state = states[id] {
                change(&state)
                states[id] = state
            }
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let limit = maxBodySize
        var tooLarge = false
        update(dataTask.taskIdentifier) { state in
            state.response = response as? HTTPURLResponse
            state.body = Data()
            if response.expectedContentLength > Int64(limit) {
                state.failure = FetchFailure(
                    .tooLarge,
                    "the response announces \(response.expectedContentLength) bytes, over the limit of \(limit)")
                tooLarge = true
            }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let limit = maxBodySize
        var tooLarge = false
        update(dataTask.taskIdentifier) { state in
            state.body.append(data)
            if state.body.count > limit, state.failure == nil {
                state.failure = FetchFailure(.tooLarge, "the body is over the limit of \(limit) bytes")
                tooLarge = true
            }
        }
        if tooLarge { dataTask.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let limit = maxRedirects
        var follow = true
        let downgrade = Self.dropsTLS(from: response.url ?? task.originalRequest?.url, to: request.url)
        update(task.taskIdentifier) { state in
            state.redirects += 1
            if downgrade {
                state.failure = FetchFailure(
                    .insecureRedirect,
                    "a redirect from https to \(request.url?.absoluteString ?? "?") (refused: it would drop TLS)")
                follow = false
            } else if state.redirects > limit {
                state.failure = FetchFailure(
                    .tooManyRedirects,
                    "more than \(limit) redirect\(limit == 1 ? "" : "s") (the last to \(request.url?.absoluteString ?? "?"))"
                )
                follow = false
            }
        }
        completionHandler(follow ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let id = task.taskIdentifier
        let done: DispatchSemaphore? = lock.withLock {
            states[id]?.error = error
            return states[id]?.done
        }
        done?.signal()
    }

    /// Whether a redirect from `from` to `to` leaves `https` for another scheme.
    static func dropsTLS(from: URL?, to: URL?) -> Bool {
        from?.scheme?.lowercased() == "https" && to?.scheme?.lowercased() != "https"
    }

    /// The failure for a transport error.
    static func failure(for error: any Error) -> FetchFailure {
        guard let error = error as? URLError else {
            return FetchFailure(.unreachable, "\(error.localizedDescription)")
        }
        switch error.code {
        case .timedOut:
            return FetchFailure(.timedOut, "no response within the timeout")
        case .networkConnectionLost, .cannotParseResponse, .badServerResponse, .zeroByteResource,
            .cannotDecodeContentData, .cannotDecodeRawData, .unknown:
            // libcurl's "transfer closed with N bytes remaining" (a cut body) arrives as `.unknown`.
            return FetchFailure(
                .connectionLost,
                "the connection closed before the response was whole (\(error.localizedDescription))")
        case .httpTooManyRedirects, .redirectToNonExistentLocation:
            return FetchFailure(.tooManyRedirects, "too many redirects")
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
            .serverCertificateHasUnknownRoot, .secureConnectionFailed, .clientCertificateRejected:
            return FetchFailure(.unreachable, "the TLS certificate was not trusted (\(error.code.rawValue))")
        default:
            return FetchFailure(.unreachable, "\(error.localizedDescription) (\(error.code.rawValue))")
        }
    }
}
