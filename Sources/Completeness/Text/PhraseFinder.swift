/// Finds phrases as whole words in text, without case: the text is split into words once and the
/// phrases are looked up by their first word.
struct PhraseFinder: Sendable {
    /// Phrases by their first word, each as its list of words.
    private let byFirstWord: [[UInt8]: [[[UInt8]]]]
    /// Whether some phrase's first word starts with the byte, to skip most words without a lookup.
    private let startsPhrase: [Bool]

    /// Creates a finder for `phrases` (ASCII; split into words the way text is).
    init(_ phrases: [String]) {
        var index: [[UInt8]: [[[UInt8]]]] = [:]
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            let words = Self.words(in: bytes).map { Array(bytes[$0]) }
            guard let first = words.first else { continue }
            index[first, default: []].append(words)
        }
        self.byFirstWord = index
        var starts = [Bool](repeating: false, count: 256)
        for key in index.keys { if let byte = key.first { starts[Int(byte)] = true } }
        self.startsPhrase = starts
    }

    /// The phrases found in `text`, in the order they occur, each as written.
    func find(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let words = Self.words(in: lower)
        var found: [String] = []
        var index = 0
        while index < words.count {
            var matched = 0
            if startsPhrase[Int(lower[words[index].lowerBound])],
                let candidates = byFirstWord[Array(lower[words[index]])]
            {
                for phrase in candidates where phrase.count > matched && index + phrase.count <= words.count {
                    let fits = (1..<phrase.count).allSatisfy { lower[words[index + $0]].elementsEqual(phrase[$0]) }
                    if fits { matched = phrase.count }
                }
            }
            if matched > 0 {
                let range = words[index].lowerBound..<words[index + matched - 1].upperBound
                found.append(String(decoding: bytes[range], as: UTF8.self))
                index += matched
            } else {
                index += 1
            }
        }
        return found
    }

    /// Finds `phrases` in `text` (for one-off lists).
    static func find(_ phrases: [String], in text: String) -> [String] {
        PhraseFinder(phrases).find(in: text)
    }

    /// The byte ranges of the words: runs of ASCII letters and digits and of non-ASCII bytes.
    private static func words(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (offset, byte) in bytes.enumerated() {
            let isWord =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || byte >= 0x80
            if isWord {
                if start == nil { start = offset }
            } else if let begin = start {
                ranges.append(begin..<offset)
                start = nil
            }
        }
        if let begin = start { ranges.append(begin..<bytes.count) }
        return ranges
    }
}
