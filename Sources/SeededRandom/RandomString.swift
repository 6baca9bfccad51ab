extension SplitMix {
    /// A string of `lengths` characters, each drawn from `alphabet`: the random names and texts
    /// the tests compare a fast path against the plain one on.
    public mutating func string(_ lengths: ClosedRange<Int>, from alphabet: [Character]) -> String {
        var text = ""
        for _ in 0..<between(lengths) { text.append(pick(alphabet)) }
        return text
    }

    /// A string of at most `most` characters drawn from `alphabet`, the empty string included.
    public mutating func string(upTo most: Int, from alphabet: [Character]) -> String {
        string(0...most, from: alphabet)
    }
}
