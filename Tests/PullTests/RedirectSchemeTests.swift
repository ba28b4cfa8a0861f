import Foundation
import Testing

@testable import Pull

/// A redirect never leaves TLS: `https` to `http` (or any other scheme) is refused, anything else
/// is followed up to the redirect bound.
@Suite struct RedirectSchemeTests {
    @Test(arguments: [
        ("https://status.example.com/a", "http://status.example.com/a", true),
        ("HTTPS://status.example.com/a", "ftp://status.example.com/a", true),
        ("https://status.example.com/a", "https://other.example.com/b", false),
        ("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/b", false),
        ("http://status.example.com/a", "https://status.example.com/a", false),
    ])
    func aDowngradeIsRefused(from: String, to: String, refused: Bool) {
        #expect(FetchDelegate.dropsTLS(from: URL(string: from), to: URL(string: to)) == refused)
    }
}
