import Foundation
import IncidentModel
import Testing

@testable import Ingest

/// The byte scanners of the feed reader against the `String` readings they replaced, on random
/// mixes of tricky pieces (whitespace kinds, wide spaces, combining marks, invalid UTF-8).
@Suite struct FeedByteScannerTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Mixer {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let pieces: [[UInt8]] =
        [
            "a", "Zz", "é", " ", "  ", "\t", "\n", "\n\n", "\r", "\u{0C}", "\u{A0}", "\u{3000}", "\u{2009}",
            "\u{200B}", "\u{1680}", "\u{202F}", "\u{205F}", "\u{2028}", "-", "- ", "\u{301}", "**", "__", "`", "[",
            "](", ")", "#", "*", "_", "x.y",
        ].map { Array($0.utf8) } + [[0xC3], [0xFF], [0xC2], [0xE2, 0x80]]

    static func samples(_ count: Int, seed: UInt64) -> [[UInt8]] {
        var mixer = Mixer(state: seed)
        return (0..<count).map { _ in
            (0..<mixer.next(12)).flatMap { _ in pieces[mixer.next(pieces.count)] }
        }
    }

    @Test func collapseMatchesMarkupTextBuffer() {
        for bytes in Self.samples(4000, seed: 1) {
            var buffer = MarkupTextBuffer()
            buffer.append(bytes)
            #expect(FeedBodyText.collapsed(bytes[...]) == MarkupTextBuffer.collapse(bytes[...]), "\(bytes)")
            #expect(FeedBodyText.collapsedLines(bytes) == buffer.collapsedLines(), "\(bytes)")
            var old = buffer.collapsedLines()
            if old.hasPrefix("-") { old = String(old.dropFirst()).trimmingWhitespace() }
            #expect(FeedBodyText.updateBody(bytes) == old, "\(bytes)")
        }
    }

    @Test func trimmingMatchesTrimmingWhitespace() {
        for bytes in Self.samples(4000, seed: 2) {
            let text = String(decoding: bytes, as: UTF8.self)
            let utf8 = Array(text.utf8)
            #expect(String(decoding: FeedBodyText.trimmed(utf8[...]), as: UTF8.self) == text.trimmingWhitespace())
        }
    }

