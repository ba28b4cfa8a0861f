/// A conservative prefilter: whether a text holds, ASCII-case-insensitively, at least one literal of
/// every keyword group.
///
/// One pass over the text's UTF-8, folding `A`–`Z` on the fly (no lowercased copy). A text holding
/// a character whose case mapping contains an ASCII letter (``foldsToASCII``: the Kelvin sign,
/// long s, dotted and dotless i, ß and ẞ, ŉ, ǰ, ẖ…ẚ, the ﬀ…ﬆ ligatures) may match an ASCII
/// literal under ICU's case-insensitive matching, so it always passes.
struct KeywordFilter: Sendable {
    /// One literal: its group and where its bytes are in ``pool``.
    private struct Entry: Sendable {
        var group: Int
        var start: Int
        var count: Int
    }

    /// The literals, ordered by first byte (lowercase ASCII).
    private let entries: [Entry]
    /// For each first byte, the range of ``entries`` starting with it.
    private let byFirstByte: [Range<Int>]
    /// The first bytes of the literals, in both cases.
    private let firstBytes: ScalarClass
    /// The literals' bytes, one after another.
    private let pool: [UInt8]
    /// The literals' first two bytes (lowercase), two words of bits per first byte; a literal of
    /// one byte sets every bit of its first byte.
    private let pairs: [UInt64]
    /// The bit mask with one bit per group.
    private let allGroups: UInt64

    /// The scalars outside ASCII whose lower-, upper- or titlecase mapping (or case folding)
    /// contains an ASCII letter.
    static let foldsToASCII: Set<UInt32> = [
        0xDF, 0x130, 0x131, 0x149, 0x17F, 0x1F0, 0x1E96, 0x1E97, 0x1E98, 0x1E99, 0x1E9A, 0x1E9E,
        0x212A, 0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05, 0xFB06,
    ]

    /// A filter over groups of lowercase ASCII literals; an empty literal or group is a programming
    /// error (it would say nothing).
    init(_ groups: [[String]]) {
        precondition(!groups.isEmpty && groups.count <= 64, "1 to 64 keyword groups")
        var table = [[(Int, [UInt8])]](repeating: [], count: 128)
        for (group, words) in groups.enumerated() {
            precondition(!words.isEmpty, "an empty keyword group")
            for word in words {
                let bytes = Array(word.utf8)
                precondition(
                    !bytes.isEmpty && bytes.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) },
                    "keywords are non-empty lowercase ASCII: \(word)")
                table[Int(bytes[0])].append((group, bytes))
            }
        }
        var entries: [Entry] = []
        var ranges: [Range<Int>] = []
        var pool: [UInt8] = []
        var firstBytes = ScalarClass()
        var pairs = [UInt64](repeating: 0, count: 256)
        for (byte, words) in table.enumerated() {
            let start = entries.count
            for (group, bytes) in words {
                entries.append(Entry(group: group, start: pool.count, count: bytes.count))
                pool += bytes
                if bytes.count == 1 {
                    pairs[2 * byte] = .max
                    pairs[2 * byte + 1] = .max
                } else {
                    pairs[2 * byte + Int(bytes[1] >> 6)] |= 1 << UInt64(bytes[1] & 63)
                }
            }
            ranges.append(start..<entries.count)
            if !words.isEmpty { firstBytes.insert(UInt8(byte)) }
        }
        self.entries = entries
        self.byFirstByte = ranges
        self.firstBytes = firstBytes
        self.pool = pool
        self.pairs = pairs
        allGroups = groups.count == 64 ? UInt64.max : (UInt64(1) << UInt64(groups.count)) - 1
    }

    /// Whether the text may match: every group has a literal in it, or it holds a character that
    /// folds to ASCII.
    func mayMatch(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0) }
    }

    /// One bit per group that has a literal in the text (bit `n` for group `n`); every bit when
    /// the text holds a character that folds to ASCII.
    func groupsFound(in text: String) -> UInt64 {
        if let found = text.utf8.withContiguousStorageIfAvailable({ groups($0, stopWhenAll: false) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { groups($0, stopWhenAll: false) }
    }

    private func scan(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        groups(text, stopWhenAll: true) == allGroups
    }

    private func groups(_ text: UnsafeBufferPointer<UInt8>, stopWhenAll: Bool) -> UInt64 {
        var found: UInt64 = 0
        let count = text.count
        var index = 0
        while index < count {
            let byte = text[index]
            if byte >= 0x80 {
                if byte >= 0xC0, Self.foldsToASCII(text, at: index) { return allGroups }
                index += 1
                continue
            }
            if firstBytes.contains(ascii: byte) {
                let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
                // No literal starts with these two bytes: nothing to compare (a byte outside
                // ASCII never follows an ASCII letter of a literal).
                let next = index + 1 < count ? text[index + 1] : 0x80
                let second = next &- 0x41 < 26 ? next | 0x20 : next
                if second < 0x80, pairs[2 * Int(lower) + Int(second >> 6)] & (1 << UInt64(second & 63)) == 0 {
                    index += 1
                    continue
                }
                if second >= 0x80, pairs[2 * Int(lower)] != .max {
                    index += 1
                    continue
                }
                for position in byFirstByte[Int(lower)] {
                    let entry = entries[position]
                    guard found & (1 << UInt64(entry.group)) == 0, holds(entry, in: text, at: index) else { continue }
                    found |= 1 << UInt64(entry.group)
                    if found == allGroups { return found }
                }
            }
            index += 1
        }
        return found
    }

    /// Whether the entry's literal is at `index`, ignoring ASCII case.
    private func holds(_ entry: Entry, in text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + entry.count <= text.count else { return false }
        for offset in 1..<entry.count {
            let byte = text[index + offset]
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if lower != pool[entry.start + offset] { return false }
        }
        return true
    }

    /// Whether the text holds a scalar of ``foldsToASCII``.
    static func holdsFoldingScalar(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in text.indices where text[index] >= 0xC0 {
            if foldsToASCII(text, at: index) { return true }
        }
        return false
    }

    /// Whether the scalar whose UTF-8 lead byte is at `index` is one of ``foldsToASCII``.
    static func foldsToASCII(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = UInt32(text[index])
        let remaining = text.count - index
        let scalar: UInt32
        if lead < 0xE0, remaining >= 2 {
            scalar = (lead & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F)
        } else if lead < 0xF0, remaining >= 3 {
            scalar = (lead & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F)
        } else {
            return false
        }
        return foldsToASCII.contains(scalar)
    }
}
