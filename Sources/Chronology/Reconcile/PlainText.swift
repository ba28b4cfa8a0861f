/// Byte-level versions of the `Character` walks in `TextCues`, for text whose scalars are each a
/// `Character` of their own.
///
/// A scalar is *plain* when it never joins a neighbour that is plain too into one grapheme cluster:
/// ASCII but CR (CR LF is one `Character`), U+0080–U+02FF (Latin-1, Latin Extended, spacing
/// modifier letters), General Punctuation U+2000–U+206F but ZWNJ and ZWJ (so NBSP, the thin and
/// narrow no-break spaces, dashes, curly quotes, `•` and `…` are plain), and the currency and
/// letter-like symbols U+20A0–U+20CF and U+2100–U+214F. Between two plain scalars there is always a
/// grapheme boundary, so over a stretch of plain scalars (and plain neighbours on each side) a
/// `Character` is a scalar, `Character.isWhitespace` is the scalar's `White_Space` property and a
/// count of `Character`s is a count of scalars. Each function returns `nil` as soon as it meets a
/// scalar that is not plain; the caller then walks `Character`s as before.
enum PlainText {
    /// Whether a scalar is plain (see the type's summary).
    static func isPlain(_ value: UInt32) -> Bool {
        if value < 0x300 { return value != 0x0D }
        if value >= 0x2000 && value <= 0x206F { return value != 0x200C && value != 0x200D }
        return (value >= 0x20A0 && value <= 0x20CF) || (value >= 0x2100 && value <= 0x214F)
    }

