/// A parsed regular expression of the subset the built-in patterns use, case-insensitive.
///
/// Read by ``PatternNode/parse(_:)``: literals (ASCII letters match either case; a scalar outside
/// ASCII matches itself), `\b`, `\d`, `\s`, `\w`, `\W`, `.`, escaped punctuation, `\r`/`\n`/`\t`,
/// bracket sets of ASCII members (`[sd]`, `[^"]`, `[.!?]`, ranges), `^`, `$`, groups `(…)` and
/// `(?:…)`, a negative lookbehind of a literal `(?<!…)`, a lookahead of one set `(?=…)`, `|`, and
/// the quantifiers `?`, `*`, `+`, `{m}`, `{m,n}`, each greedy or lazy (`?` after it). Anything else
/// is a programming error: the pattern is built in.
indirect enum PatternNode: Sendable {
    /// An ASCII byte; a letter is stored lowercase and matches either case.
    case literal(UInt8)
    /// A scalar outside ASCII, as UTF-8.
    case wide([UInt8])
    /// One scalar of a set.
    case set(ScalarClass)
    /// `\b`, `^`, `$`.
    case boundary, start, end
    /// A group; capturing when it has a number (from 1).
    case group(Int?, PatternNode)
    /// Nodes one after another.
    case sequence([PatternNode])
    /// Alternatives, tried in order.
    case alternation([PatternNode])
    /// A quantified node.
    case repetition(PatternNode, min: Int, max: Int?, lazy: Bool)
    /// `(?<!…)` of a literal, as lowercase ASCII.
    case notPrecededBy([UInt8])
    /// `(?=…)` of one set.
    case followedBy(ScalarClass)

    /// Parses a built-in pattern and says how many capturing groups it has.
    static func parse(_ pattern: String) -> (node: PatternNode, groups: Int) {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        let node = parser.alternation()
        precondition(parser.index == parser.scalars.count, "unsupported pattern syntax: \(pattern)")
        return (node, parser.groups)
    }

    /// A recursive-descent reader of the pattern's scalars.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var groups = 0

        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func next() -> Unicode.Scalar {
            defer { index += 1 }
            return scalars[index]
        }

        mutating func alternation() -> PatternNode {
            var branches = [sequence()]
            while peek == "|" {
                index += 1
                branches.append(sequence())
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        mutating func sequence() -> PatternNode {
            var items: [PatternNode] = []
            while let scalar = peek, scalar != "|", scalar != ")" {
                items.append(quantified(atom()))
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func quantified(_ atom: PatternNode) -> PatternNode {
            var bounds: (Int, Int?)
            switch peek {
            case "?": bounds = (0, 1)
            case "*": bounds = (0, nil)
            case "+": bounds = (1, nil)
            case "{":
                index += 1
                let low = number()
                var high: Int? = low
                if peek == "," {
                    index += 1
                    high = peek == "}" ? nil : number()
                }
                precondition(peek == "}", "unsupported quantifier")
                bounds = (low, high)
            default: return atom
            }
            index += 1
            let lazy = peek == "?"
            if lazy { index += 1 }
            return .repetition(atom, min: bounds.0, max: bounds.1, lazy: lazy)
        }

        mutating func number() -> Int {
            var value = 0
            while let scalar = peek, let digit = Int(String(scalar)) {
                value = value * 10 + digit
                index += 1
            }
            return value
        }

        mutating func atom() -> PatternNode {
            let scalar = next()
            switch scalar {
            case "(": return group()
            case "[": return bracket()
            case "\\": return escape()
            case ".": return .set(.dot)
            case "^": return .start
            case "$": return .end
            case "?", "*", "+", "{", ")": preconditionFailure("unsupported pattern syntax at \(index)")
            default: return Self.literal(scalar)
            }
        }

        mutating func group() -> PatternNode {
            var number: Int?
            if peek == "?" {
                index += 1
                switch next() {
                case ":": break
                case "<":
                    precondition(next() == "!", "only negative lookbehind is supported")
                    return close(.notPrecededBy(lookbehindLiteral()))
                case "=":
                    guard case .set(let set) = atom() else { preconditionFailure("lookahead of one set only") }
                    return close(.followedBy(set))
                default: preconditionFailure("unsupported group")
                }
            } else {
                groups += 1
                number = groups
            }
            let inner = alternation()
            return close(.group(number, inner))
        }

        mutating func close(_ node: PatternNode) -> PatternNode {
            precondition(next() == ")", "unclosed group")
            return node
        }

        mutating func lookbehindLiteral() -> [UInt8] {
            var bytes: [UInt8] = []
            while let scalar = peek, scalar != ")" {
                index += 1
                guard scalar.isASCII, !"\\[(.|?*+{^$".unicodeScalars.contains(scalar) else {
                    preconditionFailure("lookbehind of an ASCII literal only")
                }
                bytes.append(Self.lower(UInt8(scalar.value)))
            }
            return bytes
        }

        mutating func escape() -> PatternNode {
            let scalar = next()
            switch scalar {
            case "b": return .boundary
            case "d": return .set(.digit)
            case "s": return .set(.space)
            case "w": return .set(.word)
            case "W": return .set(.notWord)
            case "r": return .literal(0x0D)
            case "n": return .literal(0x0A)
            case "t": return .literal(0x09)
            default:
                precondition(
                    scalar.isASCII && !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar),
                    "unsupported escape \\\(scalar)")
                return .literal(UInt8(scalar.value))
            }
        }

        mutating func bracket() -> PatternNode {
            let negated = peek == "^"
            if negated { index += 1 }
            var set = ScalarClass()
            var first = true
            while let scalar = peek, scalar != "]" || first {
                index += 1
                first = false
                var low = scalar
                if low == "\\" { low = next() }
                precondition(low.isASCII && low != "[", "bracket sets of ASCII members only")
                var high = low
                if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                    index += 1
                    high = next()
                    precondition(high.isASCII && high != "\\", "bracket ranges of ASCII members only")
                }
                for byte in UInt8(low.value)...UInt8(high.value) { set.insert(byte) }
            }
            precondition(next() == "]", "unclosed bracket")
            return .set(negated ? set.inverted : set)
        }

        static func literal(_ scalar: Unicode.Scalar) -> PatternNode {
            scalar.isASCII ? .literal(lower(UInt8(scalar.value))) : .wide(Array(String(scalar).utf8))
        }

        static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
    }
}
