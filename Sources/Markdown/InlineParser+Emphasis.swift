extension InlineParser {
    mutating func pushDelimiter(_ delimiter: Delimiter) {
        let index = delimiters.count
        delimiters.append(delimiter)
        previous.append(lastDelimiter)
        next.append(-1)
        if lastDelimiter >= 0 { next[lastDelimiter] = index }
        lastDelimiter = index
    }

    mutating func unlink(_ index: Int) {
        let before = previous[index]
        let after = next[index]
        if before >= 0 { next[before] = after }
        if after >= 0 { previous[after] = before } else { lastDelimiter = before }
        previous[index] = -1
        next[index] = -1
    }

    /// Matches the emphasis and strikethrough delimiters from index `bottom` on (spec, "Processing
    /// emphasis"): matched markers leave the text, unmatched ones stay as written, and every
    /// delimiter from `bottom` on leaves the stack.
    ///
    /// Delimiters between a matched pair are unlinked, and each kind of closer remembers where its
    /// search for an opener failed, so the work is linear.
    mutating func processEmphasis(above bottom: Int) {
        var first = -1
        var cursor = lastDelimiter
        while cursor >= bottom {
            first = cursor
            cursor = previous[cursor]
            steps += 1
        }
        var openersBottom: [Int: Int] = [:]
        var closer = first
        while closer >= 0 {
            steps += 1
            let current = delimiters[closer]
            guard current.canClose else {
                closer = next[closer]
                continue
            }
            let key = Int(current.character) * 8 + current.original % 3 + (current.canOpen ? 4 : 0)
            let floor = max(bottom, openersBottom[key] ?? bottom)
            var opener = previous[closer]
            var found = false
            while opener >= floor {
                steps += 1
                let candidate = delimiters[opener]
                if candidate.canOpen, candidate.character == current.character {
                    let oddMatch =
                        (current.canOpen || candidate.canClose) && (candidate.original + current.original) % 3 == 0
                        && !(candidate.original % 3 == 0 && current.original % 3 == 0)
                    let tildesMatch = current.character != ASCII.tilde || candidate.count == current.count
                    if !oddMatch, tildesMatch {
                        found = true
                        break
                    }
                }
                opener = previous[opener]
            }
            guard found else {
                openersBottom[key] = closer
                let following = next[closer]
                if !current.canOpen { unlink(closer) }
                closer = following
                continue
            }
            let used =
                current.character == ASCII.tilde
                ? current.count : (min(delimiters[opener].count, current.count) >= 2 ? 2 : 1)
            var between = next[opener]
            while between >= 0, between != closer {
                let following = next[between]
                unlink(between)
                between = following
                steps += 1
            }
            remove(used, from: opener, atEnd: true)
            if delimiters[opener].count == 0 { unlink(opener) }
            remove(used, from: closer, atEnd: false)
            if delimiters[closer].count == 0 {
                let following = next[closer]
                unlink(closer)
                closer = following
            }
        }
        while lastDelimiter >= bottom { unlink(lastDelimiter) }
    }

    /// Takes `count` marker bytes off delimiter `index`'s piece (from its end for an opener).
    private mutating func remove(_ count: Int, from index: Int, atEnd: Bool) {
        delimiters[index].count -= count
        let piece = delimiters[index].piece
        var utf8 = Array(pieces[piece].text.utf8)
        if atEnd { utf8.removeLast(min(count, utf8.count)) } else { utf8.removeFirst(min(count, utf8.count)) }
        pieces[piece].text = String(decoding: utf8, as: UTF8.self)
    }
}
