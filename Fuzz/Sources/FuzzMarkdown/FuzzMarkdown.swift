import FuzzSupport
import Markdown

/// libFuzzer's test function: reads the bytes with the Markdown reader and checks the tree
/// (see `MarkdownInvariants`), then reads and checks them as the postmortem `postmortem.md`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownTestOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = FuzzHarness.data(bytes, size)
    MarkdownInvariants.check(String(decoding: data, as: UTF8.self))
    FuzzHarness.checkAll(data, file: "postmortem.md")
    return 0
}

/// The executable's entry point (see `FuzzHarness.main`).
@_cdecl("FuzzMarkdown_main")
public func fuzzMarkdownMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.main(argc, argv, fuzzMarkdownTestOneInput)
}