    /// Unicode `White_Space` for a plain scalar (the same as `Character.isWhitespace` for it).
    static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `TextCues.snippet(around:in:limit:)` over UTF-8 bytes, or `nil` when a scalar it looks at
    /// (or one next to those) is not plain.
    static func snippet(around range: Range<String.Index>, in text: String, limit: Int) -> String? {
        let utf8 = text.utf8
        let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        let upper = utf8.distance(from: utf8.startIndex, to: range.upperBound)
        let result = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var scan = Scanner(bytes: bytes)
            guard let start = scan.sentenceStart(before: lower), let end = scan.sentenceEnd(after: upper) else {
                return nil
            }
            return scan.collapsed(start..<end, limit: limit)
        }
        return result ?? nil
    }

    /// `snippet(around:in:limit:)` for each of `ranges`, which are left to right and do not overlap,
    /// with `nil` where it gives `nil`.
    ///
    /// Ranges in one sentence share its ends: the walk back to the start stops where the previous
    /// range's walk began, and an end already found after the previous range is kept, so a long
    /// sentence holding many times is walked once, not once per time.
    static func snippets(around ranges: [Range<String.Index>], in text: String, limit: Int) -> [String?] {
        let utf8 = text.utf8
        var previous: (lower: Int, start: Int, upper: Int, end: Int)?
        var results: [String?] = []
        results.reserveCapacity(ranges.count)
        var cursor = (index: utf8.startIndex, offset: 0)
        func offset(of index: String.Index) -> Int {
            let moved = utf8.distance(from: cursor.index, to: index)
            cursor = (index, cursor.offset + moved)
            return cursor.offset
        }
        for range in ranges {
            let lower = offset(of: range.lowerBound)
            let upper = offset(of: range.upperBound)
            let result = utf8.withContiguousStorageIfAvailable { bytes -> String? in
                var scan = Scanner(bytes: bytes)
                let reuse = previous.flatMap { $0.lower <= lower && $0.upper <= upper ? $0 : nil }
                let start = scan.sentenceStart(before: lower, floor: reuse.map { ($0.lower, $0.start) })
                let end = reuse.flatMap { upper < $0.end ? $0.end : nil } ?? scan.sentenceEnd(after: upper)
                guard let start, let end else {
                    previous = nil
                    WorkMeter.record(scan.steps)
                    return nil
                }
                previous = (lower, start, upper, end)
                defer { WorkMeter.record(scan.steps) }
                return scan.collapsed(start..<end, limit: limit)
            }
            results.append(result ?? nil)
        }
        return results
    }

    /// `TextCues.collapsed(_:limit:)` over UTF-8 bytes, or `nil` when a scalar is not plain.
    static func collapsed(_ text: String, limit: Int) -> String? {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var scan = Scanner(bytes: bytes)
            return scan.collapsed(0..<bytes.count, limit: limit)
        }
        return result ?? nil
    }

    /// Decodes scalars of valid UTF-8 forwards and backwards.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Scalars walked so far (see `WorkMeter`).
        private(set) var steps = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The scalar starting at `offset` and its length in bytes.
        func scalar(at offset: Int) -> (value: UInt32, length: Int) {
            let lead = bytes[offset]
            if lead < 0x80 { return (UInt32(lead), 1) }
            let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
            var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
            return (value, length)
        }

        /// The scalar ending right before `offset` and where it starts.
        func scalar(before offset: Int) -> (value: UInt32, start: Int) {
            var start = offset - 1
            while bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return (scalar(at: start).value, start)
        }

        /// Whether the `count` scalars before `offset` (or as many as there are) are plain.
        func plainBefore(_ offset: Int, count: Int) -> Bool {
            var offset = offset
            for _ in 0..<count where offset > 0 {
                let (value, start) = scalar(before: offset)
                guard isPlain(value) else { return false }
                offset = start
            }
            return true
        }

        /// Whether the `count` scalars from `offset` (or as many as there are) are plain.
        func plainFrom(_ offset: Int, count: Int) -> Bool {
            var offset = offset
            for _ in 0..<count where offset < bytes.count {
                let (value, length) = scalar(at: offset)
                guard isPlain(value) else { return false }
                offset += length
            }
            return true
        }

        /// Walks back from `offset` to just after a line break, `*`, `•`, `#`, or the space of `. `,
        /// `! ` or `? `; `nil` when a scalar on the way (or up to three before the stop) is not plain.
        ///
        /// With a `floor` (an offset already walked back from, and where that walk stopped), a walk
        /// that reaches it stops there as that walk did.
        mutating func sentenceStart(before offset: Int, floor: (offset: Int, start: Int)? = nil) -> Int? {
            var start = offset
            while start > 0 {
                steps += 1
                if let floor, start == floor.offset { return floor.start }
                let (value, before) = scalar(before: start)
                guard isPlain(value) else { return nil }
                if value == 0x0A || value == 0x2A || value == 0x2022 || value == 0x23 { break }
                if value == 0x20, before > 0 {
                    let (punct, _) = scalar(before: before)
                    if punct == 0x2E || punct == 0x21 || punct == 0x3F { break }
                }
                start = before
            }
            return plainBefore(start, count: 3) ? start : nil
        }

        /// Walks forward from `offset` to a line break, `*`, `•`, `#`, or past a `.` at the end or
        /// before a space; `nil` when a scalar on the way (or up to two after the stop) is not plain.
        mutating func sentenceEnd(after offset: Int) -> Int? {
            var end = offset
            while end < bytes.count {
                steps += 1
                let (value, length) = scalar(at: end)
                guard isPlain(value) else { return nil }
                if value == 0x0A || value == 0x2A || value == 0x2022 || value == 0x23 { break }
                if value == 0x2E {
                    let after = end + length
                    if after == bytes.count {
                        end = after
                        break
                    }
                    let (next, _) = scalar(at: after)
                    guard isPlain(next) else { return nil }
                    if next == 0x20 {
                        end = after
                        break
                    }
                }
                end += length
            }
            return plainFrom(end, count: 2) ? end : nil
        }

        /// The bytes of `range` with each run of whitespace written as one space and none at either
        /// end, cut to `limit - 1` scalars and `…` when longer than `limit`; `nil` when a scalar it
        /// reads is not plain (reading stops once the text is known to be cut).
        mutating func collapsed(_ range: Range<Int>, limit: Int) -> String? {
            var out: [UInt8] = []
            out.reserveCapacity(min(range.count, limit * 4 + 4))
            var scalars = 0
            var cut = 0
            var pendingSpace = false
            var offset = range.lowerBound
            while offset < range.upperBound {
                steps += 1
                let (value, length) = scalar(at: offset)
                guard isPlain(value) else { return nil }
                if isWhitespace(value) {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace {
                        out.append(0x20)
                        scalars += 1
                        if scalars == limit - 1 { cut = out.count }
                        pendingSpace = false
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]))
                    scalars += 1
                    if scalars == limit - 1 { cut = out.count }
                    // Past the limit the text is cut at `cut` whatever follows: stop reading.
                    if scalars > limit { break }
                }
                offset += length
            }
            if scalars <= limit { return String(decoding: out, as: UTF8.self) }
            return String(decoding: out[..<cut], as: UTF8.self) + "…"
        }
    }
}
