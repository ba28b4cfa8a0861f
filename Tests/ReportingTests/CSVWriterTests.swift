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
