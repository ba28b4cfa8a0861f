import Foundation
import IncidentModel

/// Reads a large Statuspage API export (`{page, incidents}`) one incident object at a time, so
/// memory holds one incident's JSON, not the document's tree (a million incidents took 4.5 GB).
///
/// A first walk finds the root object's members (where each starts and ends, nothing kept), a
/// second parses `page`, then each element of `incidents` and `scheduled_maintenances` alone with
/// `JSONSerialization`, in the order the whole-document reader gives them. Any other shape, or
/// anything the walk cannot vouch for (a repeated or escaped key, deep nesting, an element that is
/// not an object), is left to the whole-document reader: `read` gives `nil` and has handed out
/// nothing. A document broken inside an element fails with the whole-document reader's message.
struct StatuspageJSONStream {
    let descriptor: Int32
    let file: String

    /// What one streamed read held at most at once, for tests that prove memory stays bounded.
    struct HighWater {
        /// Incidents built and not yet handed over.
        var incidents = 0
        /// Bytes of one element's JSON held to parse it.
        var elementBytes = 0
        /// Elements parsed in all.
        var elements = 0
    }

    private struct Member {
        var key: String
        var value: JSONValueScanner.Value
    }

    /// Reads the document, handing each incident to `body`; `nil` when it is not streamed.
    func read(each body: (Incident) -> Void) -> ReadResult? {
        var highWater = HighWater()
        return read(each: body, highWater: &highWater)
    }

    /// Reads as `read(each:)` does, noting in `highWater` what was held at most at once.
    func read(each body: (Incident) -> Void, highWater: inout HighWater) -> ReadResult? {
        guard let members = rootMembers(), Set(members.map(\.key)).count == members.count else { return nil }
        let byKey = Dictionary(uniqueKeysWithValues: members.map { ($0.key, $0.value) })
        let lists = ["incidents", "scheduled_maintenances"]
        guard byKey["archive"] == nil, byKey["current"] == nil, byKey["incident"] == nil,
            byKey["incidents"] != nil,
            lists.allSatisfy({ key in byKey[key].map { $0.first == 0x5B && $0.elementsAreObjects } ?? true }),
            let pageValue = byKey["page"], pageValue.first == 0x7B,
            let page = parse(pageValue.range) as? [String: Any]
        else { return nil }
        // The members not streamed are parsed too, so a broken one fails as the whole document would.
        for member in members where !lists.contains(member.key) && member.key != "page" {
            guard parse(member.value.range) != nil else { return wholeDocumentFailure() }
        }
        let reader = StatuspageJSONReader(
            file: file, page: page, isIncidentIO: (page["id"] as? String)?.count == 26)
        for key in lists {
            guard let list = byKey[key] else { continue }
            var held = 0
            var mostHeld = highWater.incidents
            let delivered = elements(of: list.range, highWater: &highWater) { index, object in
                let incident = reader.incident(object, element: "\(key)[\(index)]", maintenance: key != "incidents")
                held += 1
                mostHeld = max(mostHeld, held)
                body(incident)
                held -= 1
            }
            highWater.incidents = mostHeld
            guard delivered else { return wholeDocumentFailure() }
        }
        return ReadResult(format: reader.format)
    }

    /// The root object's members, `nil` when the file is not one object of plain ASCII keys.
    private func rootMembers() -> [Member]? {
        var source = JSONByteSource(descriptor: descriptor, offset: 0)
        guard source.peekAfterSpace() == 0x7B, source.next() == 0x7B else { return nil }
        var members: [Member] = []
        if source.peekAfterSpace() == 0x7D {
            _ = source.next()
        } else {
            while true {
                var key: [UInt8] = []
                guard source.peekAfterSpace() == 0x22,
                    let keyValue = JSONValueScanner.value(&source, collect: { key.append($0) }),
                    keyValue.first == 0x22, key.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x5C }),
                    source.peekAfterSpace() == 0x3A, source.next() == 0x3A,
                    let value = JSONValueScanner.value(&source)
                else { return nil }
                members.append(Member(key: String(decoding: key.dropFirst().dropLast(), as: UTF8.self), value: value))
                guard let separator = source.peekAfterSpace() else { return nil }
                _ = source.next()
                if separator == 0x7D { break }
                guard separator == 0x2C else { return nil }
            }
        }
        return source.peekAfterSpace() == nil && !source.failed ? members : nil
    }

    /// Parses each element of the array at `range` and hands it over with its index; `false` when
    /// an element does not parse as an object or the array is not well formed.
    private func elements(
        of range: Range<Int>, highWater: inout HighWater, _ body: (Int, [String: Any]) -> Void
    ) -> Bool {
        var source = JSONByteSource(descriptor: descriptor, offset: range.lowerBound)
        guard source.next() == 0x5B else { return false }
        if source.peekAfterSpace() == 0x5D { return true }
        var index = 0
        while true {
            var bytes: [UInt8] = []
            guard JSONValueScanner.value(&source, collect: { bytes.append($0) }) != nil,
                let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
            else { return false }
            highWater.elementBytes = max(highWater.elementBytes, bytes.count)
            highWater.elements += 1
            body(index, object)
            index += 1
            guard let separator = source.peekAfterSpace() else { return false }
            _ = source.next()
            if separator == 0x5D { return true }
            guard separator == 0x2C else { return false }
        }
    }

    private func parse(_ range: Range<Int>) -> Any? {
        var source = JSONByteSource(descriptor: descriptor, offset: range.lowerBound)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        while source.offset < range.upperBound, let byte = source.next() { bytes.append(byte) }
        return try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// The whole-document reader's failure for this file (it reads the file again).
    private func wholeDocumentFailure() -> ReadResult {
        guard lseek(descriptor, 0, SEEK_SET) == 0, let data = InputFile.read(descriptor, upTo: nil) else {
            return IncidentReader.unreadable(file)
        }
        let whole = JSONIncidentReader(file: file).read(data)
        return ReadResult(
            failure: whole.failure
                ?? ReadFailure(
                    file: file, reason: "the file changed while it was read", expected: JSONIncidentReader.expected),
            format: whole.format)
    }
}
