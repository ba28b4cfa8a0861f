import FuzzSupport

/// libFuzzer's test function: reads the bytes as `export.json` (read, merge, reconcile).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONTestOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.readAll(FuzzHarness.data(bytes, size), file: "export.json")
    return 0
}

/// The executable's entry point (see `FuzzHarness.main`).
@_cdecl("FuzzJSON_main")
public func fuzzJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.main(argc, argv, fuzzJSONTestOneInput)
}
