/// A small, fast, seeded random number generator (SplitMix64): the same seed gives the same
/// numbers on every machine and every run, so the benchmark's plan sets and the tests' random
/// cases can be made again from their seed.
public struct SplitMix: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n`.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// A number in the closed range.
    public mutating func between(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct indices of `0..<n`, in increasing order.
    public mutating func distinct(_ count: Int, of n: Int) -> [Int] {
        var chosen = Set<Int>()
        while chosen.count < min(count, n) { chosen.insert(below(n)) }
        return chosen.sorted()
    }
}
