import CLibXML2

/// Process-wide libxml2 set-up and the per-thread error capture every parse runs under.
enum LibXMLRuntime {
    /// Initialises libxml2 once (thread-safe through the global `let` initialiser).
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure `xmlInitParser` has run.
    static func ensureInitialized() {
        _ = initialized
    }

    /// Runs `body` with libxml2's structured errors for this thread sent into a fresh log.
    ///
    /// `xmlSetStructuredErrorFunc` is per thread, so parses on other threads are not affected, and
    /// nothing reaches stderr. Afterwards a silent handler stays installed on the thread, so a
    /// later libxml2 error outside a parse is not printed either.
    static func capturingErrors<R>(_ body: (MarkupErrorLog) -> R) -> R {
        ensureInitialized()
        let log = MarkupErrorLog()
        let unmanaged = Unmanaged.passRetained(log)
        xmlSetStructuredErrorFunc(unmanaged.toOpaque(), libxmlStructuredErrorHandler)
        defer {
            xmlSetStructuredErrorFunc(nil, libxmlSilentErrorHandler)
            unmanaged.release()
        }
        return body(log)
    }
}

/// The structured error callback: a nonisolated top-level function, so libxml2 may call it on any
/// thread (a closure literal would inherit an actor's isolation and trap).
func libxmlStructuredErrorHandler(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let log = Unmanaged<MarkupErrorLog>.fromOpaque(userData).takeUnretainedValue()
    log.record(error.pointee)
}

/// A callback that drops errors: installed between parses so nothing is ever printed.
func libxmlSilentErrorHandler(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {}
