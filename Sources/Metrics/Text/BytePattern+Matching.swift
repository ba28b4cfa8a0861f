extension BytePattern {
    /// The capture slots (UTF-8 offsets, `-1` when a group did not take part) of the first match
    /// that starts at or after `from` (a scalar boundary), or `nil`.
    func firstMatch(in text: UnsafeBufferPointer<UInt8>, from: Int) -> [Int]? {
        var stack: [Int] = []
        var slots = [Int](repeating: -1, count: slotCount)
        var start = from
        let count = text.count
        if anchor == .start, from > 0 { return nil }
        while start <= count {
            if first.admits(start < count ? text[start] : nil),
                anchor != .boundary || Self.isBoundary(text, at: start),
                run(text, at: start, stack: &stack, slots: &slots)
            {
                return slots
            }
            if start == count || anchor == .start { break }
            start += Self.scalarLength(text[start])
        }
        return nil
    }

    /// Runs the program from `start`; backtracking entries are `(pc, position)` pairs, or
    /// `(-slot - 1, old value)` to restore a capture slot.
    private func run(_ text: UnsafeBufferPointer<UInt8>, at start: Int, stack: inout [Int], slots: inout [Int]) -> Bool
    {
        for index in slots.indices { slots[index] = -1 }
        stack.removeAll(keepingCapacity: true)
        stack.append(0)
        stack.append(start)
        let count = text.count
        while let value = stack.popLast() {
            let code = stack.removeLast()
            if code < 0 {
                slots[-code - 1] = value
                continue
            }
            var pc = code
            var position = value
            thread: while true {
                switch ops[pc] {
                case .byte(let byte):
                    guard position < count, Self.lower(text[position]) == byte else { break thread }
                    position += 1
                case .wide(let from, let length):
                    guard position + length <= count else { break thread }
                    for offset in 0..<length where text[position + offset] != literals[from + offset] { break thread }
                    position += length
                case .set(let set):
                    guard position < count else { break thread }
                    let byte = text[position]
                    if byte < 0x80 {
                        guard set.contains(ascii: byte) else { break thread }
                        position += 1
                    } else {
                        let (scalar, length) = Self.decode(text, at: position)
                        guard set.contains(wide: scalar) else { break thread }
                        position += length
                    }
                case .boundary:
                    guard Self.isBoundary(text, at: position) else { break thread }
                case .start:
                    guard position == 0 else { break thread }
                case .end:
                    guard Self.isEnd(text, at: position) else { break thread }
                case .save(let slot):
                    stack.append(-slot - 1)
                    stack.append(slots[slot])
                    slots[slot] = position
                case .jump(let target):
                    pc = target
                    continue thread
                case .split(_, _, let table):
                    let key = position < count ? Swift.min(Int(text[position]), 128) : 129
                    let low = dispatchBounds[table + key]
                    var high = dispatchBounds[table + key + 1]
                    guard low < high else { break thread }
                    // The later branches wait on the stack, the last on top of the first.
                    while high - 1 > low {
                        high -= 1
                        stack.append(dispatchTargets[high])
                        stack.append(position)
                    }
                    pc = dispatchTargets[low]
                    continue thread
                case .notPrecededBy(let from, let length):
                    if position >= length {
                        var same = true
                        for offset in 0..<length
                        where Self.lower(text[position - length + offset]) != literals[from + offset] {
                            same = false
                            break
                        }
                        if same { break thread }
                    }
                case .followedBy(let set):
                    guard position < count else { break thread }
                    let byte = text[position]
                    let holds =
                        byte < 0x80 ? set.contains(ascii: byte) : set.contains(wide: Self.decode(text, at: position).0)
                    guard holds else { break thread }
                case .match:
                    return true
                }
                pc += 1
            }
        }
        return false
    }

    /// ASCII `A`–`Z` to lowercase; other bytes unchanged.
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// The length of the scalar whose UTF-8 lead byte is `lead`.
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar at `index` (a scalar boundary of valid UTF-8) and its length.
    static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(text[index])
        switch lead {
        case ..<0x80: return (lead, 1)
        case ..<0xE0: return ((lead & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F), 2)
        case ..<0xF0:
            return ((lead & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F), 3)
        default:
            let tail = UInt32(text[index + 1] & 0x3F) << 12 | UInt32(text[index + 2] & 0x3F) << 6
            return ((lead & 0x07) << 18 | tail | UInt32(text[index + 3] & 0x3F), 4)
        }
    }

    /// ICU's default `\b`: the scalar here (none at the end) and the one before it, looking back
    /// through Grapheme_Extend and format characters, differ in being word characters; never
    /// before a Grapheme_Extend or format character.
    static func isBoundary(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var isWord = false
        if index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                isWord = ScalarClass.isASCIIWord(byte)
            } else {
                let scalar = decode(text, at: index).0
                if ScalarClass.isTransparent(scalar) { return false }
                isWord = ScalarClass.isWord(scalar)
            }
        }
        var before = index
        var wasWord = false
        while before > 0 {
            before -= 1
            while text[before] & 0xC0 == 0x80 { before -= 1 }
            let byte = text[before]
            if byte < 0x80 {
                wasWord = ScalarClass.isASCIIWord(byte)
                break
            }
            let scalar = decode(text, at: before).0
            if !ScalarClass.isTransparent(scalar) {
                wasWord = ScalarClass.isWord(scalar)
                break
            }
        }
        return isWord != wasWord
    }

    /// ICU's `$` without multiline: the end, before a line terminator that ends the text (not
    /// between CR and LF), or before a final CR LF.
    static func isEnd(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = text.count
        if index >= count { return true }
        let (scalar, length) = decode(text, at: index)
        if index + length == count {
            return ScalarClass.isLineTerminator(scalar) && !(scalar == 0x0A && index > 0 && text[index - 1] == 0x0D)
        }
        return scalar == 0x0D && index + 2 == count && text[index + 1] == 0x0A
    }
}
