import Reporting
import Testing

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhatNeedsQuoting() {
        var writer = CSVWriter(header: ["a", "b"])
        writer.append(["plain", "with, comma"])
        writer.append(["say \"hi\"", "two\nlines"])
        #expect(writer.text == "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
    }
}

@Suite struct CSVWriterLineEndingTests {
    @Test func aFieldWithAWindowsLineBreakIsQuoted() {
        // "\r\n" is a single Character in Swift, equal to neither "\r" nor "\n": the check is on bytes.
        #expect(CSVWriter.quote("one\r\ntwo") == "\"one\r\ntwo\"")
        #expect(CSVWriter.quote("lone\rreturn") == "\"lone\rreturn\"")
        #expect(CSVWriter.record(["a", "b\r\nc"]) == "a,\"b\r\nc\"\r\n")
    }
}

@Suite struct CSVWriterQuoteTests {
    @Test func everyQuoteIsDoubledEvenBeforeACombiningMark() {
        // `"\u{301}` is one Character, not equal to `"`: a Character split left it single, and the
        // record unbalanced.
        #expect(CSVWriter.quote("a \"\u{301}b\" c") == "\"a \"\"\u{301}b\"\" c\"")
        #expect(CSVWriter.quote("\"") == "\"\"\"\"")
        #expect(CSVWriter.quote("naïve, \"ok\"") == "\"naïve, \"\"ok\"\"\"")
        // The quoted field holds an even number of quote bytes between its own two.
        for field in ["x\"", "\"\"\"", "é\"ü\"", "\"\u{301}\u{302}"] {
            let quoted = CSVWriter.quote(field).utf8.dropFirst().dropLast()
            #expect(quoted.filter { $0 == UInt8(ascii: "\"") }.count % 2 == 0, "\(field.debugDescription)")
        }
    }
}
