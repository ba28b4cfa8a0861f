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
