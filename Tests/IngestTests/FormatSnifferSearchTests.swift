import Foundation
import Testing

@testable import Ingest

/// `FormatSniffer.contains` searches with memchr and memcmp; it must agree with `Data.range(of:)`.
@Suite struct FormatSnifferSearchTests {
    @Test func theByteSearchAgreesWithDataRangeOf() {
        let markers = [
            "data-react-class=\"HistoryIndex\"", "class=\"status-day", "update-row", "incident-name", "<h2", "a", "==",
        ]
        let pieces = [
            "<div class=\"", "update", "-row", "row", "incident-", "name", "<h", "2", "=", "\"", "data-react-class=",
            "HistoryIndex", "class=\"status-day", " ", "\n", "é", "x",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        for _ in 0..<2_000 {
            let text = (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
            let data = Data(text.utf8)
            let sniffer = FormatSniffer(data: data)
            for marker in markers {
                #expect(
                    sniffer.contains(marker) == (data.range(of: Data(marker.utf8)) != nil),
                    "\(marker.debugDescription) in \(text.debugDescription)")
            }
        }
        // At the very start and the very end, and a marker longer than the input.
        #expect(FormatSniffer(data: Data("update-row".utf8)).contains("update-row"))
        #expect(FormatSniffer(data: Data("xx<h2".utf8)).contains("<h2"))
        #expect(!FormatSniffer(data: Data("<h".utf8)).contains("<h2"))
        #expect(!FormatSniffer(data: Data()).contains("<h2"))
    }
}
