import Foundation

/// Each thread's compiled copies of the built-in ``TextPattern``s, in thread-local storage.
///
/// An `NSRegularExpression` shared by threads makes CoreFoundation clone the ICU matcher for every
/// call that finds it lent to another thread; one copy per thread avoids the clones.
enum ThreadPatterns {
    /// The patterns registered so far, by number.
    private static let registry = Registry()

    /// Numbers a pattern (validating it once) so threads can find their copy.
    static func register(_ pattern: String) -> Int {
        do {
            _ = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            preconditionFailure("built-in pattern does not compile: \(pattern)")
        }
        return registry.add()
    }

    /// The calling thread's copy of pattern `number`, compiled on first use.
    static func expression(_ number: Int, _ pattern: String) -> NSRegularExpression {
        let cache = Cache.current
        if number < cache.expressions.count, let expression = cache.expressions[number] { return expression }
        if cache.expressions.count <= number {
            cache.expressions += Array(repeating: nil, count: number + 1 - cache.expressions.count)
        }
        // The pattern compiled when it was registered; `try!` cannot fail here.
        let expression = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        cache.expressions[number] = expression
        return expression
    }

    /// Hands out pattern numbers.
    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0

        func add() -> Int {
            lock.lock()
            defer { lock.unlock() }
            count += 1
            return count - 1
        }
    }

    /// One thread's compiled patterns, indexed by number; only its own thread touches it.
    private final class Cache {
        var expressions: [NSRegularExpression?] = []

        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { pointer in
                #if canImport(Darwin)
                    Unmanaged<Cache>.fromOpaque(pointer).release()
                #else
                    if let pointer { Unmanaged<Cache>.fromOpaque(pointer).release() }
                #endif
            }
            return key
        }()

        /// The calling thread's cache, created on first use and released when the thread ends.
        static var current: Cache {
            if let pointer = pthread_getspecific(key) {
                return Unmanaged<Cache>.fromOpaque(pointer).takeUnretainedValue()
            }
            let cache = Cache()
            pthread_setspecific(key, Unmanaged.passRetained(cache).toOpaque())
            return cache
        }
    }
}
