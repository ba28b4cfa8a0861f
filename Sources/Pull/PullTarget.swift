import Foundation

/// A status page to pull: its base URL (or one document's URL) and, optionally, the vendor's name
/// for messages.
public struct PullTarget: Sendable, Equatable {
    /// The URL as given.
    public var url: URL
    /// The vendor's name, when configured.
    public var vendor: String?

    /// A target.
    public init(url: URL, vendor: String? = nil) {
        self.url = url
        self.vendor = vendor
    }

    /// A target from text: an absolute `http` or `https` URL with a host, else why not.
    public static func parse(_ text: String, vendor: String? = nil) -> Result<PullTarget, PullTargetError> {
        guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)), let scheme = url.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = url.host, !host.isEmpty
        else {
            return .failure(PullTargetError(text: text))
        }
        return .success(PullTarget(url: url, vendor: vendor))
    }

    /// Whether the URL names one document (`….json`, `….atom`, `….rss`, `….xml`) rather than a status
    /// page to discover.
    public var isDocument: Bool {
        ["json", "atom", "rss", "xml"].contains(url.pathExtension.lowercased())
    }

    /// The base URL without a trailing slash, query or fragment: `https://www.githubstatus.com`.
    public var base: String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.query = nil
        components?.fragment = nil
        var text = components?.string ?? url.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// The name in messages: the vendor when configured, else the URL.
    public var label: String { vendor.map { "\($0) (\(url.absoluteString))" } ?? url.absoluteString }
}
