import CLibXML2

/// Streams an RSS or Atom feed with libxml2's `xmlTextReader`: memory does not grow with the feed
/// (a file is read in chunks through `FeedSource.descriptor`).
///
/// The channel's own fields arrive in `header` (filled as the stream goes; Statuspage feeds put
/// them before the first item), and each item or entry is handed to `body` as it closes.
/// Entity references are never expanded: no external entity is read and no entity bomb grows.
struct FeedStream {
    /// What the stream learnt about the feed as a whole.
    struct Outcome {
        /// The root element's local name (`rss`, `feed`, `RDF`).
        var root: String = ""
        /// The channel's (or feed's) direct child fields, other than items and entries.
        var header: [FeedEntry.Field] = []
        /// How many entries were delivered.
        var entries = 0
        /// The error that stopped the stream, when it did not end cleanly.
        var failure: MarkupParseError?

        /// The first header field with the local name.
        func field(_ name: String) -> FeedEntry.Field? { header.first { $0.name == name } }
    }

    /// Streams `bytes`, calling `body` once per entry with the header known so far.
    static func read(
        _ bytes: UnsafeRawBufferPointer, file: String, lineOffset: Int = 0,
        _ body: (FeedEntry, _ header: Outcome) -> Void
    ) -> Outcome {
        read(.memory(bytes), file: file, lineOffset: lineOffset, body)
    }

    /// Streams `source` (memory, or a file read in chunks), calling `body` once per entry with the
    /// header known so far.
    static func read(
        _ source: FeedSource, file: String, lineOffset: Int = 0,
        _ body: (FeedEntry, _ header: Outcome) -> Void
    ) -> Outcome {
        LibXMLRuntime.capturingErrors { log in
            var outcome = Outcome()
            if case .memory(let bytes) = source,
                bytes.baseAddress == nil || bytes.count == 0 || bytes.count >= Int(Int32.max)
            {
                outcome.failure = MarkupParseError(issue: nil, reason: "the document is empty")
                return outcome
            }
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue)
            let (made, release) = source.makeReader(options: options)
            defer { release() }
            guard let reader = made else {
                outcome.failure = MarkupParseError(issue: nil, reason: "libxml2 could not start reading")
                return outcome
            }
            defer { xmlFreeTextReader(reader) }
            var state = StreamState(lineOffset: lineOffset)
            var status: Int32 = 1
            while true {
                status = xmlTextReaderRead(reader)
                if status != 1 { break }
                state.handle(reader, outcome: &outcome, body)
            }
            if status < 0 || log.firstSerious != nil {
                var issue = log.firstSerious
                if issue == nil {
                    // The reader stopped without reporting why (input cut inside a tag): say where.
                    issue = MarkupIssue(
                        code: 0, level: 3, line: Int(xmlTextReaderGetParserLineNumber(reader)),
                        column: Int(xmlTextReaderGetParserColumnNumber(reader)),
                        message: "the XML ends early or is not well-formed")
                }
                if let reported = issue, reported.line < 1 {
                    // libxml2 reports some errors (an encoding it cannot convert) without a line:
                    // the reader's own position says where it stopped, and line 1 is the floor.
                    issue!.line = max(1, Int(xmlTextReaderGetParserLineNumber(reader)))
                    issue!.column = max(0, reported.column)
                }
                if lineOffset > 0, issue != nil { issue!.line += lineOffset }
                outcome.failure = MarkupParseError(issue: issue, reason: issue?.message ?? "the XML is not well-formed")
            }
            return outcome
        }
    }
}

/// The reader's position: which element is open and what is being gathered.
private struct StreamState {
    var lineOffset: Int
    var containerDepth: Int32 = -1
    var entry: FeedEntry?
    var entryDepth: Int32 = 0
    var field: FeedEntry.Field?
    var fieldDepth: Int32 = 0
    var headerField: FeedEntry.Field?

    mutating func handle(
        _ reader: xmlTextReaderPtr, outcome: inout FeedStream.Outcome,
        _ body: (FeedEntry, FeedStream.Outcome) -> Void
    ) {
        let type = xmlTextReaderNodeType(reader)
        let depth = xmlTextReaderDepth(reader)
        switch type {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            startElement(reader, depth: depth, outcome: &outcome)
            if xmlTextReaderIsEmptyElement(reader) == 1 {
                endElement(depth: depth, outcome: &outcome, body)
            }
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
            endElement(depth: depth, outcome: &outcome, body)
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
            Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
            guard field != nil || headerField != nil, let value = xmlTextReaderConstValue(reader) else { return }
            var index = 0
            while value[index] != 0 { index += 1 }
            let slice = UnsafeBufferPointer(start: value, count: index)
            if field != nil {
                field!.bytes.append(contentsOf: slice)
            } else {
                headerField!.bytes.append(contentsOf: slice)
            }
        default:
            break
        }
    }

    private mutating func startElement(_ reader: xmlTextReaderPtr, depth: Int32, outcome: inout FeedStream.Outcome) {
        let name = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
        if depth == 0 {
            outcome.root = name
            containerDepth = (name == "feed") ? 0 : -1
            return
        }
        if containerDepth < 0 {
            if depth == 1 && name == "channel" { containerDepth = 1 }
            if depth == 1 && name == "item" {  // RSS 1.0 (RDF) puts items beside the channel
                containerDepth = 0
            }
        }
        guard containerDepth >= 0 else { return }
        if entry == nil, depth == containerDepth + 1 {
            if name == "item" || name == "entry" {
                outcome.entries += 1
                entry = FeedEntry(
                    index: outcome.entries, element: name,
                    line: Int(xmlTextReaderGetParserLineNumber(reader)) + lineOffset,
                    fields: [])
                entryDepth = depth
            } else if headerField == nil {
                headerField = Self.newField(reader, name: name, lineOffset: lineOffset)
                fieldDepth = depth
            }
        } else if entry != nil, field == nil, depth == entryDepth + 1 {
            field = Self.newField(reader, name: name, lineOffset: lineOffset)
            fieldDepth = depth
        }
    }

    private mutating func endElement(
        depth: Int32, outcome: inout FeedStream.Outcome, _ body: (FeedEntry, FeedStream.Outcome) -> Void
    ) {
        if let done = field, depth == fieldDepth {
            entry?.fields.append(done)
            field = nil
        } else if let done = headerField, depth == fieldDepth, entry == nil {
            outcome.header.append(done)
            headerField = nil
        } else if let done = entry, depth == entryDepth {
            body(done, outcome)
            entry = nil
        }
    }

    private static func newField(_ reader: xmlTextReaderPtr, name: String, lineOffset: Int) -> FeedEntry.Field {
        let prefix = xmlTextReaderConstPrefix(reader).map { String(cString: $0) }
        var attributes: [String: String] = [:]
        if xmlTextReaderHasAttributes(reader) == 1 {
            while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                let key = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
                let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                attributes[key] = value
            }
            xmlTextReaderMoveToElement(reader)
        }
        return FeedEntry.Field(
            name: name, prefix: prefix, attributes: attributes, bytes: [],
            line: Int(xmlTextReaderGetParserLineNumber(reader)) + lineOffset)
    }
}
