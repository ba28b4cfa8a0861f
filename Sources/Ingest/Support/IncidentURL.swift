import Foundation
import IncidentModel

/// Incident codes and hosts from URLs (`https://status.x.com/incidents/l4222m9bmd6k#` gives
/// `l4222m9bmd6k`).
enum IncidentURL {
    /// The last path segment after `/incidents/` or `/maintenances/` (or the last segment),
    /// without a query or fragment.
    static func code(_ url: String) -> String? {
        let fast = url.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            // Printable ASCII: every character is one byte, so bytes give what characters give.
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return .none }
            return .some(asciiCode(bytes))
        }
        if let fast, let answer = fast { return answer }
        return segmentCode(url)
    }

    /// `code` for any URL, through `String` path segments (the reading the byte path must equal).
    static func segmentCode(_ url: String) -> String? {
        var text = url
        if let cut = text.firstIndex(where: { $0 == "#" || $0 == "?" }) { text = String(text[..<cut]) }
        let segments = text.split(separator: "/").map(String.init)
        for (index, segment) in segments.enumerated()
        where (segment == "incidents" || segment == "maintenances") && index + 1 < segments.count {
            return segments[index + 1]
        }
        guard segments.count > 2, let last = segments.last, !last.contains(".") || last.hasSuffix(".json") else {
            return nil
        }
        return last.hasSuffix(".json") ? String(last.dropLast(5)) : last
    }

    /// `code` over a printable-ASCII URL's bytes, without a `String` per path segment.
    private static func asciiCode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let end = bytes.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? bytes.count
        var segments: [Range<Int>] = []
        var start = 0
        for index in 0...end where index == end || bytes[index] == UInt8(ascii: "/") {
            if index > start { segments.append(start..<index) }
            start = index + 1
        }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
            word.withUTF8Buffer { $0.elementsEqual(bytes[range]) }
        }
        for (index, segment) in segments.enumerated()
        where (equals(segment, "incidents") || equals(segment, "maintenances")) && index + 1 < segments.count {
            return text(segments[index + 1])
        }
        guard segments.count > 2, let last = segments.last else { return nil }
        let json = last.count >= 5 && equals(last.upperBound - 5..<last.upperBound, ".json")
        guard json || !bytes[last].contains(UInt8(ascii: ".")) else { return nil }
        return text(json ? last.lowerBound..<last.upperBound - 5 : last)
    }

    /// Whether the URL points at a scheduled maintenance (`/maintenances/<id>`).
    static func isMaintenance(_ url: String) -> Bool {
        let fast = url.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // Printable ASCII: a byte match is a character match.
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            let needle = Array("/maintenances/".utf8)
            guard bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { start in
                bytes[start] == needle[0] && needle.indices.allSatisfy { bytes[start + $0] == needle[$0] }
            }
        }
        if let fast, let answer = fast { return answer }
        return url.contains("/maintenances/")
    }

    /// The host without `www.` and without a leading `status.`, as a vendor fallback.
    static func vendor(fromHost url: String) -> String? {
        guard let host = URL(string: url.trimmingWhitespace())?.host, !host.isEmpty else {
            return nil
        }
        var name = host
        for prefix in ["www.", "status."] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        return name
    }

    /// The vendor from a page or feed title (`GitHub Status - Incident History`, `Box Status`).
    static func vendor(fromTitle title: String) -> String? {
        var name = title.trimmingWhitespaceAndNewlines()
        for suffix in [" - Incident History", " Incident History", " Status History"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        for suffix in [" Status Page", " Status", " status"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        name = name.trimmingWhitespace()
        return name.isEmpty ? nil : name
    }

    /// A stand-in id from a file path when the text carries no URL (`a/b/x.excerpt.txt` gives
    /// `x.excerpt`); standard input gives `stdin`.
    static func fallbackID(file: String) -> String {
        if file == "-" { return "stdin" }
        let name = (file as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}
