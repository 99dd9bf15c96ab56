/// A seeded random number generator: SplitMix64 (Steele, Lea & Flood 2014). The standard
/// library's generator cannot be seeded, and phantoms must be the same for a seed on every
/// machine, so these eight lines are written out. Phantoms draw from it, and so does the prompt
/// jitter of the prompted protocol.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    public mutating func uniform(_ range: ClosedRange<Double>) -> Double { range.lowerBound + unit() * (range.upperBound - range.lowerBound) }

    /// Standard normal (Box–Muller).
    public mutating func normal() -> Double {
        let u = max(unit(), 1e-300), v = unit()
        return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * .pi * v)
    }

    /// A generator for a named part of the phantom, independent of the order parts are made in.
    public static func forPart(_ name: String, seed: UInt64) -> SeededGenerator {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in name.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return SeededGenerator(seed: h)
    }
}

import Foundation
