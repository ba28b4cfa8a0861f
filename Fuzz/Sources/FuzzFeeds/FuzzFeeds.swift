import FuzzSupport

/// libFuzzer's test function: reads the bytes as `feed.rss` (read, merge, reconcile) and
/// checks them as `feed.rss` (postmortem rules, every output format).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedsTestOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = FuzzHarness.data(bytes, size)
    FuzzHarness.readAll(data, file: "feed.rss")
    FuzzHarness.checkAll(data, file: "feed.rss")
    return 0
}

/// The executable's entry point (see `FuzzHarness.main`).
@_cdecl("FuzzFeeds_main")
public func fuzzFeedsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzHarness.main(argc, argv, fuzzFeedsTestOneInput)
}
