import FuzzSupport

/// libFuzzer's test function: reads the bytes as `page.html` (read, merge, reconcile) and
/// checks them as `postmortem.html` (postmortem rules, every output format).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLTestOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = FuzzHarness.data(bytes, size)
    FuzzHarness.readAll(data, file: "page.html")
    FuzzHarness.checkAll(data, file: "postmortem.html")
    return 0
}

/// The executable's entry point (see `FuzzHarness.main`).
@_cdecl("FuzzHTML_main")
public func fuzzHTMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.main(argc, argv, fuzzHTMLTestOneInput)
}
