import FuzzSupport

/// libFuzzer's test function: reads the bytes as `feed.rss` through the public reader API.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedsTestOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.readAll(FuzzHarness.data(bytes, size), file: "feed.rss")
    return 0
}

/// The executable's entry point (see `FuzzHarness.main`).
@_cdecl("FuzzFeeds_main")
public func fuzzFeedsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.main(argc, argv, fuzzFeedsTestOneInput)
}
