import FuzzSupport

/// libFuzzer's test function: reads the bytes as `notes.txt` through the public reader API.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextTestOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.readAll(FuzzHarness.data(bytes, size), file: "notes.txt")
    return 0
}

/// The executable's entry point (see `FuzzHarness.main`).
@_cdecl("FuzzText_main")
public func fuzzTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.main(argc, argv, fuzzTextTestOneInput)
}
