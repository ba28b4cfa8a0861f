/// A built-in regular expression compiled for a backtracking matcher over UTF-8, giving the same
/// matches as ICU (`NSRegularExpression`, case-insensitive) on texts without a scalar that
/// case-folds to ASCII letters.
///
/// What it recognises is the syntax ``PatternNode`` parses, with ICU's meaning: leftmost match,
/// alternatives and quantifiers tried in order (greedy or lazy), `\b` as ICU's default word
/// boundary (word set `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200C\u200D]`, looking through
/// Grapheme_Extend and format characters), `$` at the end or before a final line terminator,
/// `\s`/`\d`/`\w`/`.` on every scalar. ASCII letters compare without case; the caller sends a text
/// holding a scalar of ``KeywordFilter/foldsToASCII`` (Kelvin sign, long s, ß, ligatures…) to ICU
/// instead, since those match ASCII letters there. Offsets are UTF-8 byte offsets.
///
/// Speed: every alternative carries the bytes it can start with, so a branch that cannot match
/// the next byte is never tried, and a start position whose byte no match can begin with is
/// skipped at once.
struct BytePattern: Sendable {
    /// One instruction.
    enum Op: Sendable {
        /// An ASCII byte, compared without case (stored lowercase).
        case byte(UInt8)
        /// Bytes `literals[start..<start+count]` exactly (a scalar outside ASCII).
        case wide(start: Int, count: Int)
        /// One scalar of a set.
        case set(ScalarClass)
        /// `\b`, `^`, `$`.
        case boundary, start, end
        /// Records the position in capture slot `n`.
        case save(Int)
        /// Continues at `n`.
        case jump(Int)
        /// Tries `branches[start..<start+count]` in order: those that can take the next byte,
        /// listed in the dispatch table from `table` (see ``dispatchBounds``).
        case split(start: Int, count: Int, table: Int)
        /// Fails when `literals[start..<start+count]` (lowercase ASCII) ends here.
        case notPrecededBy(start: Int, count: Int)
        /// Fails unless the next scalar is in the set.
        case followedBy(ScalarClass)
        /// Success.
        case match
    }

    /// One alternative of a split: where it goes, and the first bytes it can take.
    struct Branch: Sendable {
        var target: Int
        var first: FirstBytes
    }

    /// What a piece of pattern can start with: bytes (ASCII, both cases), a scalar outside ASCII,
    /// or nothing at all (`nullable`: it may match empty, so anything may follow).
    struct FirstBytes: Sendable {
        var ascii = ScalarClass()
        var nullable = false

        /// Whether a match can begin before `byte` (`nil`: at the end of the text).
        @inline(__always) func admits(_ byte: UInt8?) -> Bool {
            guard let byte else { return nullable }
            return nullable || (byte < 0x80 ? ascii.contains(ascii: byte) : ascii.wide != .none)
        }

        mutating func formUnion(_ other: FirstBytes) {
            ascii.low |= other.ascii.low
            ascii.high |= other.ascii.high
            if other.ascii.wide != .none { ascii.wide = .all }
        }
    }

    private(set) var ops: [Op] = []
    private(set) var branches: [Branch] = []
    private(set) var literals: [UInt8] = []
    /// For each split, 131 bounds into ``dispatchTargets``: the branches to try before ASCII byte
    /// `k` are `dispatchTargets[bounds[table + k]..<bounds[table + k + 1]]`, before a byte outside
    /// ASCII `k` = 128, at the end of the text `k` = 129.
    private(set) var dispatchBounds: [Int] = []
    /// The targets of the branches, listed per split and next byte, in order.
    private(set) var dispatchTargets: [Int] = []
    /// Capture slots: two per group, group 0 being the whole match.
    let slotCount: Int
    /// What any match starts with.
    let first: FirstBytes
    /// Where a match can start: anywhere, only at a word boundary (the pattern opens with `\b`),
    /// or only at the start of the text (it opens with `^`).
    let anchor: Anchor

    /// Where a match can start.
    enum Anchor: Sendable {
        case anywhere, boundary, start
    }

    /// Compiles a built-in pattern (see ``PatternNode``).
    init(_ pattern: String) {
        let (node, groups) = PatternNode.parse(pattern)
        slotCount = 2 * (groups + 1)
        first = Self.first(of: node)
        switch node {
        case .sequence(let items) where items.first.map({ if case .boundary = $0 { true } else { false } }) ?? false:
            anchor = .boundary
        case .sequence(let items) where items.first.map({ if case .start = $0 { true } else { false } }) ?? false:
            anchor = .start
        default: anchor = .anywhere
        }
        emit(.save(0))
        compile(node)
        emit(.save(1))
        emit(.match)
        buildDispatch()
    }

