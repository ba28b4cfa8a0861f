import Archive
import ArchiveTestSupport
import Foundation
import Pipeline
import TestSupport
import Testing

/// What `postmortem pull` keeps of each fetch (schema v2), on both engines.
@Suite struct ArchiveFetchTests {
    @Test(arguments: ArchiveEngineKind.allCases)
    func aFetchIsRecordedWithItsValidatorsAndTheSameFetchAgainRecordsNothing(_ engine: ArchiveEngineKind) throws {
        let archive = try engine.archive()
        defer { archive.remove() }
        let opened = try IncidentArchive(location: archive.location)
        let url = "https://status.example.com/history.atom"
        let bytes = try Data(contentsOf: FixturePaths.fixture("statuspage-json/incidents.json"))
        let document = ArchivedDocument(
            content: bytes, read: IncidentLoader.ReadDocument(file: url, format: nil, incidents: []))
        #expect(try opened.store(document))
        let at = Date(timeIntervalSince1970: 1_736_527_025)
        let fetch = FetchRecord(
            url: url, fetchedAt: at, status: 200, etag: "\"v1\"", lastModified: nil, checksum: document.checksum)
        #expect(try opened.record(fetch))
        #expect(try !opened.record(fetch), "the same body and validators record nothing")
        #expect(try opened.validators(for: url) == fetch)
        #expect(try opened.validators(for: url + "?other") == nil)
        #expect(try opened.lastBody(for: url) == bytes)
        var changed = fetch
        changed.etag = "\"v2\""
        changed.fetchedAt = at.addingTimeInterval(60)
        #expect(try opened.record(changed))
        #expect(try opened.fetches() == [fetch, changed])
        #expect(try opened.validators(for: url)?.etag == "\"v2\"")
    }
}