    /// The nesting depth as it was computed before: a `String` per tag name.
    static func oldDepth(_ bytes: [UInt8]) -> Int {
        let void: Set<String> = [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr",
        ]
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) }
        var depth = 0
        var deepest = 0
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 60, i + 1 < bytes.count else {
                i += 1
                continue
            }
            if bytes[i + 1] == 47 {
                depth = max(0, depth - 1)
                i += 2
                continue
            }
            guard isLetter(bytes[i + 1]) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < bytes.count, isLetter(bytes[end]) || (bytes[end] >= 48 && bytes[end] <= 57) { end += 1 }
            let name = String(decoding: bytes[(i + 1)..<end], as: UTF8.self).lowercased()
            var close = end
            while close < bytes.count, bytes[close] != 62 { close += 1 }
            let selfClosed = close > 0 && close < bytes.count && bytes[close - 1] == 47
            if !void.contains(name), !selfClosed {
                depth += 1
                deepest = max(deepest, depth)
            }
            i = close
        }
        return deepest
    }

    @Test func nestingDepthMatchesTheStringReading() {
        let tags = [
            "<p>", "</p>", "<BR>", "<br/>", "<Img src=x>", "<wbr>", "<source>", "<sources>", "<h1>", "<",
            "</", "<1>", "<div/>", "text", ">", "<LINK>", "<linked>",
        ]
        var mixer = Mixer(state: 3)
        for _ in 0..<3000 {
            let bytes = Array((0..<mixer.next(20)).map { _ in tags[mixer.next(tags.count)] }.joined().utf8)
            #expect(HTMLNesting.depth(bytes) == Self.oldDepth(bytes), "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    /// The incident code as it was read before: `String` segments.
    static func oldCode(_ url: String) -> String? { IncidentURL.segmentCode(url) }

    @Test func incidentCodeMatchesTheStringReading() {
        let parts = [
            "https:", "/", "//", "status.acme.test", "incidents", "maintenances", "abc123", "x.json", ".json",
            "a.b", "#", "?q=1", "é", "\r\n", "#\u{301}", "json", " ", "",
        ]
        var mixer = Mixer(state: 4)
        for _ in 0..<4000 {
            let url = (0..<mixer.next(9)).map { _ in parts[mixer.next(parts.count)] }.joined()
            #expect(IncidentURL.code(url) == Self.oldCode(url), "\(url)")
        }
    }

    @Test func statusLabelsMatchStatusLabelReading() {
        let labels = [
            "Investigating", "Identified", "Update", "Monitoring", "Resolved", "Postmortem", "Scheduled",
            "In progress", "Verifying", "Completed", "RESOLVED", "in_progress", "Post-mortem", "Watching", "", "Fixed",
        ]
        for label in labels { #expect(StatusLabel.status(label) == Status(label: label), "\(label)") }
    }

    /// `PostmortemOutline.plain` before its no-markup shortcut.
    static func oldPlain(_ text: String) -> String { PostmortemOutline.strippingInlineMarkup(text) }

    @Test func plainMatchesTheReplacingReading() {
        for bytes in Self.samples(3000, seed: 5) {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(PostmortemOutline.plain(text) == Self.oldPlain(text), "\(bytes)")
        }
    }

    /// `MachineTime.rfc822` before its ASCII scanner: `String` parts.
    static func oldRFC822(_ text: String) -> Date? {
        var parts = text.split(separator: " ").map(String.init)
        if let first = parts.first, first.hasSuffix(",") { parts.removeFirst() }
        guard parts.count >= 4, let day = Int(parts[0]), let month = MachineTime.monthNumber(parts[1]),
            var year = Int(parts[2])
        else { return nil }
        if parts[2].utf8.count <= 2 { year += year < 50 ? 2000 : 1900 }
        let clock = parts[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2 else { return nil }
        let zone = parts.count >= 5 ? parts[4] : "GMT"
        let offsets = [
            "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000,
            "MST": -25200, "MDT": -21600, "PST": -28800, "PDT": -25200,
        ]
        var offset = offsets[zone.uppercased()]
        if offset == nil {
            let bytes = Array(zone.utf8)
            guard bytes.count == 5, bytes[0] == 43 || bytes[0] == 45, let hhmm = Int(zone.dropFirst()) else {
                return nil
            }
            offset = (bytes[0] == 45 ? -1 : 1) * ((hhmm / 100) * 3600 + (hhmm % 100) * 60)
        }
        return MachineTime.instant(
            year: year, month: month, day: day, hour: clock[0], minute: clock[1],
            second: clock.count > 2 ? clock[2] : 0, fraction: 0, offset: offset!)
    }

    @Test func rfc822MatchesTheStringReading() {
        let tokens = [
            "Wed,", "Wed", ",", "01", "1", "+5", "-3", "31", "29", "Jan", "FEB", "february", "Ja", "Dec", "2025", "99",
            "49", "0000", "10:00:00", "10:00", "23:59:60", "10:xx:30", "::", "+0000", "-0830", "+-123", "gmt", "EST",
            "pdt", "Z", "UTC", "+05:30", "é", "\u{301}", "",
        ]
        let separators = [" ", "  ", " ", " "]
        var mixer = Mixer(state: 6)
        for _ in 0..<6000 {
            let text = (0..<mixer.next(8)).map { _ in tokens[mixer.next(tokens.count)] + separators[mixer.next(4)] }
                .joined()
            #expect(MachineTime.rfc822(text) == Self.oldRFC822(text), "\(text)")
        }
        #expect(MachineTime.rfc822("Wed, 01 Jan 2025 10:00:00 +0000") != nil)
    }

    @Test func maintenanceLinksAndLinesMatchTheStringReadings() {
        let urls = [
            "https://x.test/maintenances/abc", "https://x.test/incidents/abc", "/maintenances/", "/maintenances",
            "é/maintenances/x", "https://x.test/maintenances/\u{301}",
        ]
        for url in urls { #expect(IncidentURL.isMaintenance(url) == url.contains("/maintenances/"), "\(url)") }
        for bytes in Self.samples(2000, seed: 7) {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(TimelineAssembler.lines(text) == text.split(separator: "\n"), "\(bytes)")
        }
    }
}