    /// Lists, for every split and every next byte, the branches that can take it.
    private mutating func buildDispatch() {
        for pc in ops.indices {
            guard case .split(let start, let count, _) = ops[pc] else { continue }
            let table = dispatchBounds.count
            for key in 0..<130 {
                dispatchBounds.append(dispatchTargets.count)
                let next: UInt8? = key < 129 ? UInt8(key) : nil
                for branch in branches[start..<start + count] where branch.first.admits(next) {
                    dispatchTargets.append(branch.target)
                }
            }
            dispatchBounds.append(dispatchTargets.count)
            ops[pc] = .split(start: start, count: count, table: table)
        }
    }

    private mutating func emit(_ op: Op) { ops.append(op) }

    /// Emits a split whose targets are filled in later; returns its branch range.
    private mutating func split(_ firsts: [FirstBytes]) -> Range<Int> {
        let start = branches.count
        for first in firsts { branches.append(Branch(target: -1, first: first)) }
        emit(.split(start: start, count: firsts.count, table: -1))
        return start..<branches.count
    }

    private mutating func compile(_ node: PatternNode) {
        switch node {
        case .literal(let byte): emit(.byte(byte))
        case .wide(let bytes):
            emit(.wide(start: literals.count, count: bytes.count))
            literals += bytes
        case .set(let set): emit(.set(set))
        case .boundary: emit(.boundary)
        case .start: emit(.start)
        case .end: emit(.end)
        case .group(let number, let inner):
            if let number { emit(.save(2 * number)) }
            compile(inner)
            if let number { emit(.save(2 * number + 1)) }
        case .sequence(let items): for item in items { compile(item) }
        case .alternation(let alternatives):
            let slots = split(alternatives.map { Self.first(of: $0) })
            var exits: [Int] = []
            for (slot, alternative) in zip(slots, alternatives) {
                branches[slot].target = ops.count
                compile(alternative)
                exits.append(ops.count)
                emit(.jump(-1))
            }
            for exit in exits { ops[exit] = .jump(ops.count) }
        case .repetition(let inner, let min, let max, let lazy):
            for _ in 0..<min { compile(inner) }
            let body = Self.first(of: inner)
            let any = FirstBytes(nullable: true)
            if let max {
                // Nested optionals: once one copy fails, no later copy is tried.
                var skips: [Int] = []
                for _ in min..<max {
                    let slots = split(lazy ? [any, body] : [body, any])
                    skips.append(lazy ? slots.lowerBound : slots.upperBound - 1)
                    branches[lazy ? slots.upperBound - 1 : slots.lowerBound].target = ops.count
                    compile(inner)
                }
                for skip in skips { branches[skip].target = ops.count }
            } else {
                let loop = ops.count
                let slots = split(lazy ? [any, body] : [body, any])
                branches[lazy ? slots.upperBound - 1 : slots.lowerBound].target = ops.count
                compile(inner)
                emit(.jump(loop))
                branches[lazy ? slots.lowerBound : slots.upperBound - 1].target = ops.count
            }
        case .notPrecededBy(let bytes):
            emit(.notPrecededBy(start: literals.count, count: bytes.count))
            literals += bytes
        case .followedBy(let set): emit(.followedBy(set))
        }
    }

    /// What a node can start with.
    static func first(of node: PatternNode) -> FirstBytes {
        var result = FirstBytes()
        switch node {
        case .literal(let byte): result.ascii.insert(byte)
        case .wide: result.ascii.wide = .all
        case .set(let set):
            result.ascii = set
            if set.wide != .none { result.ascii.wide = .all }
        case .boundary, .start, .end, .notPrecededBy, .followedBy: result.nullable = true
        case .group(_, let inner): result = first(of: inner)
        case .sequence(let items):
            result.nullable = true
            for item in items {
                let next = first(of: item)
                result.formUnion(next)
                if !next.nullable {
                    result.nullable = false
                    break
                }
            }
        case .alternation(let alternatives):
            for alternative in alternatives {
                let next = first(of: alternative)
                result.formUnion(next)
                result.nullable = result.nullable || next.nullable
            }
        case .repetition(let inner, let min, _, _):
            result = first(of: inner)
            result.nullable = result.nullable || min == 0
        }
        return result
    }
}
