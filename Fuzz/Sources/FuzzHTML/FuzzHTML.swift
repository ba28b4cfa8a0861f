import FuzzSupport

/// libFuzzer's test function: reads the bytes as `page.html` through the public reader API.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLTestOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.readAll(FuzzHarness.data(bytes, size), file: "page.html")
    return 0
}

/// The executable's entry point (see `FuzzHarness.main`).
@_cdecl("FuzzHTML_main")
public func fuzzHTMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.main(argc, argv, fuzzHTMLTestOneInput)
}
