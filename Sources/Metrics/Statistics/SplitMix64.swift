/// A small deterministic pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014).
///
/// The same seed gives the same sequence on every platform and Swift version, which the
/// bootstrap needs so reports are byte-stable. The state advances by the golden-ratio constant
/// `0x9E3779B97F4A7C15` and each output is mixed with the constants `0xBF58476D1CE4E5B9` and
/// `0x94D049BB133111EB` (shifts 30, 27, 31), exactly as in the reference C code.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The current state.
    public private(set) var state: UInt64

    /// Creates a generator from a seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound`, by rejection: draws below `2⁶⁴ − (2⁶⁴ mod bound)` are
    /// taken modulo `bound`, others are drawn again, so there is no modulo bias.
    ///
    /// Written out rather than using `Int.random(in:using:)`, whose algorithm the standard library
    /// does not promise to keep, so other implementations can reproduce the draws.
    public mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let n = UInt64(bound)
        let rejectFrom = UInt64.max - (UInt64.max % n + 1) % n
        while true {
            let x = next()
            if x <= rejectFrom { return Int(x % n) }
        }
    }
}
