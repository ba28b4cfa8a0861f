import FuzzSupport

/// libFuzzer's test function: reads the bytes as `notes.txt` (read, merge, reconcile) and
/// checks them as `postmortem.md` (postmortem rules, every output format).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextTestOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = FuzzHarness.data(bytes, size)
    FuzzHarness.readAll(data, file: "notes.txt")
    FuzzHarness.checkAll(data, file: "postmortem.md")
    return 0
}

/// The executable's entry point (see `FuzzHarness.main`).
@_cdecl("FuzzText_main")
public func fuzzTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.main(argc, argv, fuzzTextTestOneInput)
}
