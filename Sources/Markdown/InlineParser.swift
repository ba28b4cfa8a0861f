/// CommonMark inline parsing (spec 6, appendix "Processing emphasis") reduced to what plain
/// text needs: pieces of text, the delimiters that are markup, and the link targets.
///
/// Delimiters and brackets live on stacks with per-kind lower bounds, and code-span closers are
/// found through an index of backtick runs, so every input is read in linear time.
struct InlineParser {
    let bytes: [UInt8]
    let references: [String: String]
    var steps = 0

    /// The output, piece by piece; matched delimiters shrink, images' pieces are dropped.
    var pieces: [Piece] = []
    /// Every delimiter run, with the live ones linked in order (`previous`/`next`, -1 for none).
    var delimiters: [Delimiter] = []
    var previous: [Int] = []
    var next: [Int] = []
    var lastDelimiter = -1
    /// Where a search for a closing byte (`"`, `'`, `)`, `-->`…) found none: later searches from
    /// there on fail at once.
    var unclosed: [UInt8: Int] = [:]
    var brackets: [Bracket] = []
    /// Links found: the piece where each starts and its target.
    var links: [(piece: Int, target: String)] = []
    /// Backtick runs by length: their start offsets, and how far each list has been searched.
    var backtickRuns: [Int: [Int]] = [:]
    var backtickCursor: [Int: Int] = [:]
    var position = 0
    /// Where the plain text not yet emitted starts, and where the markup being read starts.
    var textStart = 0
    var markupStart = 0

    struct Piece {
        var text: String
        var dropped = false
    }

    struct Delimiter {
        var piece: Int
        var character: UInt8
        var count: Int
        let original: Int
        let canOpen: Bool
        let canClose: Bool
    }

    struct Bracket {
        var piece: Int
        var image: Bool
        var active = true
        var bracketAfter = false
        var delimiterCount: Int
        var textStart: Int
    }

    init(bytes: [UInt8], references: [String: String]) {
        self.bytes = bytes
        self.references = references
        var index = 0
        while index < bytes.count {
            guard bytes[index] == ASCII.backtick else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] == ASCII.backtick { index += 1 }
            backtickRuns[index - start, default: []].append(start)
        }
        steps += bytes.count
    }

    func peek(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Adds an output piece, after the plain text waiting before it.
    mutating func emit(_ text: String) {
        flushText()
        pieces.append(Piece(text: text))
    }

    mutating func emit(_ slice: ArraySlice<UInt8>) { emit(String(decoding: slice, as: UTF8.self)) }

    /// Emits the plain text from `textStart` to `markupStart` as one piece.
    mutating func flushText() {
        guard textStart < markupStart else { return }
        pieces.append(Piece(text: String(decoding: bytes[textStart..<markupStart], as: UTF8.self)))
        textStart = markupStart
    }

    /// Reads every byte, then matches the emphasis left on the stack.
    ///
    /// Plain text is not copied byte by byte: it waits (`textStart`) until markup or the end
    /// emits it as one piece.
    mutating func parse() {
        while position < bytes.count {
            steps += 1
            let byte = bytes[position]
            guard Self.isSpecial(byte) || (Self.mayStartBareLink(byte) && isLinkBoundary(position)) else {
                position += 1
                continue
            }
            markupStart = position
            let markup = handle(byte)
            if markup {
                textStart = position
            } else if position == markupStart {
                // Not markup after all: the byte is text.
                position += 1
            }
            markupStart = position
        }
        markupStart = bytes.count
        flushText()
        processEmphasis(above: 0)
    }

    static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.newline, ASCII.backslash, ASCII.backtick, ASCII.star, ASCII.underscore, ASCII.tilde,
            ASCII.openBracket, ASCII.closeBracket, ASCII.exclamation, ASCII.less, ASCII.ampersand, 0x00:
            true
        default: false
        }
    }

    /// Handles the markup starting at `position`, moving past it.
    ///
    /// Returns `false` when the bytes passed over (or the byte, when `position` did not move) are
    /// text after all.
    mutating func handle(_ byte: UInt8) -> Bool {
        let start = position
        switch byte {
        case ASCII.newline:
            // Trailing blanks before a line break are not text.
            trimTrailingBlanks()
            emit(" ")
            position += 1
            while let next = peek(position), ASCII.isSpaceOrTab(next) { position += 1 }
        case ASCII.backslash:
            if let next = peek(position + 1), ASCII.isPunctuation(next) {
                emit(bytes[(position + 1)...(position + 1)])
                position += 2
            } else if peek(position + 1) == ASCII.newline {
                emit(" ")
                position += 2
                while let next = peek(position), ASCII.isSpaceOrTab(next) { position += 1 }
            }
        case ASCII.backtick: codeSpan()
        case ASCII.star, ASCII.underscore, ASCII.tilde: delimiterRun(byte)
        case ASCII.openBracket:
            pushBracket(image: false, length: 1)
        case ASCII.exclamation:
            if peek(position + 1) == ASCII.openBracket { pushBracket(image: true, length: 2) }
        case ASCII.closeBracket: closeBracket()
        case ASCII.less: angleBracket()
        case ASCII.ampersand: entity()
        case 0x00:
            emit("\u{FFFD}")
            position += 1
        default: return bareLink()
        }
        return position != start
    }

    mutating func trimTrailingBlanks() {
        var end = markupStart
        while end > textStart, ASCII.isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        if end > textStart || textStart < markupStart {
            markupStart = end
            flushText()
            return
        }
        guard var last = pieces.last, !last.text.isEmpty else { return }
        var utf8 = Array(last.text.utf8)
        while let end = utf8.last, ASCII.isSpaceOrTab(end) { utf8.removeLast() }
        last.text = String(decoding: utf8, as: UTF8.self)
        pieces[pieces.count - 1] = last
    }

    /// The text of the kept pieces.
    func text() -> String {
        var result = ""
        for piece in pieces where !piece.dropped { result += piece.text }
        return result
    }

    /// The link targets in document order, those inside images left out.
    func linkTargets() -> [String] {
        links.filter { !pieces[$0.piece].dropped }.sorted { $0.piece < $1.piece }.map(\.target).filter { !$0.isEmpty }
    }
}
